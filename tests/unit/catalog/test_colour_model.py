"""The learned colour namer: its shipped file, its fitting, and the product-grouped cross-validation."""

from __future__ import annotations

import numpy as np
import pytest

import evals.retrieval.colour_samples as colour_samples
from evals.retrieval.colour_samples import (
    CATALOG_PHOTO,
    EVAL_KINDS,
    ColourSample,
    fold_of,
    is_training_kind,
    out_of_fold_names,
    palette_swatches,
)
from tests.unit.catalog.conftest import garment_photo
from tools.catalog.colour import features_of, name_colour
from tools.catalog.colour_features import COLOUR_NAMES, colour_features, feature_length
from tools.catalog.colour_model import fit_colour_model, shipped_colour_model
from tools.catalog.photos import cut_out


def test_the_shipped_classifier_loads_and_matches_the_features() -> None:
    model = shipped_colour_model()
    assert model is not None, "tools/catalog/colour_model.json is missing: python -m evals.retrieval.colour_fit"
    assert model.names == list(COLOUR_NAMES)
    assert len(model.mean) == len(model.weights) == feature_length()
    assert "evals.retrieval.colour_fit" in model.fitted_on


@pytest.mark.parametrize(
    ("rgb", "name"),
    [
        ((180, 20, 30), "Red"),
        ((250, 120, 0), "Orange"),
        ((250, 230, 40), "Yellow"),
        ((20, 120, 40), "Green"),
        ((20, 40, 160), "Blue"),
        ((100, 30, 130), "Purple"),
        ((10, 10, 10), "Black"),
        ((140, 140, 140), "Gray"),
    ],
)
def test_the_shipped_classifier_names_plain_swatches(rgb: tuple[int, int, int], name: str) -> None:
    model = shipped_colour_model()
    assert model is not None
    features = features_of(cut_out(garment_photo(rgb)))
    probabilities = model.probabilities(features)
    assert model.predict(features) == [name]
    assert probabilities.sum() == pytest.approx(1.0)


def test_fitting_learns_to_separate_colours() -> None:
    rng = np.random.default_rng(1)
    centres = {"Red": (45.0, 65.0, 45.0), "Blue": (35.0, 30.0, -70.0), "Gray": (55.0, 0.0, 0.0)}
    features, labels = [], []
    for name, centre in centres.items():
        for _ in range(12):
            pixels = np.asarray(centre) + rng.normal(0, 4, (80, 3))
            features.append(colour_features(pixels, {name_colour(centre): 1.0}))
            labels.append(name)
    model = fit_colour_model(np.stack(features), labels, l2=1.0)
    assert model.predict(np.stack(features)) == labels


def test_colourways_of_a_product_share_a_fold() -> None:
    assert fold_of("MH01") == fold_of("MH01")
    assert len({fold_of(f"P{i}") for i in range(50)}) == colour_samples.FOLDS


def test_cross_validation_never_trains_on_the_product_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each product's samples carry its number as their first feature, so the stand-in model can tell
    # which products it is asked to name and which it was fitted on.
    products = [f"P{i}" for i in range(20)]
    samples = [
        ColourSample(product_id=p, label="Red", kind=kind, features=np.array([float(i)]))
        for i, p in enumerate(products)
        for kind in (CATALOG_PHOTO, "crop")
    ]
    leaks: list[str] = []

    class StandIn:
        def __init__(self, trained: set[str]) -> None:
            self.trained = trained

        def predict(self, features: np.ndarray) -> list[str]:
            named = {products[int(row[0])] for row in features}
            leaks.extend(sorted(named & self.trained))
            return ["Red"] * len(features)

    def fit_on(chosen: list[ColourSample], l2: float | None = None) -> StandIn:
        return StandIn({s.product_id for s in chosen})

    monkeypatch.setattr(colour_samples, "fit_on", fit_on)
    monkeypatch.setattr(colour_samples, "palette_swatches", list)
    names = out_of_fold_names(samples)
    assert names == ["Red"] * len(samples)
    assert leaks == []


def test_the_scored_perturbation_draws_are_never_training_data() -> None:
    assert is_training_kind(CATALOG_PHOTO)
    assert not any(is_training_kind(kind) for kind in EVAL_KINDS if kind != CATALOG_PHOTO)
    assert is_training_kind(colour_samples.AUGMENT_PREFIX + "crop")


def test_palette_swatches_hold_no_catalog_product() -> None:
    swatches = palette_swatches()
    assert {s.label for s in swatches} <= set(COLOUR_NAMES)
    assert all(s.product_id.startswith("swatch:") and s.kind not in EVAL_KINDS for s in swatches)
