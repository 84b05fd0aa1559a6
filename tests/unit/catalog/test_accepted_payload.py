"""How accepted attribute values join a point's payload, and what the catalog says beside a suggestion."""

from __future__ import annotations

from tools.catalog.accepted_attributes import ACCEPTED, SNAPSHOT, AcceptedValue, point_payload
from tools.catalog.attribute_values import agrees, catalog_values
from tools.catalog.search import SearchFilters, build_filter

HOODIE = {"attributes": {"climate": ["Cool"], "style": []}, "attribute_keys": ["climate:cool"], "gender": "men",
          "category_levels": ["men", "men/tops"], "category_names": ["men", "tops"]}
BLACK = {"colour_key": "black", "image_path": "m/h/mh01-black_main.jpg"}
BLUE = {"colour_key": "blue", "image_path": "m/h/mh01-blue_main.jpg"}
BAG = {"attributes": {"activity": ["Gym"]}, "attribute_keys": ["activity:gym"], "gender": "",
       "category_levels": ["gear", "gear/bags"], "category_names": ["gear", "bags"]}


def test_accepted_values_are_added_under_their_search_names_beside_the_catalog_ones() -> None:
    payload = point_payload(HOODIE, [AcceptedValue(attribute="style_general", value="Hooded"),
                                     AcceptedValue(attribute="pattern", value="Striped&reg;"),
                                     AcceptedValue(attribute="style_bottom", value="hooded")], BLACK)
    assert payload["attributes"] == {"climate": ["Cool"], "style": ["Hooded"], "pattern": ["Striped"]}
    assert payload["attribute_keys"] == ["climate:cool", "style:hooded", "pattern:striped"]
    assert payload[ACCEPTED] == {"style": ["Hooded", "hooded"], "pattern": ["Striped"]}
    assert payload[SNAPSHOT] == HOODIE  # what a later reapply starts from
    # The keys are exactly what a shopper's attribute filter asks for.
    condition = build_filter(SearchFilters(attributes={"pattern": ["Striped"]})).must[0]  # type: ignore[index]
    assert condition.match.any == ["pattern:striped"]


def test_the_catalog_gender_is_never_replaced_and_a_missing_one_is_filled() -> None:
    women = [AcceptedValue(attribute="gender", value="Women")]
    assert point_payload(HOODIE, women, BLACK)["gender"] == "men"
    assert point_payload(BAG, women, {})["gender"] == "women"


def test_an_accepted_category_adds_every_level_of_its_path() -> None:
    payload = point_payload(BAG, [AcceptedValue(attribute="category", value="Gear/Bags/Backpacks")], {})
    assert payload["category_levels"] == ["gear", "gear/bags", "gear/bags/backpacks"]
    assert payload["category_names"] == ["gear", "bags", "backpacks"]
    gear = point_payload({**BAG, "category_levels": [], "category_names": []},
                         [AcceptedValue(attribute="gear_category", value="Bags")], {})
    assert gear["category_levels"] == ["gear", "gear/bags"]  # the reader's gear category is the level below Gear


def test_a_colour_read_from_one_photo_joins_only_the_point_of_that_photos_colour() -> None:
    blue = [AcceptedValue(attribute="color", value="Navy", photo="m/h/mh01-blue_back.jpg", colour="Blue")]
    assert point_payload(HOODIE, blue, BLUE)["attributes"]["colour"] == ["Navy"]
    assert "colour" not in point_payload(HOODIE, blue, BLACK)["attributes"]
    # A photo the store does not place in a colour: only the point showing that very photo.
    loose = [AcceptedValue(attribute="secondary_colour", value="Gray", photo="m/h/mh01-blue_main.jpg")]
    assert point_payload(HOODIE, loose, BLUE)["attributes"]["secondary_colour"] == ["Gray"]
    assert "secondary_colour" not in point_payload(HOODIE, loose, BLACK)["attributes"]


def test_applying_nothing_restores_the_catalog_fields() -> None:
    once = point_payload(HOODIE, [AcceptedValue(attribute="pattern", value="Striped")], BLACK)
    again = point_payload(once[SNAPSHOT], [], BLACK)
    assert {field: again[field] for field in HOODIE} == HOODIE and again[ACCEPTED] == {}


def test_the_catalog_value_shown_beside_a_suggestion() -> None:
    attributes = {"style_general": "Insulated|Jacket|Hooded", "pattern": "Color-Blocked", "material": ["Wool"]}
    values = {name: catalog_values(name, category_path="Women/Tops/Jackets", attributes=attributes,
                                   colours=["Blue", "Blue", "Gray"])
              for name in ("style_general", "pattern", "gender", "category", "gear_category", "color", "sleeve")}
    assert values == {"style_general": ["Insulated", "Jacket", "Hooded"], "pattern": ["Color-Blocked"],
                      "gender": ["Women"], "category": ["Women/Tops/Jackets"], "gear_category": [],
                      "color": ["Blue", "Gray"], "sleeve": []}
    assert catalog_values("gear_category", category_path="Gear/Bags", attributes={}, colours=[]) == ["Bags"]
    assert agrees("hooded", values["style_general"]) and agrees("Jackets", values["category"])
    assert not agrees("Striped", values["pattern"])
