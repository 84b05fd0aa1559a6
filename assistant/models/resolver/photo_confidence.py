"""Calibrated confidence of a photo-only triage verdict, from the evidence that produced it.

A logistic model over the similarity to the ordered variant, its margin to the best catalog match, the
colour reading's certainty and the defect / crushed scores, the label and the score that backs that label
(the defect score for a defect, the crushed score for shipping damage, the absence of both for "not a
problem", the colour certainty for a wrong colour, the margin for a wrong item) gives the probability that
the verdict is right. It is fitted by `vitrine eval photo-triage --fit` on cases of the `train` products and
its reliability is reported on the `holdout` products (evals/photo_triage/REPORT.md).

The escalation bar is fitted with it, on the same train verdicts (evals/photo_triage/escalation.py): a verdict
below `escalate_below` goes to a person. The graph reads it from here (`ESCALATE_BELOW`), so the eval that
scores the bar and the product that applies it agree.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from assistant.models.contracts import TriageLabel
from assistant.models.requests import PhotoEvidence

MODEL_PATH = Path(__file__).with_name("photo_confidence.json")
DEFAULT_BAR = 0.6  # a model saved without a chosen bar
LABELS = (
    TriageLabel.NOT_A_PROBLEM,
    TriageLabel.WRONG_COLOUR_OR_SIZE,
    TriageLabel.WRONG_ITEM,
    TriageLabel.PRODUCT_DEFECT,
    TriageLabel.SHIPPING_DAMAGE,
)


class ConfidenceModel(BaseModel):
    coef: list[float]
    intercept: float
    fitted_on: str
    escalate_below: float = DEFAULT_BAR  # chosen on the train verdicts: evals/photo_triage/escalation.py


def evidence_features(evidence: PhotoEvidence, label: TriageLabel) -> np.ndarray | None:
    """The numbers a verdict rests on; None when the evidence lacks them (no photo model ran)."""
    if evidence.similarity_to_ordered is None or evidence.defect_score is None or evidence.crushed_score is None:
        return None
    ordered = evidence.similarity_to_ordered
    best = evidence.best_similarity if evidence.best_similarity is not None else ordered
    colour = evidence.colour_confidence if evidence.colour_confidence is not None else 0.5
    onehot = [float(label is known) for known in LABELS]
    support = {
        TriageLabel.NOT_A_PROBLEM: 1.0 - max(evidence.defect_score, evidence.crushed_score),
        TriageLabel.PRODUCT_DEFECT: evidence.defect_score,
        TriageLabel.SHIPPING_DAMAGE: evidence.crushed_score,
        TriageLabel.WRONG_COLOUR_OR_SIZE: colour,
        TriageLabel.WRONG_ITEM: best - ordered,
    }.get(label, 0.0)
    return np.array(
        [ordered, best - ordered, colour, evidence.defect_score, evidence.crushed_score, *onehot, support]
    )


def calibrated_confidence(
    evidence: PhotoEvidence | None, label: TriageLabel, model: ConfidenceModel | None = None
) -> float | None:
    """P(the photo-only verdict is right), or None without the evidence or a model fitted on these features."""
    features = evidence_features(evidence, label) if evidence is not None else None
    model = model or shipped_confidence_model()
    if features is None or model is None or len(model.coef) != features.size:
        return None
    z = float(features @ np.asarray(model.coef) + model.intercept)
    return round(1.0 / (1.0 + np.exp(-z)), 3)


@functools.cache
def shipped_confidence_model() -> ConfidenceModel | None:
    if not MODEL_PATH.is_file():
        return None
    return ConfidenceModel.model_validate_json(MODEL_PATH.read_text())


def escalation_bar() -> float:
    """Below this confidence a verdict goes to a person: the bar chosen with the shipped model."""
    model = shipped_confidence_model()
    return model.escalate_below if model is not None else DEFAULT_BAR


ESCALATE_BELOW = escalation_bar()
