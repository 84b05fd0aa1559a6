"""Fitting the reader's heads (scikit-learn logistic regression) and the colour classifier on labelled photos."""

from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from evals.enrichment.dataset import LabelledPhoto, PhotoTable
from evals.enrichment.metrics import macro_recall
from evals.retrieval.colour_samples import palette_swatches
from tools.catalog.colour import region_for_category
from tools.catalog.colour_features import COLOUR_NAMES
from tools.catalog.colour_features import FEATURE_VERSION as COLOUR_FEATURE_VERSION
from tools.catalog.colour_model import ColourModel
from tools.catalog.enrichment.features import FEATURE_VERSION
from tools.catalog.enrichment.heads import STYLES, TRAINED, TYPE_HEAD, EnrichmentHeads, LinearHead
from tools.catalog.enrichment.labels import Attribute, category_type
from tools.catalog.enrichment.reader import pooled_views as _pooled

# Each head's inverse ridge strength on standardised features is chosen per fit among HEAD_C by inner
# product-grouped folds of its own training products (nested inside the evaluation's folds: the held-out
# products never choose it); classes are weighted by inverse frequency so a rare style is not drowned by the
# common ones. C = 0.01 was the single value chosen on the evaluation's own folds before (not nested).
HEAD_C = (0.001, 0.003, 0.01, 0.03, 0.1)
HEAD_INNER_FOLDS = 4
MAX_ITER = 3000
# The colour classifier's inverse ridge strength is chosen per fit by inner product-grouped folds of its own
# training products (nested inside the evaluation's folds), for macro recall over the catalog's colours.
COLOUR_C = (0.03, 0.1, 0.3)
COLOUR_INNER_FOLDS = 4
_ABSENT = -30.0  # the logit of a colour no training photo or swatch shows


def style_categories(table: PhotoTable, rows: Sequence[int]) -> dict[str, dict[str, list[str]]]:
    """For each style attribute, the categories each of its values was seen with in these rows (the reader keeps
    a style only beside a category it was seen with)."""
    seen: dict[str, dict[str, set[str]]] = {style: {} for style in STYLES}
    for i in rows:
        truth = table.photos[i].truth
        for style in STYLES:
            for value in table.photos[i].values.get(Attribute(style), ()):
                seen[style].setdefault(value, set()).add(truth[Attribute.CATEGORY])
    return {style: {value: sorted(found) for value, found in sorted(values.items())} for style, values in seen.items()}


def fit_heads(
    table: PhotoTable, rows: Sequence[int], model_version: str, fitted_on: str,
    c: Mapping[str, float] | float | None = None,
) -> EnrichmentHeads:
    """One head per trained attribute, each on the photos among `rows` whose product has a catalog value.
    `c`: one inverse ridge strength for every head, one per head, or None: each head's chosen among HEAD_C
    by inner product-grouped folds of `rows` (choose_head_c)."""
    if c is None:
        c = choose_head_c(table, rows)
    strengths = c if isinstance(c, Mapping) else dict.fromkeys(TRAINED, c)
    mean, scale = _standardisation(table, rows)
    heads = {}
    for name in TRAINED:
        labelled = [(i, label) for i in rows if (label := head_label(table.photos[i], name))]
        keep = [i for i, _ in labelled]
        heads[name] = _head((table.network[keep] - mean) / scale, [label for _, label in labelled],
                            strengths[name])
    return EnrichmentHeads(
        feature_version=FEATURE_VERSION,
        model_version=model_version,
        mean=[round(float(v), 6) for v in mean],
        scale=[round(float(v), 6) for v in scale],
        categories=sorted({table.photos[i].truth[Attribute.CATEGORY] for i in rows}),
        heads=heads,
        style_categories=style_categories(table, rows),
        fitted_on=(f"{fitted_on}; " if fitted_on else "") + "C " + ", ".join(
            f"{name} {strengths[name]}" for name in TRAINED),
    )


