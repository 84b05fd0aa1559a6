"""Which photo suggestions contradict the catalog: a gap is not a disagreement; colours compare with the
variant the photo shows."""

from __future__ import annotations

from tools.store.attribute_disagreements import catalog_for, disagrees

VARIANTS = [({"color": "Black", "size": "S"}, ["m/h/mh01-black_main.jpg", "m/h/mh01-black_back.jpg"]),
            ({"color": "Blue", "size": "S"}, ["m/h/mh01-blue_main.jpg"])]


def _catalog(attribute: str, photo: str | None = None, attributes: dict[str, str] | None = None) -> list[str]:
    return catalog_for(attribute, photo, category_path="Men/Tops/Hoodies & Sweatshirts",
                       attributes=attributes or {}, variants=VARIANTS)


def test_a_colour_is_compared_with_the_colourway_its_photo_shows() -> None:
    assert _catalog("color", "m/h/mh01-black_back.jpg") == ["Black"]
    assert disagrees("Blue", _catalog("color", "m/h/mh01-black_main.jpg"))
    assert not disagrees("Blue", _catalog("color", "m/h/mh01-blue_main.jpg"))
    assert _catalog("color") == ["Black", "Blue"]  # no photo: every colour the product has
    assert _catalog("color", "elsewhere.jpg") == ["Black", "Blue"]


def test_a_gap_is_filled_not_contradicted_and_multi_valued_fields_count_every_value() -> None:
    assert not disagrees("Striped", _catalog("pattern"))
    assert disagrees("Striped", _catalog("pattern", attributes={"pattern": "Solid"}))
    assert not disagrees("Hoodie", _catalog("style_general", attributes={"style_general": "Hoodie|Full Zip"}))
    assert disagrees("Women", _catalog("gender")) and not disagrees("Men", _catalog("gender"))
