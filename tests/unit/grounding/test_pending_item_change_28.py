"""A pending order's one-item change said with units in another scale ("50 cl" for 500ml, "1 litre" for 1000ml),
as a hyphenated compound ("Tier-Motiv"), or with only the item's own value named as the one to replace ("mit
Blumen-Motiv statt Landschaft"): the value read, or the option to ask about known (pending-item-change-28)."""

from __future__ import annotations

import pytest

from assistant.grounding.measures import in_base_unit, measure_of, measures
from assistant.grounding.option_values import read_values
from assistant.grounding.replaced_value import replaced_options
from assistant.grounding.variants import ground_variant


@pytest.mark.parametrize(
    ("said", "value"),
    [("50 cl", "500ml"), ("75cl", "750ml"), ("1 litre", "1000ml"), ("0,75 l", "750ml"), ("1,5 Liter", "1.5L"),
     ("2 litros", "2 liters"), ("500 ml", "500ml")],
)
def test_a_volume_said_in_another_unit_is_the_catalog_value(said: str, value: str) -> None:
    assert [m for m, _, _ in measures(said)] == [measure_of(value)]


def test_units_of_other_scales_stay_apart() -> None:
    assert in_base_unit(5, "ft") == (5.0, "ft")
    assert measure_of("50ml") != measure_of("50ft")
    assert measure_of("1L") != measure_of("100ml")


BOTTLE = {"variants": [
    {"item_id": f"b-{size}", "options": {"capacity": size, "color": "black"}, "price_cents": 4000, "available": True}
    for size in ("500ml", "750ml", "1000ml")]}
BOTTLE_750 = {"item_id": "b-750ml", "options": {"capacity": "750ml", "color": "black"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("je préfère le format 50 cl plutôt que 75 cl", "b-500ml"),
     ("la gourde, je la voudrais en 1 litre au lieu de 75 cl", "b-1000ml"),
     ("die Trinkflasche bitte in 0,5 l", "b-500ml")],
)
def test_a_bottle_asked_in_centilitres_or_litres(text: str, expected: str) -> None:
    assert (ground_variant(BOTTLE, BOTTLE_750, text).variant or {}).get("item_id") == expected


THEMES = ["animals", "art", "fantasy", "landscape"]


@pytest.mark.parametrize("text", ["das Puzzle bitte mit Tier-Motiv statt Landschaft", "lieber das Tiermotiv",
                                  "mit Tier-Motiv", "le puzzle avec des animaux"])
def test_the_animal_theme_said_as_a_compound(text: str) -> None:
    assert "animals" in read_values(THEMES, text)[0]


def test_a_hyphenated_head_does_not_name_an_unknown_value() -> None:
    assert read_values(THEMES, "das Puzzle bitte mit Blumen-Motiv")[0] == []


PUZZLE = {"item_id": "p1", "options": {"pieces": "2000", "theme": "landscape", "difficulty level": "intermediate"}}
BOTTLE_BLACK = {"item_id": "b1", "options": {"capacity": "500ml", "material": "stainless steel", "color": "black"}}


@pytest.mark.parametrize(
    ("item", "text", "expected"),
    [(PUZZLE, "Das Puzzle bitte mit Blumen-Motiv statt Landschaft", ["theme"]),
     (PUZZLE, "le puzzle avec des fleurs au lieu du paysage", ["theme"]),
     (BOTTLE_BLACK, "la botella, cámbiala a amarillo en vez de negro", ["color"]),
     (BOTTLE_BLACK, "the bottle in a bigger size instead of the 50 cl", ["capacity"])],
)
def test_the_value_said_as_the_one_replaced(item: dict, text: str, expected: list[str]) -> None:
    assert replaced_options(item, text) == expected


def test_no_value_of_the_item_named_is_no_replaced_option() -> None:
    assert replaced_options(PUZZLE, "das Puzzle bitte mit Blumen-Motiv") == []
