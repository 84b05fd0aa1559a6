"""A question about an option of an item of the customer's own order is answered from that item's options
(`steps/own_item_options.py`), a property asked in a proposal is never dropped (`steps/swap_question_answers.py`), and
"are they leather?" while a variant is chosen is a question, not a choice (`grounding/option_questions.py`)."""

from __future__ import annotations

import pytest

from assistant.grounding.option_questions import option_question
from assistant.grounding.swap_questions import swap_question
from assistant.grounding.variants import wanted_options
from assistant.steps.own_item_options import asks_of_an_own_item, item_asked, options_asked
from assistant.steps.swap_question_answers import swap_question_reply


def _variant(item_id: str, price: int, **options: str) -> dict:
    return {"item_id": item_id, "options": options, "price_cents": price, "available": True}


BOOTS = {"name": "Hiking Boots", "variants": [
    _variant("b1", 24087, size="8", material="leather", waterproof="yes"),
    _variant("b2", 25354, size="8", material="synthetic", waterproof="no"),
]}
PURIFIER = {"name": "Air Purifier", "variants": [
    _variant("p1", 51831, **{"room size": "small", "filter type": "HEPA", "features": "night mode"}),
    _variant("p2", 50000, **{"room size": "medium", "filter type": "carbon", "features": "quiet operation"}),
]}
HEADPHONES = {"name": "Headphones", "variants": [
    _variant("h1", 33008, type="in-ear", connectivity="wireless", color="blue"),
    _variant("h2", 34455, type="in-ear", connectivity="wireless", color="black"),
]}
BOOTS_ITEM = {"item_id": "b1", "product_id": "boots", "name": "Hiking Boots",
              "options": BOOTS["variants"][0]["options"]}
PURIFIER_ITEM = {"item_id": "p1", "product_id": "purifier", "name": "Air Purifier",
                 "options": PURIFIER["variants"][0]["options"]}
ORDERS = [{"order_id": "#W5442520", "items": [BOOTS_ITEM]}, {"order_id": "#W7032009", "items": [PURIFIER_ITEM]}]


@pytest.mark.parametrize("text", [
    "Are the hiking boots in my order W5442520 waterproof?",
    "Les chaussures de randonnée de ma commande W5442520 sont-elles imperméables ?",
    "and is the air purifier in my order the HEPA one?", "what colour did I order?",
    "¿de qué color es la sombrilla que pedí?", "welche Größe hatte ich bestellt?",
])
def test_a_question_about_an_own_item(text: str) -> None:
    assert asks_of_an_own_item(text)


@pytest.mark.parametrize("text", [
    "can I change the running shoes in my order to white?", "does the backpack from my order come in black?",
    "is the black one dearer?", "my hiking boots arrived broken, are they even waterproof?",
    "I'd like the headphones in order W1787190 in black instead", "gibt es den Helm aus W3323013 auch in Schwarz?",
    "has the order with the black hoodie shipped?", "where is my black hoodie?",
    "mi altavoz que todavía no ha salido, ¿me lo mandan en azul?",
    "ma gourde pas encore livrée, en noir ce serait possible ?",
])
def test_a_request_a_stock_or_price_question_or_a_complaint_is_none(text: str) -> None:
    assert not asks_of_an_own_item(text)


def test_the_value_or_the_option_asked() -> None:
    assert options_asked(BOOTS, "are the hiking boots in my order waterproof?") == {"waterproof": "yes"}
    assert options_asked(PURIFIER, "is the air purifier in my order the HEPA one?") == {"filter type": "HEPA"}
    assert options_asked(BOOTS, "welche Größe hatte ich bestellt?") == {"size": None}
    assert options_asked(BOOTS, "j'ai commandé quelle pointure déjà ?") == {"size": None}


def test_the_item_meant() -> None:
    assert item_asked("is the air purifier in my order the HEPA one?", ORDERS) == (ORDERS[1], PURIFIER_ITEM)
    assert item_asked("are the boots in W5442520 waterproof?", ORDERS) == (ORDERS[0], BOOTS_ITEM)
    assert item_asked("what colour did I order?", ORDERS) is None  # two items: which one is not said
    assert item_asked("what colour did I order?", ORDERS[:1]) == (ORDERS[0], BOOTS_ITEM)  # the only one


@pytest.mark.parametrize(("text", "words"), [
    ("is it leather?", ["doesn't list the material of the Headphones"]),
    ("how much is it, and is it leather?", ["$344.55", "doesn't list the material of the Headphones"]),
])
def test_a_property_of_the_proposed_variant_is_answered(text: str, words: list[str]) -> None:
    question = swap_question(text)
    assert question is not None
    item = {"item_id": "h1", "price_cents": 33008, "options": HEADPHONES["variants"][0]["options"]}
    reply = swap_question_reply(HEADPHONES, item, HEADPHONES["variants"][1], question, "en")
    assert reply is not None
    for word in words:
        assert word in reply["facts"]["answers"]


@pytest.mark.parametrize("text", ["are they leather?", "¿son de cuero?", "sind die aus Leder?", "c'est du cuir ?"])
def test_a_copula_question_while_a_variant_is_chosen_chooses_nothing(text: str) -> None:
    assert option_question(text, lambda part: bool(wanted_options(BOOTS, {"options": {}}, part))) is not None
