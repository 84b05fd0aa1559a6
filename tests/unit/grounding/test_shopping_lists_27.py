"""shoplist27: a shopping list holds every constraint stated, across refinements: another kind of clothing keeps
the person and the budget, "do any come in black?" narrows the list shown, a material with a kind is a search, and
rainy weather is read in every language."""

from typing import Any

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.catalog_dialogue import ShoppingState, next_constraints
from assistant.grounding.list_reference import refers_to_shown_list
from assistant.steps.catalog_routing import catalog_follow_up
from tests.unit.grounding.test_understanding_classes_18 import CATALOG

MEN_SHORTS_UNDER_30 = ShoppingState(query="men's shorts below $30", shown=[], constraints=CatalogConstraints(
    gender="Men", categories=["shorts"], max_price_cents=3000, max_price_strict=True).model_dump(mode="json"))
SHOWN = {"query": "women's shorts", "constraints": {"gender": "Women", "categories": ["shorts"]},
         "shown": [{"product_id": "WSH02", "name": "Maxima Drawstring Short", "colour": "Gray", "price_cents": 2800},
                   {"product_id": "WSH07", "name": "Echo Fit Compression Short", "colour": "Black",
                    "price_cents": 2400}]}


@pytest.mark.parametrize(("language", "text"), [("en", "and t-shirts?"), ("fr", "et des t-shirts ?"),
                                                ("es", "¿y camisetas?"), ("de", "und T-Shirts?")])
def test_another_kind_of_clothing_keeps_the_person_and_the_budget(language: str, text: str) -> None:
    c = next_constraints(MEN_SHORTS_UNDER_30, read_constraints(text, CATALOG, language))
    assert (c.gender, c.categories, c.max_price_cents, c.max_price_strict) == ("Men", ["tees"], 3000, True)


@pytest.mark.parametrize(("language", "text"), [("de", "eine Damenjacke für Regenwetter"),
                                                ("fr", "une veste pour temps pluvieux"),
                                                ("es", "una chaqueta para cuando llueve")])
def test_rainy_weather_is_a_climate(language: str, text: str) -> None:
    assert read_constraints(text, CATALOG, language).constraints.attributes.get("climate") == ["Rainy"]


@pytest.mark.parametrize(("text", "of_the_list"), [("do any come in black?", True), ("are any in blue?", True),
                                                   ("do you have any black jackets?", False)])
def test_any_of_the_list(text: str, of_the_list: bool) -> None:
    assert refers_to_shown_list(text) is of_the_list


def _state(text: str, shopping: dict[str, Any] | None) -> Any:
    reading = read_constraints(text, CATALOG, "en")
    return {"incoming": {"text": text}, "intent": {"intent": "product_question", "confidence": 0.5, "slots": {}},
            "catalog_reading": reading.model_dump(mode="json"), "shopping": shopping}


def test_do_any_come_in_a_colour_narrows_the_list_shown() -> None:
    assert catalog_follow_up(_state("do any come in black?", SHOWN)) == "recommend"


def test_a_kind_for_someone_made_of_a_material_is_a_search() -> None:
    assert catalog_follow_up(_state("do you sell women's hoodies made of wool?", None)) == "recommend"
