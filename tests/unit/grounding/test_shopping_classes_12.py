"""The shopping classes of issue 17's twelfth round, as pure logic: several constraints in one message (a gender
said through a relation, a kind, a price cap in many phrasings, a colour ruled out with a verb) in four languages, a
garment's name that is no attribute filter, an activity met by a product's name, and follow-ups after a list that
ask for other products rather than about the ones shown."""

from typing import Any

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.steps.catalog_lookup import activity_in_names
from assistant.steps.catalog_routing import catalog_follow_up
from tests.unit.grounding.test_catalog_constraints import VOCABULARY


@pytest.mark.parametrize(("text", "gender", "category", "cap"), [
    ("a jacket for my son, max. $60", "Men", "jackets", 6000),
    ("something for her, a hoodie, $50 or less", "Women", "hoodies & sweatshirts", 5000),
    ("my budget's $40, a tee for my daughter", "Women", "tees", 4000),
    ("pour ma fille, un short à 30 dollars maxi", "Women", "shorts", 3000),
    ("un sweat pour mon fils, pas au-dessus de 50 dollars", "Men", "hoodies & sweatshirts", 5000),
    ("un regalo para mi madre, una chaqueta de hasta 70 dólares", "Women", "jackets", 7000),
    ("camiseta de tirantes de hombre, como mucho 30 dólares", "Men", "tanks", 3000),
    ("para mi padre una chaqueta que no supere los 60 dólares", "Men", "jackets", 6000),
    ("für meine Tochter eine Jacke, max. 60 Dollar", "Women", "jackets", 6000),
    ("für meine Mutter einen Hoodie, nicht teurer als 60 Dollar", "Women", "hoodies & sweatshirts", 6000),
])
def test_gender_kind_and_price_cap_in_one_sentence(text, gender, category, cap) -> None:
    constraints = read_constraints(text, VOCABULARY).constraints
    assert (constraints.gender, constraints.max_price_cents) == (gender, cap)
    assert category in constraints.categories
    assert constraints.min_price_cents is None  # "pas au-dessus de 50" is a cap, not a floor


@pytest.mark.parametrize("text", ["son prix ?", "hay algo más sonstiges", "la taille de son pantalon"])
def test_words_of_other_languages_are_no_gender(text) -> None:
    assert read_constraints(text, VOCABULARY).constraints.gender is None  # French "son" is no "my son"


@pytest.mark.parametrize(("text", "colour"), [
    ("any that aren't black?", "Black"),
    ("a men's tee that isn't white", "White"),
    ("non-black ones", "Black"),
    ("des shorts qui ne soient pas noirs", "Black"),
    ("sudaderas que no sean grises", "Gray"),
])
def test_a_colour_ruled_out_with_a_verb(text, colour) -> None:
    constraints = read_constraints(text, VOCABULARY).constraints
    assert constraints.exclude_colours == [colour] and not constraints.colours


@pytest.mark.parametrize(("text", "category"), [
    ("un sweat à capuche pour homme", "hoodies & sweatshirts"),
    ("un pantalon de jogging gris", "pants"),
    ("jogging pants for men", "pants"),
    ("sudadera con capucha de mujer", "hoodies & sweatshirts"),
])
def test_a_garments_own_name_is_no_style_or_activity_filter(text, category) -> None:
    constraints = read_constraints(text, VOCABULARY).constraints
    assert constraints.categories == [category]
    assert not constraints.attributes.get("style") and not constraints.attributes.get("activity")


def test_an_attribute_said_apart_from_the_garment_still_filters() -> None:
    assert read_constraints("a rain jacket for women", VOCABULARY).constraints.attributes == {"climate": ["Rainy"]}
    assert read_constraints("a hooded jacket", VOCABULARY).constraints.attributes["style"] == ["Hooded", "Hoodie"]


def test_an_activity_may_be_met_by_the_products_name() -> None:
    gym_shorts = CatalogConstraints(gender="Men", categories=["shorts"], attributes={"activity": ["Gym"],
                                                                                   "climate": ["Warm"]})
    by_name = activity_in_names(gym_shorts)
    assert by_name is not None and by_name.kinds == ["gym"] and by_name.attributes == {"climate": ["Warm"]}
    assert activity_in_names(CatalogConstraints(categories=["shorts"])) is None
    assert activity_in_names(gym_shorts.model_copy(update={"kinds": ["backpack"]})) is None


SHOWN = {"query": "women's jackets under $60", "constraints": {"gender": "Women", "categories": ["jackets"]},
         "shown": [{"product_id": "WJ01", "name": "Stellar Solar Jacket", "colour": "Blue", "price_cents": 7500},
                   {"product_id": "WJ06", "name": "Juno Jacket", "colour": "Green", "price_cents": 7700}]}


def _state(text: str, intent: str, confidence: float, shopping: dict[str, Any] | None) -> Any:
    reading = read_constraints(text, VOCABULARY)
    return {"incoming": {"text": text}, "intent": {"intent": intent, "confidence": confidence, "slots": {}},
            "catalog_reading": reading.model_dump(mode="json"), "shopping": shopping}


@pytest.mark.parametrize("text", ["ok and something warmer for winter?", "for women, size 28",
                                  "autre chose de plus chaud pour l'hiver ?", "lieber etwas für Yoga, was gibt es da?",
                                  "and in M?"])
def test_after_a_list_a_request_for_other_products_is_a_search(text) -> None:
    assert catalog_follow_up(_state(text, "product_question", 0.5, SHOWN)) == "recommend"


@pytest.mark.parametrize("text", ["is it warm enough for winter?", "which sizes does the first one come in?"])
def test_after_a_list_a_question_about_the_products_shown_stays_one(text) -> None:
    assert catalog_follow_up(_state(text, "product_question", 0.5, SHOWN)) == "product_qa"


def test_an_unsure_account_reading_of_a_kind_of_product_is_shopping() -> None:
    assert catalog_follow_up(_state("camisetas azules de mujer", "change_default_address", 0.24, None)) == "recommend"
    assert catalog_follow_up(_state("mejor para hombre", "order_status", 0.25, SHOWN)) == "recommend"
    assert catalog_follow_up(_state("cambiar la dirección de mi cuenta", "change_default_address", 0.9, None)) is None
