"""Choosing a variant over several turns (fresh18 F2, F3, F4): a question at the option question is told from a
choice and answered from the variants, the values chosen earlier hold while the rest is named, and "no, keep the
black, just size L" revises a proposal (`grounding/option_questions.py`, `steps/option_answers.py`,
`steps/order_changes.with_chosen`, `grounding/variants.ground_variant`)."""

from __future__ import annotations

import pytest

from assistant.grounding.item_changes import names_options
from assistant.grounding.option_questions import option_question
from assistant.grounding.variants import ground_variant
from assistant.steps.changed_detail import changes_the_swap
from assistant.steps.option_answers import option_answer
from assistant.steps.order_changes import with_chosen


def _variant(item_id: str, price: int, available: bool = True, **options: str) -> dict:
    return {"item_id": item_id, "options": options, "price_cents": price, "available": available}


HEADPHONES = {
    "variants": [
        _variant("red-in-wired", 35966, type="in-ear", connectivity="wired", color="red"),
        _variant("black-over-wired", 37053, type="over-ear", connectivity="wired", color="black"),
        _variant("black-over-wireless", 34697, type="over-ear", connectivity="wireless", color="black"),
        _variant("black-in-wireless", 34455, type="in-ear", connectivity="wireless", color="black"),
        _variant("black-on-wireless", 37555, False, type="on-ear", connectivity="wireless", color="black"),
    ]
}
ITEM = {
    "item_id": "red-in-wired",
    "name": "Headphones",
    "price_cents": 35966,
    "options": {"type": "in-ear", "connectivity": "wired", "color": "red"},
}


@pytest.mark.parametrize(
    "text",
    [
        "which of those is the cheapest?",
        "Welche davon ist am günstigsten?",
        "c'est laquelle la moins chere",
        "¿cuál de esas es la más barata?",
    ],
)
def test_the_cheapest_asked(text: str) -> None:
    question = option_question(text, names_options)
    assert question is not None and question.cheapest


@pytest.mark.parametrize(
    "text",
    [
        "does the green one cost more?",
        "¿tengo que pagar algo si la elijo en azul?",
        "La 34 a le même prix ? et elle est disponible en gris aussi ?",
        "muss ich was draufzahlen, wenn ich grün nehme?",
    ],
)
def test_a_price_or_stock_question(text: str) -> None:
    question = option_question(text, names_options)
    assert question is not None and question.asked and not question.cheapest


@pytest.mark.parametrize(
    "text",
    [
        "Schwarz. Kostet das mehr?",
        "kabellos Over-Ear, was kostet der Unterschied?",
        "vale, la azul",
        "la moins chère",
        "ok, green then",
        "size M",
    ],
)
def test_a_choice_is_no_question(text: str) -> None:
    assert option_question(text, names_options) is None


def test_the_cheapest_of_the_values_chosen_with_its_price() -> None:
    question = option_question("Welche davon ist am günstigsten?", names_options)
    assert question is not None
    answer = option_answer(HEADPHONES, ITEM, question, {"color": "black"}, "de")
    assert answer is not None and answer["ask"] == "option_answers"
    assert "344,55" in answer["facts"]["answers"] and "15,11" in answer["facts"]["answers"]
    assert "370,53" not in answer["facts"]["answers"]


def test_a_second_clause_keeps_the_value_of_the_first() -> None:
    question = option_question("does over-ear cost the same? and is it available in black too?", names_options)
    assert question is not None
    answer = option_answer(HEADPHONES, ITEM, question, {}, "en")
    assert answer is not None
    assert "$370.53" in answer["facts"]["answers"]  # over-ear, wired, black: the rest as the item has it


def test_values_chosen_earlier_hold_while_the_rest_is_named() -> None:
    chosen = with_chosen(ITEM, {}, {"color": "black"})
    choice = ground_variant(HEADPHONES, ITEM, "kabellos Over-Ear", kept=chosen)
    assert choice.variant is not None and choice.variant["item_id"] == "black-over-wireless"
    assert with_chosen(ITEM, {"color": "black"}, {"type": "over-ear"}) == {"color": "black", "type": "over-ear"}
    assert with_chosen(ITEM, {"color": "black"}, {"color": "blue"}) == {"color": "blue"}


PANTS = {"variants": [_variant(f"{s}-{c}", 6900, size=s, color=c) for s in ("M", "L") for c in ("black", "gray")]}
PANTS_ITEM = {"item_id": "M-black", "name": "Pants", "price_cents": 6900, "options": {"size": "M", "color": "black"}}
GREY_L = {
    "tool": "exchange_delivered_order_items",
    "arguments": {"new_item_ids": ["L-gray"]},
    "reply_facts": {"new_options": "size L, colour gray", "old_options": "size M, colour black"},
}


@pytest.mark.parametrize(
    "text",
    [
        "no, keep the black, just size L",
        "non, je garde le noir, juste la taille L",
        "no, me quedo con el negro, solo la talla L",
        "nein, ich behalte schwarz, nur Größe L",
    ],
)
def test_a_no_keeping_the_colour_revises_the_proposal(text: str) -> None:
    assert changes_the_swap(text, GREY_L)
    choice = ground_variant(PANTS, PANTS_ITEM, text, kept={"size": "L", "color": "gray"})
    assert choice.variant is not None and choice.variant["item_id"] == "L-black"


@pytest.mark.parametrize("text", ["no", "no, leave it black", "non, je garde le noir"])
def test_a_no_naming_only_the_item_as_it_is_stays_a_no(text: str) -> None:
    assert not changes_the_swap(text, GREY_L)
