"""A small multinomial logistic regression that names a garment's colour from `colour_features`.

The shipped parameters live in `colour_model.json` beside this file, regenerated (fitted on every labelled
catalog photo and perturbed copies of it) by

    python -m evals.retrieval.colour_fit ../shared/data/magento-catalog

Fitting is plain numpy (tools/softmax_regression.py, shared with the intent weights), and the reader needs
nothing beyond numpy at run time and no catalog data.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from tools.catalog.colour_features import COLOUR_NAMES, FEATURE_VERSION, feature_length
from tools.softmax_regression import fit_softmax_regression

MODEL_PATH = Path(__file__).with_name("colour_model.json")
L2 = 50.0  # ridge strength per sample count; chosen by product-grouped cross-validation (colour_fit.py)
ITERATIONS = 400  # the log-loss is within 1e-3 of its optimum by then (accelerated descent)


class ColourModel(BaseModel):
    """Standardisation and linear weights of the colour classifier, plus how it was fitted."""

    feature_version: str
    names: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[list[float]]  # features x names
    bias: list[float]
    fitted_on: str = ""  # what it was fitted on and with which command (for review)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Probability of each of `names` for one feature vector (or each row of a matrix)."""
        x = (np.atleast_2d(features) - np.asarray(self.mean)) / np.asarray(self.scale)
        logits = x @ np.asarray(self.weights) + np.asarray(self.bias)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        return p[0] if np.ndim(features) == 1 else p

    def predict(self, features: np.ndarray) -> list[str]:
        return [self.names[i] for i in np.atleast_2d(self.probabilities(features)).argmax(axis=1)]


def fit_colour_model(features: np.ndarray, labels: list[str], l2: float = L2, fitted_on: str = "") -> ColourModel:
    """Fit the classifier on rows of `colour_features` and their catalog colour names."""
    x = np.asarray(features, dtype=np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    names = list(COLOUR_NAMES)
    y = np.eye(len(names))[[names.index(label) for label in labels]]
    weights, bias = fit_softmax_regression(z, y, l2=l2, iterations=ITERATIONS)
    return ColourModel(
        feature_version=FEATURE_VERSION,
        names=names,
        mean=[round(float(v), 6) for v in mean],
        scale=[round(float(v), 6) for v in scale],
        weights=[[round(float(v), 5) for v in row] for row in weights],
        bias=[round(float(v), 5) for v in bias],
        fitted_on=fitted_on,
    )


def save_colour_model(model: ColourModel, path: Path = MODEL_PATH) -> None:
    path.write_text(model.model_dump_json(indent=None) + "\n")


@lru_cache(maxsize=1)
def shipped_colour_model() -> ColourModel | None:
    """The fitted classifier shipped with the code, or None when absent or fitted on other features."""
    if not MODEL_PATH.is_file():
        return None
    model = ColourModel.model_validate_json(MODEL_PATH.read_text())
    if model.feature_version != FEATURE_VERSION or len(model.mean) != feature_length():
        return None
    return model
