"""Only part of an order (partial27): a clause keeping an item is left out of the request's reading, same-product
items are told apart by "the smaller one" and a colour spelt another way answers "which items?", and a "no, only the
X" reply to a return of several items narrows it."""

from __future__ import annotations

import pytest

from assistant.grounding.candidates import read_answer
from assistant.grounding.items_acted_on import items_acted_on
from assistant.grounding.kept_items import without_kept_items
from assistant.grounding.lexicon import load_vocabulary
from assistant.steps.proposal_narrowed import narrows_the_proposal
from assistant.steps.question_candidates import item_candidates

load_vocabulary()

HELMETS = [{"item_id": "L-blue", "name": "Cycling Helmet", "options": {"size": "L", "color": "blue"}},
           {"item_id": "bottle", "name": "Water Bottle", "options": {"capacity": "750ml", "color": "black"}},
           {"item_id": "S-red", "name": "Cycling Helmet", "options": {"size": "S", "color": "red"}}]
BEDS = [{"item_id": "beige", "name": "Pet Bed", "options": {"size": "large", "color": "beige"}},
        {"item_id": "grey", "name": "Pet Bed", "options": {"size": "large", "color": "grey"}},
        {"item_id": "phones", "name": "Headphones", "options": {"color": "blue"}}]


@pytest.mark.parametrize(("text", "read"), [
    ("seulement le rouge, le bleu me va très bien", "seulement le rouge"),
    ("nur den roten Helm umtauschen. Den blauen behalte ich.", "nur den roten Helm umtauschen."),
    ("nein, doch nur das graue, das beige behalte ich", "nein, doch nur das graue"),
    ("wait no, only the backpack, i'll hang on to the shirt", "wait no, only the backpack"),
    ("no, espera, solo el azul. el rojo me lo quedo", "no, espera, solo el azul."),
    # nothing left that names a thing, an option kept, a negation: read as said
    ("ok fine, I'll keep the black one then", "ok fine, I'll keep the black one then"),
    ("change the shoes to size 10 but keep the same colour", "change the shoes to size 10 but keep the same colour"),
    ("the jacket doesn't fit fine, return it", "the jacket doesn't fit fine, return it"),
])
def test_a_kept_item_is_not_read(text: str, read: str) -> None:
    assert without_kept_items(text) == read


@pytest.mark.parametrize(("text", "acted_on"), [
    ("return the smaller of the two helmets", ["S-red"]),
    ("von den zwei Fahrradhelmen geht nur der kleinere zurück", ["S-red"]),
    ("the bigger helmet please", ["L-blue"]),
    ("exchange the helmet for one size bigger", ["L-blue", "S-red"]),  # a size step, never which one
])
def test_relative_size_tells_items_apart(text: str, acted_on: list[str]) -> None:
    assert items_acted_on(text, HELMETS) == acted_on


@pytest.mark.parametrize(("text", "chosen"), [("doch nur das graue", "grey"), ("das beige", "beige"),
                                               ("the grey one", "grey")])
def test_a_colour_spelt_another_way_answers_which_items(text: str, chosen: str) -> None:
    assert read_answer(text, item_candidates(BEDS)).chosen == chosen


def _return_of(*items: str) -> dict[str, object]:
    return {"tool": "return_delivered_order_items", "arguments": {"order_id": "#W1", "item_ids": list(items)}}


@pytest.mark.parametrize(("text", "items", "narrows"), [
    ("wait no, only the backpack", ("a", "b"), True),
    ("non, finalement seulement les chaussures", ("a", "b"), True),
    ("nein, doch nur das graue", ("a", "b"), True),
    ("only the backpack", ("a",), False),  # one item proposed: nothing to narrow
    ("yes", ("a", "b"), False),
    ("only if it's free", ("a", "b"), False),  # names no thing
])
def test_only_the_x_narrows_a_return_of_several(text: str, items: tuple[str, ...], narrows: bool) -> None:
    assert narrows_the_proposal(text, _return_of(*items)) is narrows  # type: ignore[arg-type]


JACKETS = [{"item_id": "half", "name": "Fleece Jacket", "options": {"size": "XL", "color": "navy", "zipper": "half"}},
           {"item_id": "full", "name": "Fleece Jacket", "options": {"size": "XL", "color": "navy", "zipper": "full"}}]


@pytest.mark.parametrize(("text", "acted_on"), [
    ("je voudrais modifier seulement la polaire à zip intégral", ["full"]),
    ("die Fleecejacke mit halbem Reißverschluss", ["half"]),
])
def test_an_option_in_customers_words_tells_items_apart(text: str, acted_on: list[str]) -> None:
    assert items_acted_on(text, JACKETS) == acted_on


def test_an_item_said_fine_before_but_is_the_one_acted_on() -> None:
    """exch27 x partial27: "the red t-shirt is fine but i want it in black" concedes, it keeps nothing."""
    from assistant.grounding.kept_items import without_kept_items

    text = "the red t-shirt is fine but i want to exchange it for the same one in black"
    assert without_kept_items(text) == text


def test_an_item_said_fine_before_but_another_item_is_kept() -> None:
    from assistant.grounding.kept_items import without_kept_items

    assert without_kept_items("the grey one is fine but i want to send back the black fleece") == (
        "but i want to send back the black fleece")
