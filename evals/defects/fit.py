"""Fitting the defect reader on generator-A samples: the patch classifier, then the image-level defect and
crushed models on the comparison with the reference (stacked: the patch score they see is out of fold), with
thresholds chosen out of fold on product-grouped splits."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from evals.defects.dataset import CLEAN, OTHER_PRODUCT, DefectSet, Sample
from tools.catalog.defect_reference import Comparison, compare_maps, image_features
from tools.catalog.defects import DefectModel, LinearModel, patch_score

POSITIVE_COVER = 0.15
NEGATIVES_PER_PHOTO = 24
DEFECT_KINDS = ("tear", "hole", "stain", "broken")
FOLDS = 4
MAX_FALSE_ALARMS = 0.05  # out of fold: the cut may flag at most this share of each kind of clean photo


def _linear(rows: np.ndarray, labels: np.ndarray, c: float) -> LinearModel:
    scaler = StandardScaler().fit(rows)
    fitted = LogisticRegression(C=c, class_weight="balanced", max_iter=1000).fit(scaler.transform(rows), labels)
    return LinearModel(
        mean=scaler.mean_.tolist(),
        scale=np.where(scaler.scale_ > 0, scaler.scale_, 1.0).tolist(),
        coef=fitted.coef_[0].tolist(),
        intercept=float(fitted.intercept_[0]),
    )


def _patch_rows(samples: Sequence[Sample], seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = random.Random(seed)
    rows, labels = [], []
    for sample in samples:
        if sample.patch_cover is None:
            continue
        positive = np.flatnonzero((sample.patch_cover >= POSITIVE_COVER) & sample.maps.on_subject)
        clean = np.flatnonzero((sample.patch_cover == 0) & sample.maps.on_subject)
        negative = rng.sample(list(clean), min(NEGATIVES_PER_PHOTO, len(clean)))
        for index, label in [(i, 1) for i in positive] + [(i, 0) for i in negative]:
            rows.append(sample.maps.patches[index])
            labels.append(label)
    return np.asarray(rows, np.float32), np.asarray(labels)


def fit_patch_model(samples: Sequence[Sample], seed: int = 5) -> LinearModel:
    rows, labels = _patch_rows(samples, seed)
    return _linear(rows, labels, c=0.01)


def _cell_rows(
    samples: Sequence[Sample], comparisons: Sequence[Comparison], seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Labelled cells of the comparison: a drawn defect's cells (positive) and other cells of the item, on
    defect photos and on clean photos alike (negative). Crushed items and other products are left out: they
    differ all over, and no cell is a defect."""
    rng = random.Random(seed)
    rows, labels = [], []
    for sample, comparison in zip(samples, comparisons, strict=True):
        if sample.kind in CLEAN:
            cover = np.zeros(len(comparison.region))
        elif sample.patch_cover is not None:
            cover = sample.patch_cover
        else:
            continue
        positive = np.flatnonzero((cover >= POSITIVE_COVER) & comparison.region)
        clean = np.flatnonzero((cover == 0) & comparison.region)
        negative = rng.sample(list(clean), min(NEGATIVES_PER_PHOTO, len(clean)))
        rows += [comparison.cells[i] for i in positive] + [comparison.cells[i] for i in negative]
        labels += [1] * len(positive) + [0] * len(negative)
    return np.asarray(rows, np.float32), np.asarray(labels)


def fit_cell_model(samples: Sequence[Sample], comparisons: Sequence[Comparison], seed: int = 7) -> LinearModel:
    rows, labels = _cell_rows(samples, comparisons, seed)
    return _linear(rows, labels, c=0.1)


def _groups(samples: Sequence[Sample]) -> list[tuple[np.ndarray, np.ndarray]]:
    groups = [s.product_id for s in samples]
    return list(GroupKFold(n_splits=FOLDS).split(np.zeros(len(samples)), groups=groups))


def comparisons_of(data: DefectSet) -> list[Comparison]:
    return [compare_maps(s.maps, data.references[s.reference]) for s in data.samples]


def stacked_features(data: DefectSet, comparisons: Sequence[Comparison]) -> np.ndarray:
    """Each sample's comparison features, its patch and cell scores from classifiers fitted on the other
    products."""
    samples = data.samples
    rows: list[np.ndarray] = [np.zeros(0)] * len(samples)
    for train, test in _groups(samples):
        patch = fit_patch_model([samples[i] for i in train])
        cell = fit_cell_model([samples[i] for i in train], [comparisons[i] for i in train])
        # only the patch classifier is read here: the image-level models are fitted on these features
        stub = DefectModel(patch=patch, defect=patch, crushed=patch, defect_threshold=1, crushed_threshold=1,
                           fitted_on="out of fold")
        for i in test:
            rows[i] = image_features(comparisons[i], patch_score(stub, samples[i].maps), cell.probability)
    return np.stack(rows)


