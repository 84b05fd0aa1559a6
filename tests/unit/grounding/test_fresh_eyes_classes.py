"""Grounding pieces for the fresh-eyes classes (issue 17): kinds of product finer than categories, with exclusions
and a change of subject; availability and "like this" cues; negated swap wishes; a product's description as
evidence; "tell me about" in any phrasing. Sentences are new wordings, not the findings' own."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.catalog_dialogue import is_new_subject, next_constraints
from assistant.grounding.catalog_questions import (
    asks_availability,
    asks_for_alternatives,
    description_says,
    read_question,
)
from assistant.grounding.catalog_vocabulary import CatalogVocabulary
from assistant.grounding.item_changes import asks_for_return, wishes_a_swap
from assistant.grounding.negations import refuses_action

VOCABULARY = CatalogVocabulary(
    colours={"Black", "Blue", "Red", "Gray"}, sizes={"S", "M", "L"},
    categories={"men", "women", "gear", "bags", "jackets", "hoodies & sweatshirts", "fitness equipment"},
    name_words={"backpack", "duffle", "tote", "bottle", "messenger", "hoodie", "jacket", "water"},
)


@pytest.mark.parametrize(("text", "kinds", "excluded"), [
    ("any rucksacks for hiking, but no duffel please", ["backpack"], ["duffle"]),
    ("il me faut une gourde pour le sport", ["bottle"], []),
    ("quiero una bolsa de viaje, no una mochila", ["duffle"], ["backpack"]),
    ("Habt ihr Trinkflaschen?", ["bottle"], []),
    ("eine Reisetasche, keinen Rucksack", ["duffle"], ["backpack"]),
])
def test_kinds_and_their_exclusions_are_read_in_four_languages(text: str, kinds: list[str],
                                                               excluded: list[str]) -> None:
    constraints = read_constraints(text, VOCABULARY).constraints
    assert constraints.kinds == kinds
    assert constraints.exclude_kinds == excluded


def test_a_kind_no_product_name_uses_is_no_filter() -> None:
    vocabulary = VOCABULARY.model_copy(update={"name_words": {"hoodie"}})
    assert read_constraints("do you sell backpacks?", vocabulary).constraints.kinds == []


def test_a_new_kind_changes_the_subject_and_a_narrower_one_refines_it() -> None:
    jackets = {"query": "jackets under $60", "constraints": {"categories": ["jackets"], "max_price_cents": 6000}}
    bottle = read_constraints("and a water bottle?", VOCABULARY)
    assert is_new_subject(jackets, bottle)  # type: ignore[arg-type]
    assert next_constraints(jackets, bottle).max_price_cents is None  # type: ignore[arg-type]
    bags = {"query": "bags", "constraints": {"categories": ["bags"]}}
    backpack = read_constraints("a backpack then", VOCABULARY)
    assert not is_new_subject(bags, backpack)  # type: ignore[arg-type]
    assert next_constraints(bags, CatalogReading()).kinds == []  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["do you guys stock yoga mats?", "vous vendez des montres ?", "¿venden relojes?",
                                  "führt ihr auch Uhren?"])
def test_availability_questions_are_recognised(text: str) -> None:
    assert asks_availability(text)


@pytest.mark.parametrize(("text", "alternatives"), [
    ("anything along those lines in navy?", True), ("un truc comme ça en bleu ?", True),
    ("algo así pero en rojo", True), ("so was in Grau?", True),
    ("das Shirt ist orange statt schwarz", False), ("tell me about the Hero Hoodie", False),
])
def test_requests_for_similar_products(text: str, alternatives: bool) -> None:
    assert asks_for_alternatives(text) is alternatives


@pytest.mark.parametrize("text", ["What can you tell me about the Juno Jacket (WJ06)?",
                                  "Des infos sur le produit Juno Jacket (WJ06) svp",
                                  "Cuéntame del Juno Jacket (WJ06)", "Erzählen Sie mir was zum Juno Jacket (WJ06)",
                                  "I'd like to know more about the Juno Jacket (WJ06)"])
def test_tell_me_about_in_any_phrasing(text: str) -> None:
    assert "about" in read_question(text).asks


@pytest.mark.parametrize(("text", "swap", "returned"), [
    ("I don't want to swap it, just refund me", False, True),
    ("je ne veux pas l'échanger, je veux le renvoyer", False, True),
    ("no quiero cambiarlo, prefiero devolverlo", False, True),
    ("nicht tauschen bitte, ich schicke ihn zurück", False, True),
    ("I'd rather have it in blue", True, False),
])
def test_a_negated_swap_wish_is_no_wish(text: str, swap: bool, returned: bool) -> None:
    assert wishes_a_swap(text) is swap
    assert asks_for_return(text) is returned


def test_the_description_is_evidence_for_warmth_and_water_but_not_a_warm_up() -> None:
    warm = {"description": "<p>Soft shell. Brushed lining keeps you toasty warm on cold evenings.</p>"}
    water = {"description": "Roomy main pocket. Water-resistant base for wet grass."}
    warm_up = {"description": "A light warm-up layer for the gym. Breathable mesh."}
    assert description_says(warm, ["Cold"]) == ("warm", "Brushed lining keeps you toasty warm on cold evenings")
    assert description_says(water, ["Rainy"]) == ("water", "Water-resistant base for wet grass")
    assert description_says(warm_up, ["Cold", "Wintry"]) is None
    assert description_says(water, ["Cold"]) is None


@pytest.mark.parametrize(("text", "tool", "refused"), [
    ("honestly I do not want to cancel it", "cancel_pending_order", True),
    ("je ne veux plus le retourner", "return_delivered_order_items", True),
    ("das will ich lieber nicht tauschen", "exchange_delivered_order_items", True),
    ("no, size L instead", "exchange_delivered_order_items", False),  # a no, then a correction: asked again
    ("yes, exchange it", "exchange_delivered_order_items", False),
    ("is the refund instant?", "return_delivered_order_items", False),
])
def test_a_negated_action_refuses_the_proposal_naming_it(text: str, tool: str, refused: bool) -> None:
    assert refuses_action(text, tool) is refused
