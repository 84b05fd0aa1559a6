"""How accepted attribute values join a point's payload, and what the catalog says beside a suggestion."""

from __future__ import annotations

from tools.catalog.accepted_attributes import ACCEPTED, SNAPSHOT, AcceptedValue, point_payload
from tools.catalog.attribute_values import agrees, catalog_values
from tools.catalog.search import SearchFilters, build_filter

HOODIE = {"attributes": {"climate": ["Cool"], "style": []}, "attribute_keys": ["climate:cool"], "gender": "men",
          "category_levels": ["men", "men/tops"], "category_names": ["men", "tops"]}
BAG = {"attributes": {"activity": ["Gym"]}, "attribute_keys": ["activity:gym"], "gender": "",
       "category_levels": ["gear", "gear/bags"], "category_names": ["gear", "bags"]}


def test_accepted_values_are_added_under_their_search_names_beside_the_catalog_ones() -> None:
    payload = point_payload(HOODIE, [AcceptedValue(attribute="style_general", value="Hooded"),
                                     AcceptedValue(attribute="pattern", value="Striped&reg;"),
                                     AcceptedValue(attribute="style_bottom", value="hooded")], "m/h/mh01.jpg")
    assert payload["attributes"] == {"climate": ["Cool"], "style": ["Hooded"], "pattern": ["Striped"]}
    assert payload["attribute_keys"] == ["climate:cool", "style:hooded", "pattern:striped"]
    assert payload[ACCEPTED] == {"style": ["Hooded", "hooded"], "pattern": ["Striped"]}
    assert payload[SNAPSHOT] == HOODIE  # what a later reapply starts from
    # The keys are exactly what a shopper's attribute filter asks for.
    condition = build_filter(SearchFilters(attributes={"pattern": ["Striped"]})).must[0]  # type: ignore[index]
    assert condition.match.any == ["pattern:striped"]


def test_the_catalog_gender_is_never_replaced_and_a_missing_one_is_filled() -> None:
    women = [AcceptedValue(attribute="gender", value="Women")]
    assert point_payload(HOODIE, women, None)["gender"] == "men"
    assert point_payload(BAG, women, None)["gender"] == "women"


def test_an_accepted_category_adds_every_level_of_its_path() -> None:
    payload = point_payload(BAG, [AcceptedValue(attribute="category", value="Gear/Bags/Backpacks")], None)
    assert payload["category_levels"] == ["gear", "gear/bags", "gear/bags/backpacks"]
    assert payload["category_names"] == ["gear", "bags", "backpacks"]


def test_a_colour_read_from_one_photo_joins_only_the_point_that_photo_shows() -> None:
    blue = [AcceptedValue(attribute="dominant_colour", value="Blue", photo="m/h/mh01-blue_main.jpg")]
    assert point_payload(HOODIE, blue, "m/h/mh01-blue_main.jpg")["attributes"]["dominant_colour"] == ["Blue"]
    assert "dominant_colour" not in point_payload(HOODIE, blue, "m/h/mh01-black_main.jpg")["attributes"]


def test_applying_nothing_restores_the_catalog_fields() -> None:
    once = point_payload(HOODIE, [AcceptedValue(attribute="pattern", value="Striped")], None)
    again = point_payload(once[SNAPSHOT], [], None)
    assert {field: again[field] for field in HOODIE} == HOODIE and again[ACCEPTED] == {}


def test_the_catalog_value_shown_beside_a_suggestion() -> None:
    attributes = {"style_general": "Insulated|Jacket|Hooded", "pattern": "Color-Blocked", "material": ["Wool"]}
    values = {name: catalog_values(name, category_path="Women/Tops/Jackets", attributes=attributes,
                                   colours=["Blue", "Blue", "Gray"])
              for name in ("style_general", "pattern", "gender", "category", "gear_category", "dominant_colour",
                           "sleeve")}
    assert values == {"style_general": ["Insulated", "Jacket", "Hooded"], "pattern": ["Color-Blocked"],
                      "gender": ["Women"], "category": ["Women/Tops/Jackets"], "gear_category": [],
                      "dominant_colour": ["Blue", "Gray"], "sleeve": []}
    assert agrees("hooded", values["style_general"]) and agrees("Jackets", values["category"])
    assert not agrees("Striped", values["pattern"])
