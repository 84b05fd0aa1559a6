"""The shopping classes of issue 17's fourteenth round, as pure logic: exclusions of a category or a material said
with without/sans/sin/ohne (never read as the thing wanted), amounts in euros or slang read as stated and flagged,
resets that drop the topic, and product questions in the wordings that were answered with recommendations."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogConstraints, CatalogReading
from assistant.grounding.catalog_dialogue import ShoppingState, next_constraints
from assistant.grounding.catalog_phrases import describe
from assistant.grounding.catalog_questions import read_question
from assistant.steps.catalog_lookup import filters_for
from assistant.steps.product_answers import answer_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY
from tests.unit.grounding.test_product_answers import JACKET
from tools.catalog.search import build_filter


@pytest.mark.parametrize(("text", "wanted", "ruled_out"), [
    ("ein outfit fuer herren bis 30 dollar, aber ohne shorts", [], ["shorts"]),
    ("women's bottoms under $50, just no shorts pls", ["bottoms"], ["shorts"]),
    ("un bas pour homme sans short, moins de 40 dollars", ["bottoms"], ["shorts"]),  # "un bas": bottoms (round 15)
    ("un haut homme mais pas de t-shirt ni de debardeur", ["tops"], ["tees", "tanks", "bras & tanks"]),
    ("Oberteil für Herren unter 30 Dollar, keine Tanktops", ["tops"], ["tanks", "bras & tanks"]),
    ("algo para correr para mujer, pero sin shorts", [], ["shorts"]),
    ("ropa de abajo de mujer por menos de 45 dolares, pantalones no", ["bottoms"], ["pants"]),
])
def test_a_category_ruled_out_is_no_category_wanted(text: str, wanted: list[str], ruled_out: list[str]) -> None:
    constraints = read_constraints(text, VOCABULARY).constraints
    assert sorted(constraints.categories) == sorted(wanted)
    assert sorted(constraints.exclude_categories) == sorted(ruled_out)


@pytest.mark.parametrize(("text", "ruled_out"), [
    ("sudadera de hombre sin poliester", ["Polyester"]),
    ("un sweat femme sans coton svp", ["Cotton", "Organic Cotton"]),
    ("damenhose ohne polyester", ["Polyester"]),
    ("Shorts für Männer, aber bitte kein Nylon", ["Nylon"]),
    ("chaqueta de mujer, nada de nylon", ["Nylon"]),
    ("mens hoodie with no wool in it, wool makes me itch", ["Wool"]),  # said again later: still ruled out
])
def test_a_material_ruled_out_is_no_material_wanted(text: str, ruled_out: list[str]) -> None:
    constraints = read_constraints(text, VOCABULARY).constraints
    assert sorted(constraints.exclude_attributes["material"]) == sorted(ruled_out)
    assert not set(constraints.attributes.get("material", [])) & set(ruled_out)


@pytest.mark.parametrize("text", ["no se, una chaqueta de mujer", "I'm not sure, maybe a jacket",
                                  "not sure what I want, a jacket?", "je ne sais pas, une veste"])
def test_a_negation_of_something_else_rules_no_kind_out(text: str) -> None:
    constraints = read_constraints(text, VOCABULARY).constraints
    assert constraints.categories == ["jackets"]
    assert constraints.exclude_categories == []


def test_exclusions_are_search_filters_that_must_not_match() -> None:
    constraints = CatalogConstraints(gender="Men", exclude_categories=["shorts"],
                                     exclude_attributes={"material": ["Wool"]})
    query = build_filter(filters_for(constraints))
    assert query is not None and query.must_not is not None
    keys = {condition.key: condition.match.any for condition in query.must_not}  # type: ignore[union-attr]
    assert keys == {"category_names": ["shorts"], "attribute_keys": ["material:wool"]}


def test_a_refinement_keeps_what_was_ruled_out() -> None:
    first = read_constraints("men's jackets without polyester", VOCABULARY).constraints
    previous = ShoppingState(query="men's jackets", constraints=first.model_dump(mode="json"), shown=[])
    merged = next_constraints(previous, read_constraints("ok and in blue?", VOCABULARY))
    assert merged.exclude_attributes == {"material": ["Polyester"]}
    assert merged.colours == ["Blue"] and merged.categories == ["jackets"]


@pytest.mark.parametrize(("language", "words"), [("en", "without shorts"), ("fr", "sans shorts"),
                                                 ("es", "sin pantalones cortos"), ("de", "ohne Shorts")])
def test_an_exclusion_is_said_in_the_customers_language(language: str, words: str) -> None:
    assert words in describe(CatalogConstraints(exclude_categories=["shorts"]), language)


@pytest.mark.parametrize(("text", "cap", "other"), [
    ("une veste homme a moins de 50 €", 5000, True),
    ("Herrenjacke unter 50 Euro", 5000, True),
    ("max 60 eur hoodie women", 6000, True),
    ("un short femme a 30 balles max", 3000, True),
    ("pas plus de 45 boules pour un sweat homme", 4500, True),
    ("chaqueta de hombre por 50 pavos como mucho", 5000, True),
    ("a mens tee for under €30?", 3000, True),
    ("men's shorts under 30 bucks", 3000, False),
    ("Damenjacke bis 60 Dollar", 6000, False),
    ("a jacket under $50", 5000, False),
])
def test_an_amount_in_euros_is_read_as_stated_and_flagged(text: str, cap: int, other: bool) -> None:
    reading = read_constraints(text, VOCABULARY)
    assert reading.constraints.max_price_cents == cap
    assert reading.other_currency is other


@pytest.mark.parametrize("text", ["mejor empecemos de cero", "let's start over", "on recommence a zero",
                                  "fangen wir neu an", "nochmal von vorne"])
def test_start_over_drops_the_topic(text: str) -> None:
    reading = read_constraints(text, VOCABULARY)
    assert reading.reset and reading.constraints.is_empty()


def test_start_over_with_a_new_kind_starts_from_it() -> None:
    previous = ShoppingState(query="men's red hoodie", shown=[], constraints=CatalogConstraints(
        gender="Men", colours=["Red"], categories=["hoodies & sweatshirts"]).model_dump(mode="json"))
    reading = read_constraints("let's start over. a women's tee", VOCABULARY)
    assert next_constraints(previous, reading) == CatalogConstraints(gender="Women", categories=["tees"])


@pytest.mark.parametrize(("text", "kind"), [
    ("can i go running in the Sybil Running Short?", "suitability"),
    ("sirve la Fusion Backpack para hacer senderismo?", "suitability"),
    ("hält die Kenobi Trail Jacket im winter warm?", "warmth"),
    ("la Nadia Elements Shell ca va sous la pluie ?", "warmth"),
    ("was ist teurer, die Juno Jacket oder die Jade Yoga Jacket", "priciest"),
    ("is the bella tank cotton?", "material"),
])
def test_product_questions_in_more_wordings(text: str, kind: str) -> None:
    assert kind in read_question(text).asks


def test_a_material_asked_is_met_by_a_value_it_is_a_word_of() -> None:
    tank = {**JACKET, "name": "Test Tank", "attributes": {"material": ["Organic Cotton"]}}
    said = answer_question(tank, read_question("is it cotton?"), read_constraints("is it cotton?", VOCABULARY), "en")
    assert said.startswith("Yes:")


@pytest.mark.parametrize(("language", "words"), [("en", "made for hiking"), ("de", "für Wandern gemacht")])
def test_what_a_product_is_for_when_nothing_is_asked(language: str, words: str) -> None:
    text = "what is it good for?" if language == "en" else "wofür taugt das?"
    said = answer_question(JACKET, read_question(text), CatalogReading(), language)
    assert words in said and "?" not in said
