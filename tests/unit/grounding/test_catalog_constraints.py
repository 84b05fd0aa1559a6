"""Constraints in natural phrasing, four languages, grounded against a catalog vocabulary (table in tests/data)."""

from pathlib import Path

import pytest
import yaml

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.catalog_vocabulary import CatalogVocabulary

TABLE = yaml.safe_load((Path(__file__).parents[2] / "data" / "catalog_constraints.yaml").read_text(encoding="utf-8"))
OPS = ("any_colour", "another_colour", "cheaper")
VOCABULARY = CatalogVocabulary(
    colours={"Black", "Blue", "Red", "Green", "Purple", "Orange", "Gray", "Yellow", "White", "Brown", "Lavender"},
    sizes={"XS", "S", "M", "L", "XL", "28", "29", "30", "31", "32", "33", "34", "36"},
    categories={"men", "women", "gear", "tops", "bottoms", "jackets", "hoodies & sweatshirts", "tees", "tanks",
                "bras & tanks", "pants", "shorts", "bags", "watches", "fitness equipment"},
    attributes={
        "climate": {"Cold", "Wintry", "Warm", "Hot", "Rainy", "Windy", "All-weather", "Indoor", "Cool", "Mild"},
        "activity": {"Hiking", "Trail", "Outdoor", "Yoga", "Gym", "Athletic", "Sports", "Travel", "Urban",
                     "Overnight"},
        "material": {"Wool", "Cotton", "Organic Cotton", "Fleece", "Nylon", "Polyester", "Mesh", "CoolTech",
                     "EverCool", "Cocona performance fabric", "LumaTech", "Leather"},
        "style": {"Full zip", "Hooded", "Hoodie", "Lightweight"},
        "eco": {"Yes", "No"},
    },
)


@pytest.mark.parametrize("case", TABLE, ids=[case["text"] for case in TABLE])
def test_phrases_ground_to_catalog_constraints(case: dict) -> None:
    reading = read_constraints(case["text"], VOCABULARY)
    expected = CatalogConstraints.model_validate({k: v for k, v in case.items() if k != "text" and k not in OPS})
    got = reading.constraints
    assert sorted(got.colours) == sorted(expected.colours)
    assert sorted(got.exclude_colours) == sorted(expected.exclude_colours)
    assert sorted(got.categories) == sorted(expected.categories)
    assert {k: sorted(v) for k, v in got.attributes.items()} == {k: sorted(v) for k, v in expected.attributes.items()}
    assert (got.size, got.gender, got.min_price_cents, got.max_price_cents) == (
        expected.size, expected.gender, expected.min_price_cents, expected.max_price_cents)
    assert {op: getattr(reading, op) for op in OPS} == {op: bool(case.get(op)) for op in OPS}


def test_values_the_catalog_lacks_are_not_filters() -> None:
    narrow = VOCABULARY.model_copy(update={"attributes": {"climate": {"Rainy"}}, "categories": {"jackets"}})
    reading = read_constraints("a warm fleece jacket for hiking, or a bag", narrow)
    assert reading.constraints.attributes == {} and reading.constraints.categories == ["jackets"]


def test_a_colour_the_catalog_lacks_is_kept_so_nothing_matches_rather_than_anything() -> None:
    assert read_constraints("a pink bag", VOCABULARY).constraints.colours == ["Pink"]


def test_a_model_proposed_colour_is_grounded_and_an_exclusion_still_wins() -> None:
    from assistant.models.contracts import TurnSlots
    from assistant.steps.understand import _catalog_reading

    def reading(text: str, slots: TurnSlots) -> dict | None:
        return _catalog_reading(VOCABULARY, read_constraints(text, VOCABULARY), text, slots)

    proposed = reading("une veste bleu nuit", TurnSlots(colour="navy", size="m"))
    assert proposed["constraints"]["colours"] == ["Blue"] and proposed["constraints"]["size"] == "M"
    excluded = reading("any colour except black", TurnSlots(colour="black"))
    assert excluded["constraints"].get("colours") is None and excluded["constraints"]["exclude_colours"] == ["Black"]
    assert _catalog_reading(None, None, "navy", TurnSlots()) is None


@pytest.mark.parametrize("text", ["any of those in blue?", "which of these are cheaper?",
                                  "show me whose reviews are best"])
def test_a_kind_of_product_is_not_read_inside_a_short_word(text: str) -> None:
    """German compounds end in a kind ("Jogginghose"), but "those" is no "hose" (pants)."""
    assert read_constraints(text, VOCABULARY).constraints.categories == []


def test_a_german_compound_still_names_its_kind() -> None:
    assert read_constraints("eine Jogginghose für Herren", VOCABULARY).constraints.categories == ["pants"]
