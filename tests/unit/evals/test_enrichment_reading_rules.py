"""The reading rules compared in evals/enrichment/reading_rules.py: features pooled over a product's views, a
strict category -> style hierarchy, colours among the product's own catalog names, and the choice by inner folds
(which leaves the shipped reader untouched after each rule)."""

from __future__ import annotations

import numpy as np

from evals.enrichment.dataset import PhotoTable
from evals.enrichment.reading_rules import (
    choose,
    hard_style_probabilities,
    inner_winners,
    mean_features,
    named_colour_choice,
    read_with,
)
from tests.unit.evals.test_enrichment_fit import _table
from tools.catalog.colour_features import feature_length
from tools.catalog.enrichment import reader
from tools.catalog.enrichment.reader import PhotoEvidence


def _evidence(name: str, network: list[float]) -> PhotoEvidence:
    return PhotoEvidence(name, np.asarray(network), lambda region: np.zeros(4), lambda region: {})


def test_mean_features_gives_every_photo_the_product_s_mean_and_keeps_the_colourways() -> None:
    ways = {"a": [_evidence("a", [1.0, 0.0]), _evidence("a", [0.0, 1.0])], "b": [_evidence("b", [2.0, 2.0])]}
    pooled = mean_features(ways)
    assert list(pooled) == ["a", "b"] and [len(v) for v in pooled.values()] == [2, 1]
    for photos in pooled.values():
        for e in photos:
            np.testing.assert_allclose(e.network, [1.0, 1.0])
    assert pooled["a"][0].name == "a"


def test_hard_styles_read_only_among_the_most_probable_category_s_styles() -> None:
    seen = {"Capri": ["Women/Bottoms/Pants"], "Sweatpants": ["Men/Bottoms/Pants"]}
    styles = {"Capri": 0.8, "Sweatpants": 0.2}
    categories = {"Men/Bottoms/Pants": 0.6, "Women/Bottoms/Pants": 0.4}
    assert hard_style_probabilities(styles, categories, seen) == {"Capri": 0.0, "Sweatpants": 1.0}
    mixed = reader.style_probabilities(styles, categories, seen)
    assert 0.0 < mixed["Capri"] < 1.0  # the shipped mixture keeps the other category's share


def test_named_colours_assign_colourways_to_the_product_s_own_names_only() -> None:
    names = ["Black", "Blue", "Gray", "Red"]
    choose_colours = named_colour_choice(names, ["Gray", "Red"])
    readings = [np.array([0.7, 0.1, 0.15, 0.05]), np.array([0.6, 0.3, 0.05, 0.05])]
    assert choose_colours(readings) == [2, 3]  # Black is not one of the product's names
    assert named_colour_choice(names, ["Blue"])([np.array([0.9, 0.05, 0.04, 0.01])]) == [1]
    assert named_colour_choice(names, [])([np.array([0.9, 0.05, 0.04, 0.01])]) == [0]


def test_the_shipped_rule_keeps_a_tie() -> None:
    assert choose({"hard-styles": 0.8, "shipped": 0.8, "mean-features": 0.7}) == "shipped"
    assert choose({"hard-styles": 0.81, "shipped": 0.8}) == "hard-styles"


def test_inner_comparison_stays_inside_the_training_rows_and_restores_the_reader() -> None:
    plain = _table()
    rng = np.random.default_rng(1)
    colour = {region: rng.random((len(plain.photos), feature_length())).astype(np.float32) for region in plain.colour}
    table = PhotoTable(plain.photos, plain.network, colour, 0.0)
    rows = list(range(0, 48))
    table.network[48:] = np.nan  # the outer held-out products: any use of them would poison the scores
    saved = reader.pooled_views, reader.style_probabilities, reader.distinct_colours
    c = {"category_type": 0.1, "gender": 0.1, "style_general": 0.03, "style_bottom": 0.03, "pattern": 0.001}
    scores = inner_winners(table, rows, c, 0.03)
    assert {"category", "gender", "style_general", "style_bottom"} <= set(scores)
    assert all(0.0 <= v <= 1.0 for by_rule in scores.values() for v in by_rule.values())
    assert (reader.pooled_views, reader.style_probabilities, reader.distinct_colours) == saved


def test_an_unknown_rule_is_an_error() -> None:
    try:
        read_with("guess", {}, None, None)  # type: ignore[arg-type]
    except ValueError as error:
        assert "guess" in str(error)
    else:
        raise AssertionError("an unknown rule was read")