def _targets(samples: Sequence[Sample]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    kinds = np.array([s.kind for s in samples])
    return kinds, np.isin(kinds, DEFECT_KINDS), kinds == "crushed"


def _image_models(
    features: np.ndarray, samples: Sequence[Sample]
) -> tuple[LinearModel, LinearModel, LinearModel | None]:
    """The defect model (defects against clean photos of the ordered item), the crushed model (crushed against
    the ordered item's other photos) and, when the set has photos of other products, the other-product model
    (those against all photos of the ordered item): a crushed item sits between a clean copy and another
    product on every distance, which one linear model cannot cut, so two do."""
    kinds, defect, crushed = _targets(samples)
    ordered = kinds != OTHER_PRODUCT
    for_defect = ~crushed & ordered
    other = _linear(features, ~ordered, c=0.1) if (~ordered).any() else None
    return (
        _linear(features[for_defect], defect[for_defect], c=0.1),
        _linear(features[ordered], crushed[ordered], c=0.1),
        other,
    )


def out_of_fold_scores(features: np.ndarray, samples: Sequence[Sample]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    defect, crushed, other = np.zeros(len(samples)), np.zeros(len(samples)), np.zeros(len(samples))
    for train, test in _groups(samples):
        d_model, c_model, o_model = _image_models(features[train], [samples[i] for i in train])
        defect[test] = d_model.probability(features[test])
        crushed[test] = c_model.probability(features[test])
        if o_model is not None:
            other[test] = o_model.probability(features[test])
    return defect, crushed, other


def best_threshold(scores: np.ndarray, positive: np.ndarray, kinds: np.ndarray) -> float:
    """The cut with the best balanced accuracy among those flagging at most MAX_FALSE_ALARMS of each kind of
    negative (phone copies, small studio copies, another colour: none may carry the false alarms)."""
    candidates = np.unique(np.round(scores, 3))
    negatives = [scores[~positive & (kinds == kind)] for kind in np.unique(kinds[~positive])]
    allowed = [c for c in candidates if max(np.mean(n >= c) for n in negatives) <= MAX_FALSE_ALARMS]
    allowed = allowed or [candidates[-1]]

    def balanced(cut: float) -> float:
        return float(np.mean(scores[positive] >= cut) + np.mean(scores[~positive] < cut)) / 2

    return float(max(allowed, key=balanced))


def fit_defect_model(
    data: DefectSet, description: str, comparisons: Sequence[Comparison] | None = None
) -> tuple[DefectModel, dict[str, float]]:
    samples = data.samples
    comparisons = comparisons if comparisons is not None else comparisons_of(data)
    features = stacked_features(data, comparisons)
    defect, crushed, other = out_of_fold_scores(features, samples)
    kinds, is_defect, is_crushed = _targets(samples)
    clean = np.isin(kinds, CLEAN)
    ordered = kinds != OTHER_PRODUCT
    for_defect = ~is_crushed & ordered
    defect_cut = best_threshold(defect[for_defect], is_defect[for_defect], kinds[for_defect])
    crushed_cut = best_threshold(crushed[ordered], is_crushed[ordered], np.where(is_defect, "defect", kinds)[ordered])
    other_cut = best_threshold(other, ~ordered, kinds) if (~ordered).any() else 1.0
    d_model, c_model, o_model = _image_models(features, samples)
    called_crushed = (crushed >= crushed_cut) & (other < other_cut)
    model = DefectModel(
        patch=fit_patch_model(samples),
        cell=fit_cell_model(samples, comparisons),
        defect=d_model,
        crushed=c_model,
        defect_threshold=defect_cut,
        crushed_threshold=crushed_cut,
        other_product=o_model,
        other_product_threshold=other_cut,
        fitted_on=description,
    )
    oof = {f"out-of-fold {kind} flagged as defect": float(np.mean((defect >= defect_cut)[kinds == kind]))
           for kind in DEFECT_KINDS}
    for kind in CLEAN:
        oof[f"out-of-fold {kind} flagged (defect or crushed)"] = float(
            np.mean(((defect >= defect_cut) | called_crushed)[kinds == kind]))
    oof["out-of-fold crushed flagged"] = float(np.mean(called_crushed[is_crushed]))
    oof["out-of-fold not crushed flagged crushed (the ordered product)"] = float(
        np.mean(called_crushed[~is_crushed & ordered]))
    if (~ordered).any():
        oof["out-of-fold another product flagged crushed"] = float(np.mean(called_crushed[~ordered]))
        oof["out-of-fold another product read as another product"] = float(np.mean((other >= other_cut)[~ordered]))
        oof["out-of-fold crushed read as another product"] = float(np.mean((other >= other_cut)[is_crushed]))
    oof["out-of-fold defect ROC AUC (defects vs clean)"] = _auc(defect[is_defect], defect[clean])
    oof["out-of-fold crushed ROC AUC"] = _auc(crushed[is_crushed], crushed[~is_crushed & ordered])
    return model, oof


def _auc(positive: np.ndarray, negative: np.ndarray) -> float:
    wins = (positive[:, None] > negative[None, :]).mean() + 0.5 * (positive[:, None] == negative[None, :]).mean()
    return float(wins)
