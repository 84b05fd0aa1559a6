"""The attribute reader on hand-made heads (what pools, what applies, consistency) and the shipped heads file."""

from __future__ import annotations

import json

import numpy as np
import pytest
from pydantic import ValidationError

from tools.catalog.colour import GarmentRegion
from tools.catalog.colour_features import feature_length
from tools.catalog.enrichment.features import FEATURE_VERSION, FEATURES
from tools.catalog.enrichment.heads import TYPE_HEAD, EnrichmentHeads, HeadsFileError, LinearHead, load_heads
from tools.catalog.enrichment.labels import COLOURWAY_ATTRIBUTES, Attribute
from tools.catalog.enrichment.reader import (
    PhotoEvidence,
    category_probabilities,
    distinct_colours,
    read_evidence,
    style_probabilities,
)

CLASSES = {
    TYPE_HEAD: ["Gear/Bags", "Tops/Hoodies & Sweatshirts", "Tops/Tees"],
    "gender": ["Men", "Women"],
    "style_general": ["Hoodie", "Sweatshirt", "Tee"],
    "style_bottom": ["Capri", "Sweatpants"],
    "pattern": ["Solid", "Striped"],
}
CATEGORIES = ["Gear/Bags", "Men/Tops/Hoodies & Sweatshirts", "Men/Tops/Tees", "Women/Tops/Hoodies & Sweatshirts",
              "Women/Tops/Tees"]
# Each class of each head answers to one feature dimension of its own.
DIMENSION = {(head, c): i for i, (head, c) in enumerate((h, c) for h, cs in CLASSES.items() for c in cs)}


def _head(name: str) -> LinearHead:
    weights = np.zeros((FEATURES, len(CLASSES[name])))
    for k, value in enumerate(CLASSES[name]):
        weights[DIMENSION[(name, value)], k] = 6.0
    return LinearHead(classes=CLASSES[name], weights=weights.tolist(), bias=[0.0] * len(CLASSES[name]))


def _heads() -> EnrichmentHeads:
    return EnrichmentHeads(
        feature_version=FEATURE_VERSION, model_version="test-v1", mean=[0.0] * FEATURES, scale=[1.0] * FEATURES,
        categories=CATEGORIES, heads={name: _head(name) for name in CLASSES},
        style_categories={"style_general": {"Hoodie": ["Women/Tops/Hoodies & Sweatshirts"],
                                            "Sweatshirt": ["Women/Tops/Hoodies & Sweatshirts"],
                                            "Tee": ["Men/Tops/Tees", "Women/Tops/Tees"]},
                          "style_bottom": {}},
        fitted_on="hand-made for a test",
    )


def _photo(*signals: tuple[str, str], strength: float = 1.0) -> PhotoEvidence:
    network = np.zeros(FEATURES)
    for signal in signals:
        network[DIMENSION[signal]] = strength
    return PhotoEvidence(name="p.jpg", network=network, colour=lambda region: np.zeros(feature_length()),
                         palette=lambda region: {})


def _read(*photos: PhotoEvidence) -> dict[Attribute, tuple[str, float]]:
    found = read_evidence({"Blue": list(photos)}, heads=_heads())
    return {s.attribute: (s.value, s.confidence) for s in found if s.attribute not in COLOURWAY_ATTRIBUTES}


def test_a_hoodie_photo_reads_as_its_category_gender_and_style() -> None:
    read = _read(_photo((TYPE_HEAD, "Tops/Hoodies & Sweatshirts"), ("gender", "Women"), ("style_general", "Hoodie"),
                        ("pattern", "Striped")))
    assert read[Attribute.CATEGORY][0] == "Women/Tops/Hoodies & Sweatshirts"
    assert read[Attribute.GENDER][0] == "Women" and read[Attribute.STYLE_GENERAL][0] == "Hoodie"
    assert read[Attribute.PATTERN][0] == "Striped"
    assert Attribute.GEAR_CATEGORY not in read and Attribute.STYLE_BOTTOM not in read
    assert all(0.5 < confidence <= 1.0 for _, confidence in read.values())


def test_gear_gets_a_gear_category_and_no_gender_style_or_pattern() -> None:
    read = _read(_photo((TYPE_HEAD, "Gear/Bags"), strength=3.0))
    assert read[Attribute.CATEGORY][0] == "Gear/Bags" and read[Attribute.GEAR_CATEGORY][0] == "Bags"
    assert not {Attribute.GENDER, Attribute.STYLE_GENERAL, Attribute.PATTERN} & set(read)


def test_views_pool_so_a_sure_view_outweighs_a_vague_one() -> None:
    sure = _photo((TYPE_HEAD, "Tops/Tees"), ("gender", "Men"), strength=2.0)
    vague = _photo((TYPE_HEAD, "Tops/Hoodies & Sweatshirts"), ("gender", "Men"), strength=0.3)
    read = _read(sure, vague)
    assert read[Attribute.CATEGORY][0] == "Men/Tops/Tees"
    alone = _read(sure)
    assert read[Attribute.CATEGORY][1] < alone[Attribute.CATEGORY][1]  # the vague view makes it less sure


