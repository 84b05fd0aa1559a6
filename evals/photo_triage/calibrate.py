"""Fitting the verdict-confidence model on train-product verdicts; reliability of it on holdout verdicts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel
from sklearn.linear_model import LogisticRegression

from assistant.models.resolver.photo_confidence import ConfidenceModel, calibrated_confidence, evidence_features
from evals.photo_triage.runner import Verdict

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


class ReliabilityRow(BaseModel):
    low: float
    high: float
    verdicts: int
    mean_confidence: float | None
    accuracy: float | None


class Reliability(BaseModel):
    rows: list[ReliabilityRow]
    expected_calibration_error: float
    brier: float
    escalated: float  # share of verdicts below the escalation bar
    wrong_escalated: float  # share of the wrong verdicts that were escalated
    accuracy_kept: float | None  # accuracy of the verdicts that were not escalated


def logistic(features: np.ndarray, correct: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=1.0, max_iter=500).fit(features, correct)


def fit_confidence(verdicts: Sequence[Verdict], description: str, bar: float) -> ConfidenceModel:
    rows = [(evidence_features(v.evidence, v.label), v.correct) for v in verdicts]
    features = np.stack([f for f, _c in rows if f is not None])
    labels = np.array([c for f, c in rows if f is not None])
    fitted = logistic(features, labels)
    return ConfidenceModel(
        coef=fitted.coef_[0].tolist(), intercept=float(fitted.intercept_[0]), fitted_on=description, escalate_below=bar
    )


def reliability(verdicts: Sequence[Verdict], model: ConfidenceModel, bar: float) -> Reliability:
    scored = [(calibrated_confidence(v.evidence, v.label, model), v.correct) for v in verdicts]
    pairs = [(c, ok) for c, ok in scored if c is not None]
    confidence = np.array([c for c, _ok in pairs])
    correct = np.array([ok for _c, ok in pairs], dtype=float)
    rows, ece = [], 0.0
    for low, high in zip(BINS, BINS[1:], strict=False):
        inside = (confidence >= low) & (confidence < high)
        count = int(inside.sum())
        mean = float(confidence[inside].mean()) if count else None
        accuracy = float(correct[inside].mean()) if count else None
        if count:
            ece += count / len(pairs) * abs(mean - accuracy)  # type: ignore[operator]
        rows.append(
            ReliabilityRow(low=low, high=min(high, 1.0), verdicts=count, mean_confidence=mean, accuracy=accuracy)
        )
    escalated = confidence < bar
    wrong = correct == 0
    return Reliability(
        rows=rows,
        expected_calibration_error=round(ece, 3),
        brier=round(float(np.mean((confidence - correct) ** 2)), 3),
        escalated=round(float(escalated.mean()), 3),
        wrong_escalated=round(float(escalated[wrong].mean()), 3) if wrong.any() else 0.0,
        accuracy_kept=round(float(correct[~escalated].mean()), 3) if (~escalated).any() else None,
    )
