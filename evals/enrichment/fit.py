"""Fitting the reader's heads (scikit-learn logistic regression) and the colour classifier on labelled photos."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from evals.enrichment.dataset import LabelledPhoto, PhotoTable
from evals.retrieval.colour_samples import palette_swatches
from tools.catalog.colour import region_for_category
from tools.catalog.colour_model import ColourModel, fit_colour_model
from tools.catalog.enrichment.features import FEATURE_VERSION
from tools.catalog.enrichment.heads import STYLES, TRAINED, TYPE_HEAD, EnrichmentHeads, LinearHead
from tools.catalog.enrichment.labels import Attribute, category_type

# Inverse ridge strength on standardised features, picked by the grouped CV (REPORT.md) from 0.001..0.1;
# classes are weighted by inverse frequency so a rare style is not drowned by the common ones.
C = 0.01
MAX_ITER = 3000


def fit_heads(table: PhotoTable, rows: Sequence[int], model_version: str, fitted_on: str) -> EnrichmentHeads:
    """One head per trained attribute, each on the photos among `rows` whose product has a catalog value."""
    x = table.network[list(rows)]
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    heads = {}
    for name in TRAINED:
        labelled = [(i, label) for i in rows if (label := head_label(table.photos[i], name))]
        keep = [i for i, _ in labelled]
        heads[name] = _head((table.network[keep] - mean) / scale, [label for _, label in labelled])
    seen: dict[str, dict[str, set[str]]] = {style: {} for style in STYLES}
    for i in rows:
        truth = table.photos[i].truth
        for style in STYLES:
            for value in table.photos[i].values.get(Attribute(style), ()):
                seen[style].setdefault(value, set()).add(truth[Attribute.CATEGORY])
    return EnrichmentHeads(
        feature_version=FEATURE_VERSION,
        model_version=model_version,
        mean=[round(float(v), 6) for v in mean],
        scale=[round(float(v), 6) for v in scale],
        categories=sorted({table.photos[i].truth[Attribute.CATEGORY] for i in rows}),
        heads=heads,
        style_categories={s: {v: sorted(c) for v, c in sorted(values.items())} for s, values in seen.items()},
        fitted_on=fitted_on,
    )


def head_label(photo: LabelledPhoto, head: str) -> str | None:
    """What a head learns from a photo: its category's type for the type head, else the catalog value."""
    if head == TYPE_HEAD:
        return category_type(photo.truth[Attribute.CATEGORY])
    return photo.truth.get(Attribute(head))


def _head(x: np.ndarray, labels: list[str]) -> LinearHead:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = LogisticRegression(C=C, max_iter=MAX_ITER, class_weight="balanced").fit(x, labels)
    classes = [str(c) for c in model.classes_]
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: as a softmax, +-half of it
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    if len(classes) == 1:
        coef, intercept = np.zeros((1, x.shape[1])), np.zeros(1)
    return LinearHead(
        classes=classes,
        weights=[[round(float(v), 6) for v in row] for row in coef.T],
        bias=[round(float(v), 6) for v in intercept],
    )


def fit_colour(table: PhotoTable, rows: Sequence[int]) -> ColourModel:
    """The colour classifier (tools/catalog/colour_model.py) refitted on `rows` (each photo's garment region
    from its catalog category) plus the palette swatches, as the shipped one is fitted on every product."""
    features, labels = [], []
    for i in rows:
        photo = table.photos[i]
        if photo.colour:
            region = region_for_category(photo.truth.get(Attribute.CATEGORY))
            features.append(table.colour[region][i])
            labels.append(photo.colour)
    swatches = palette_swatches()
    features += [s.features for s in swatches]
    labels += [s.label for s in swatches]
    return fit_colour_model(np.stack(features), labels)
