"""Fitting the defect (patch) and crushed (image) models on generator-A samples, thresholds out of fold."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from evals.defects.dataset import Sample
from tools.catalog.defects import DefectModel, LinearModel, crushed_features, defect_score_of_grid

POSITIVE_COVER = 0.15
NEGATIVES_PER_PHOTO = 24
DEFECT_KINDS = ("tear", "hole", "stain", "broken")


def _linear(rows: np.ndarray, labels: np.ndarray, c: float) -> LinearModel:
    scaler = StandardScaler().fit(rows)
    fitted = LogisticRegression(C=c, class_weight="balanced", max_iter=400).fit(scaler.transform(rows), labels)
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
        positive = np.flatnonzero(sample.patch_cover >= POSITIVE_COVER)
        clean = np.flatnonzero(sample.patch_cover == 0)
        negative = rng.sample(list(clean), min(NEGATIVES_PER_PHOTO, len(clean)))
        for index, label in [(i, 1) for i in positive] + [(i, 0) for i in negative]:
            rows.append(sample.features.patches[index])
            labels.append(label)
    return np.asarray(rows, np.float32), np.asarray(labels)


def fit_patch_model(samples: Sequence[Sample], seed: int = 5) -> LinearModel:
    rows, labels = _patch_rows(samples, seed)
    return _linear(rows, labels, c=0.01)


def fit_crushed_model(samples: Sequence[Sample]) -> LinearModel:
    rows = np.stack([crushed_features(s.features) for s in samples])
    return _linear(rows, np.array([s.kind == "crushed" for s in samples]), c=0.01)


def out_of_fold_scores(samples: Sequence[Sample], folds: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Defect and crushed scores of each sample from models fitted on the other products' samples."""
    groups = [s.product_id for s in samples]
    defect, crushed = np.zeros(len(samples)), np.zeros(len(samples))
    for train, test in GroupKFold(n_splits=folds).split(np.zeros(len(samples)), groups=groups):
        patch = fit_patch_model([samples[i] for i in train])
        squash = fit_crushed_model([samples[i] for i in train])
        for i in test:
            defect[i] = defect_score_of_grid(patch.probability(samples[i].features.patches), samples[i].on_subject)
            crushed[i] = squash.probability(crushed_features(samples[i].features)[None])[0]
    return defect, crushed


def best_threshold(scores: np.ndarray, positive: np.ndarray) -> float:
    """The cut with the best balanced accuracy (recall of the positives and of the negatives)."""
    candidates = np.unique(np.round(scores, 3))

    def balanced(cut: float) -> float:
        return float(np.mean(scores[positive] >= cut) + np.mean(scores[~positive] < cut)) / 2

    return float(max(candidates, key=balanced))


def fit_defect_model(samples: Sequence[Sample], description: str) -> tuple[DefectModel, dict[str, float]]:
    defect, crushed = out_of_fold_scores(samples)
    kinds = np.array([s.kind for s in samples])
    not_crushed = kinds != "crushed"
    defect_cut = best_threshold(defect[not_crushed], np.isin(kinds[not_crushed], DEFECT_KINDS))
    crushed_cut = best_threshold(crushed, kinds == "crushed")
    model = DefectModel(
        patch=fit_patch_model(samples),
        crushed=fit_crushed_model(samples),
        defect_threshold=defect_cut,
        crushed_threshold=crushed_cut,
        fitted_on=description,
    )
    oof = {
        f"out-of-fold {kind} flagged": float(np.mean((defect >= defect_cut)[kinds == kind])) for kind in DEFECT_KINDS
    }
    oof["out-of-fold ok flagged as defect"] = float(np.mean((defect >= defect_cut)[kinds == "ok"]))
    oof["out-of-fold crushed flagged"] = float(np.mean((crushed >= crushed_cut)[kinds == "crushed"]))
    oof["out-of-fold not crushed flagged crushed"] = float(np.mean((crushed >= crushed_cut)[kinds != "crushed"]))
    return model, oof
