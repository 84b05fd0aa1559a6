"""Ground truth of the photo attribute reader: visible primary styles, every catalog value, what applies."""

from __future__ import annotations

from tools.catalog.enrichment.labels import (
    Attribute,
    applies,
    catalog_values,
    category_type,
    length_of,
    primary,
    product_truth,
)
from tools.catalog.records import ProductRecord


def _product(path: str, **attributes: object) -> ProductRecord:
    return ProductRecord(id="X1", name="x", category_path=path, description="", attributes=attributes, variants=[])


def test_a_multi_valued_style_reads_as_its_first_visible_value_and_keeps_every_value() -> None:
    hoodie = _product("Women/Tops/Hoodies & Sweatshirts", style_general="Sweatshirt|Hoodie|Full zip",
                      pattern="Solid|Striped")
    truth = product_truth(hoodie)
    assert truth[Attribute.STYLE_GENERAL] == "Hoodie"  # Hoodie comes before Sweatshirt in the priority list
    assert truth[Attribute.PATTERN] == "Striped"
    assert catalog_values(hoodie)[Attribute.STYLE_GENERAL] == {"Hoodie", "Sweatshirt", "Full zip"}
    assert truth[Attribute.GENDER] == "Women" and Attribute.STYLE_BOTTOM not in truth


def test_jackets_are_jackets_whatever_functional_styles_they_list() -> None:
    shell = _product("Men/Tops/Jackets", style_general="Insulated|Rain Coat|Hard Shell|Windbreaker|¼ zip")
    assert product_truth(shell)[Attribute.STYLE_GENERAL] == "Jacket"


def test_bottoms_get_a_style_and_a_length_and_gear_a_gear_category_without_gender() -> None:
    capri = _product("Women/Bottoms/Pants", style_bottom="Capri|Leggings")
    assert product_truth(capri)[Attribute.LENGTH] == "Capri"
    assert length_of("Men/Bottoms/Shorts", None) == "Shorts"
    assert length_of("Men/Bottoms/Pants", "Sweatpants") == "Full length"
    assert length_of("Men/Tops/Tees", None) is None
    bag = product_truth(_product("Gear/Bags"))
    assert bag == {Attribute.CATEGORY: "Gear/Bags", Attribute.GEAR_CATEGORY: "Bags"}
    assert not applies(Attribute.GENDER, "Gear/Bags") and applies(Attribute.GEAR_CATEGORY, "Gear/Watches")
    assert applies(Attribute.STYLE_BOTTOM, "Men/Bottoms/Shorts")
    assert not applies(Attribute.STYLE_BOTTOM, "Men/Tops/Tees")


def test_the_type_of_a_category_is_shared_by_both_genders() -> None:
    assert category_type("Men/Tops/Tees") == category_type("Women/Tops/Tees") == "Tops/Tees"
    assert category_type("Women/Tops/Bras & Tanks") == category_type("Men/Tops/Tanks") == "Tops/Tanks"
    assert category_type("Gear/Bags") == "Gear/Bags"
    assert primary("Workout Pants|Sweatpants|Track Pants", ("Sweatpants", "Track Pants")) == "Sweatpants"
    assert primary(None, ("Tee",)) is None
