"""The enrichment reader's colour classifier ships beside the heads and loads strictly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.catalog.colour_features import COLOUR_NAMES, feature_length
from tools.catalog.enrichment.colour_head import COLOUR_HEAD_PATH, ColourHeadError, load_colour_head


def test_the_shipped_colour_classifier_matches_the_colour_features() -> None:
    model = load_colour_head()
    assert model.names == list(COLOUR_NAMES)
    assert len(model.weights) == feature_length() and "balanced" in model.fitted_on


def test_a_classifier_fitted_on_other_features_is_refused(tmp_path: Path) -> None:
    model = load_colour_head()
    shorter = model.model_copy(update={"mean": model.mean[:-1], "scale": model.scale[:-1],
                                       "weights": model.weights[:-1]})
    path = tmp_path / "colour.json"
    path.write_text(shorter.model_dump_json())
    with pytest.raises(ColourHeadError):
        load_colour_head(path)
    path.write_text(model.model_copy(update={"feature_version": "other/v0"}).model_dump_json())
    with pytest.raises(ColourHeadError):
        load_colour_head(path)
    assert COLOUR_HEAD_PATH.is_file()
