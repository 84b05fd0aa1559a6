"""The enrichment reader's colour classifier: the colour reader's features (`tools/catalog/colour_features.py`)
through a multinomial logistic regression fitted with classes weighted by inverse frequency, shipped as
`colour_model.json` beside this file.

The shared colour classifier (`tools/catalog/colour_model.json`) is fitted for accuracy over every photo; the
enrichment one for macro recall over the catalog's colours, where the rare ones (Brown: 7 colourways, White:
20) count as much as Blue (85): balanced, out of fold it reads Brown 0.71 instead of 0.43 and White 0.85
instead of 0.75 for Gray 0.72 instead of 0.85 (evals/enrichment/REPORT.md). Regenerated with the heads by
`vitrine eval enrichment --fit` (evals/enrichment/fit.py). Loading is strict: a model fitted on other colour
features is an error, never a silently different reader.
"""

from __future__ import annotations

import functools
from pathlib import Path

from tools.catalog.colour_features import FEATURE_VERSION, feature_length
from tools.catalog.colour_model import ColourModel

COLOUR_HEAD_PATH = Path(__file__).with_name("colour_model.json")


class ColourHeadError(ValueError):
    """The enrichment colour model does not match the colour reader's features."""


def load_colour_head(path: Path = COLOUR_HEAD_PATH) -> ColourModel:
    model = ColourModel.model_validate_json(path.read_text(encoding="utf-8"))
    if model.feature_version != FEATURE_VERSION or len(model.mean) != feature_length():
        raise ColourHeadError(f"{path.name} fitted on {model.feature_version!r} ({len(model.mean)} features), "
                              f"the reader computes {FEATURE_VERSION!r} ({feature_length()})")
    if len(model.weights) != feature_length() or any(len(row) != len(model.names) for row in model.weights):
        raise ColourHeadError(f"{path.name} weights are not {feature_length()} x {len(model.names)}")
    return model


@functools.cache
def shipped_colour_head() -> ColourModel:
    return load_colour_head()