def _standardisation(table: PhotoTable, rows: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    x = table.network[list(rows)]
    return x.mean(axis=0), x.std(axis=0) + 1e-6


def inner_folds(table: PhotoTable, rows: Sequence[int], folds: int, seed: int = 1) -> list[tuple[list[int], list[int]]]:
    """(training rows, held-out rows) of product-grouped folds of `rows` (a group's photos stay together),
    stratified by category; a category with fewer groups than folds is expected, not warned about."""
    array = np.asarray(rows)
    labels = [table.photos[i].truth.get(Attribute.CATEGORY, "-") for i in array]
    groups = [table.photos[i].group for i in array]
    splitter = StratifiedGroupKFold(folds, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        splits = list(splitter.split(array, labels, groups))
    return [(sorted(array[a].tolist()), sorted(array[b].tolist())) for a, b in splits]


def choose_head_c(table: PhotoTable, rows: Sequence[int]) -> dict[str, float]:
    """Per head, the C among HEAD_C whose head reads the held-out products of inner product-grouped folds of
    `rows` best (HEAD_SELECTION), each product read from its photos pooled as the reader pools them (a style
    is right when it is one of the product's values). Ties go to the stronger ridge (smaller C)."""
    outcomes: dict[tuple[str, float], list[tuple[str, bool, float]]] = defaultdict(list)
    for train, held in inner_folds(table, rows, HEAD_INNER_FOLDS):
        mean, scale = _standardisation(table, train)
        for name in TRAINED:
            labelled = [(i, label) for i in train if (label := head_label(table.photos[i], name))]
            if len({label for _, label in labelled}) < 2:
                continue
            x = (table.network[[i for i, _ in labelled]] - mean) / scale
            by_product: dict[str, list[int]] = defaultdict(list)
            for i in held:
                if head_label(table.photos[i], name):
                    by_product[table.photos[i].product_id].append(i)
            if not by_product:
                continue
            for value in HEAD_C:
                head = _head(x, [label for _, label in labelled], value)
                for product_rows in by_product.values():
                    p = _pooled(head.probabilities((table.network[product_rows] - mean) / scale))
                    photo = table.photos[product_rows[0]]
                    truth = head_label(photo, name) or ""
                    read = head.classes[int(np.argmax(p))]
                    values = photo.values.get(Attribute(name), frozenset()) if name != TYPE_HEAD else frozenset()
                    hit = read == truth or read in values
                    right = sum(float(p[k]) for k, c in enumerate(head.classes) if c == truth or c in values)
                    outcomes[(name, value)].append((truth, hit, float(np.log(max(right, 1e-6)))))
    chosen = {}
    for name in TRAINED:
        scores = {value: _selection_score(outcomes[(name, value)]) for value in HEAD_C}
        chosen[name] = max(HEAD_C, key=lambda value: (scores[value], -value))
    return chosen


# What chooses a head's C on the inner folds: the class-balanced mean log-probability of a right value (out of
# fold, nested: category 0.908, style_general 0.742, style_bottom 0.671; each fold chose C 0.1 for the type
# and gender heads) rather than the inner macro recall (0.898, 0.704, 0.596; the choice swung 0.001..0.1
# from fold to fold: a few inner products decide a macro recall).
HEAD_SELECTION = "log_likelihood"


def _selection_score(outcomes: list[tuple[str, bool, float]]) -> float:
    """How well a head read the inner held-out products: macro recall, or (HEAD_SELECTION "log_likelihood")
    the class-balanced mean log-probability it gave a right value, a smoother figure on a few products."""
    if HEAD_SELECTION == "macro_recall":
        return round(macro_recall([(truth, hit) for truth, hit, _ in outcomes]), 6)
    by_class: dict[str, list[float]] = defaultdict(list)
    for truth, _, log_p in outcomes:
        by_class[truth].append(log_p)
    return float(np.mean([np.mean(v) for v in by_class.values()])) if by_class else 0.0


def head_label(photo: LabelledPhoto, head: str) -> str | None:
    """What a head learns from a photo: its category's type for the type head, else the catalog value."""
    if head == TYPE_HEAD:
        return category_type(photo.truth[Attribute.CATEGORY])
    return photo.truth.get(Attribute(head))


def _head(x: np.ndarray, labels: list[str], c: float) -> LinearHead:
    classes = sorted({str(label) for label in labels})
    if len(classes) == 1:  # one class seen: it is always the reading
        return LinearHead(classes=classes, weights=[[0.0] for _ in range(x.shape[1])], bias=[0.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = LogisticRegression(C=c, max_iter=MAX_ITER, class_weight="balanced").fit(x, labels)
    classes = [str(c) for c in model.classes_]
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: as a softmax, +-half of it
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return LinearHead(
        classes=classes,
        weights=[[round(float(v), 6) for v in row] for row in coef.T],
        bias=[round(float(v), 6) for v in intercept],
    )


def fit_colour(table: PhotoTable, rows: Sequence[int], c: float | None = None) -> ColourModel:
    """The enrichment colour classifier (tools/catalog/enrichment/colour_head.py) fitted on the photos among
    `rows` that name a colour (each in the garment region of its catalog category) plus the palette swatches:
    classes weighted by inverse frequency among the photos, the swatches together weighing as much as the
    photos. `c` None: chosen among COLOUR_C by inner product-grouped folds of `rows` (macro recall of each
    colourway's main view)."""
    if c is None:
        scores = {value: _inner_colour_recall(table, rows, value) for value in COLOUR_C}
        c = max(COLOUR_C, key=lambda value: scores[value])
    photos = [i for i in rows if table.photos[i].colour]
    labels = np.array([table.photos[i].colour for i in photos])
    features = np.stack([_colour_row(table, i) for i in photos])
    classes, counts = np.unique(labels, return_counts=True)
    frequency = dict(zip(classes, counts, strict=True))
    weights = np.array([len(labels) / (len(classes) * frequency[label]) for label in labels])
    swatches = palette_swatches()
    x = np.vstack([features, np.stack([s.features for s in swatches])])
    y = np.concatenate([labels, [s.label for s in swatches]])
    w = np.concatenate([weights, np.full(len(swatches), len(labels) / len(swatches))])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = LogisticRegression(C=c, max_iter=MAX_ITER).fit((x - mean) / scale, y, sample_weight=w)
    names = list(COLOUR_NAMES)
    coef = np.zeros((x.shape[1], len(names)))
    bias = np.full(len(names), _ABSENT)
    for row, name in enumerate(model.classes_):
        coef[:, names.index(str(name))], bias[names.index(str(name))] = model.coef_[row], model.intercept_[row]
    return ColourModel(
        feature_version=COLOUR_FEATURE_VERSION,
        names=names,
        mean=[round(float(v), 6) for v in mean],
        scale=[round(float(v), 6) for v in scale],
        weights=[[round(float(v), 5) for v in row] for row in coef],
        bias=[round(float(v), 5) for v in bias],
        fitted_on=f"balanced logistic regression, C={c}",
    )


def _colour_row(table: PhotoTable, i: int) -> np.ndarray:
    return table.colour[region_for_category(table.photos[i].truth.get(Attribute.CATEGORY))][i]


def main_views(table: PhotoTable, rows: Sequence[int]) -> list[int]:
    """The first photo of each colourway among `rows` (the view the catalog names the colourway after)."""
    first: dict[str, int] = {}
    for i in rows:
        if table.photos[i].colour:
            first.setdefault(table.photos[i].colourway, i)
    return list(first.values())


def _inner_colour_recall(table: PhotoTable, rows: Sequence[int], c: float) -> float:
    array = np.asarray(rows)
    labels = [table.photos[i].colour or "-" for i in array]
    groups = [table.photos[i].group for i in array]
    outcomes = []
    splitter = StratifiedGroupKFold(COLOUR_INNER_FOLDS, shuffle=True, random_state=1)
    with warnings.catch_warnings():  # a colour with fewer products than folds (Lavender: one) is expected
        warnings.simplefilter("ignore", UserWarning)
        splits = list(splitter.split(array, labels, groups))
    for train, held in splits:
        model = fit_colour(table, sorted(array[train].tolist()), c)
        for i in main_views(table, array[held].tolist()):
            truth = table.photos[i].colour or ""
            outcomes.append((truth, model.predict(_colour_row(table, i))[0] == truth))
    return macro_recall(outcomes)