def test_a_style_never_contradicts_the_category_it_was_seen_with() -> None:
    # The style head leans to Hoodie, but the photo reads as a tee: a Tee is the only style seen with tees.
    read = _read(_photo((TYPE_HEAD, "Tops/Tees"), ("gender", "Men"), ("style_general", "Hoodie"), strength=2.0))
    assert read[Attribute.STYLE_GENERAL][0] == "Tee"
    styles = style_probabilities({"Hoodie": 0.7, "Tee": 0.3}, {"Men/Tops/Tees": 1.0}, {"Tee": ["Men/Tops/Tees"]})
    assert styles == {"Hoodie": 0.0, "Tee": 1.0}
    assert style_probabilities({"Capri": 0.6, "Sweatpants": 0.4}, {"X": 1.0}, {}) == {"Capri": 0.6, "Sweatpants": 0.4}


def test_category_combines_the_type_with_the_gender_head() -> None:
    probabilities = category_probabilities(CATEGORIES, {"Tops/Tees": 0.8, "Gear/Bags": 0.2},
                                           {"Men": 0.9, "Women": 0.1})
    assert max(probabilities, key=lambda c: probabilities[c]) == "Men/Tops/Tees"
    assert probabilities["Gear/Bags"] == pytest.approx(0.2 / (0.8 * 1.8 + 0.8 * 0.2 + 0.2))
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_a_colourways_colour_is_read_on_its_main_view() -> None:
    class Model:
        names = ["Black", "Blue"]

        def probabilities(self, rows: np.ndarray) -> np.ndarray:
            return np.array([[0.2, 0.8] if row[0] > 0 else [0.6, 0.4] for row in rows])

    def photo(blue: bool, region_seen: list[GarmentRegion]) -> PhotoEvidence:
        def colour(region: GarmentRegion) -> np.ndarray:
            region_seen.append(region)
            return np.array([1.0 if blue else 0.0])

        return PhotoEvidence(name="v.jpg", network=_photo((TYPE_HEAD, "Tops/Tees"), ("gender", "Men")).network,
                             colour=colour, palette=lambda region: {"Blue": 0.7, "White": 0.3})

    regions: list[GarmentRegion] = []
    found = read_evidence({"Blue": [photo(True, regions), photo(False, regions), photo(False, regions)]},
                          heads=_heads(), colour_model=Model())  # type: ignore[arg-type]
    colours = {s.attribute: s for s in found if s.attribute in (Attribute.COLOUR, Attribute.SECONDARY_COLOUR)}
    assert colours[Attribute.COLOUR].value == "Blue" and colours[Attribute.COLOUR].photo == "v.jpg"
    assert colours[Attribute.SECONDARY_COLOUR].value == "White"
    assert set(regions) == {GarmentRegion.UPPER}  # a top: its colour is read in the upper body


def test_a_product_s_colourways_are_read_as_different_colours() -> None:
    class Model:
        names = ["Black", "Gray", "White"]

        def probabilities(self, rows: np.ndarray) -> np.ndarray:
            return np.array([{0: [0.9, 0.1, 0.0], 1: [0.55, 0.45, 0.0], 2: [0.0, 0.3, 0.7]}[int(row[0])]
                             for row in rows])

    def photo(name: str, shade: int) -> PhotoEvidence:
        return PhotoEvidence(name=name, network=_photo((TYPE_HEAD, "Tops/Tees"), ("gender", "Men")).network,
                             colour=lambda region: np.array([float(shade)]), palette=lambda region: {})

    def read(*ways: tuple[str, int]) -> dict[str | None, str]:
        found = read_evidence({name: [photo(name, shade)] for name, shade in ways}, heads=_heads(),
                              colour_model=Model())  # type: ignore[arg-type]
        return {s.photo: s.value for s in found if s.attribute == Attribute.COLOUR}

    # the charcoal colourway leans Black on its own, but the jet one is surer of Black: charcoal is the Gray
    assert read(("jet", 0), ("charcoal", 1), ("snow", 2)) == {"jet": "Black", "charcoal": "Gray", "snow": "White"}
    assert read(("charcoal", 1)) == {"charcoal": "Black"}  # alone, its own most probable colour
    assert distinct_colours([np.array([0.6, 0.4]), np.array([0.9, 0.1])]) == [1, 0]
    assert distinct_colours([np.array([0.6, 0.4])] * 3) == [0, 0, 0]  # more colourways than colours


def test_the_heads_file_is_loaded_strictly(tmp_path) -> None:
    shipped = load_heads()
    assert set(shipped.heads) >= {TYPE_HEAD, "gender", "style_general"} and shipped.model_version
    document = json.loads(shipped.model_dump_json())
    bad = tmp_path / "heads.json"
    for broken in (
        {**document, "unknown": 1},
        {**document, "feature_version": "other/v0"},
        {**document, "heads": {k: v for k, v in document["heads"].items() if k != "gender"}},
        {**document, "mean": document["mean"][:-1]},
    ):
        bad.write_text(json.dumps(broken))
        with pytest.raises((ValidationError, HeadsFileError)):
            load_heads(bad)
