"""The escalation bar, chosen on train-product verdicts: a fixed budget of human work.

Rule: the highest bar (on a 0.01 grid) below which at most `budget` (10 %) of the train verdicts fall, so a
person looks at as many doubted verdicts as the budget allows, the wrong ones caught growing with the bar.
The confidences it is chosen on are out of fold (5-fold, 5 shuffles, the model refitted on the other folds):
the model's confidence on the very verdicts it was fitted on is too sure of them and would put too few below
any bar. The holdout verdicts are not used.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel
from sklearn.model_selection import StratifiedKFold

from assistant.models.resolver.photo_confidence import evidence_features
from evals.photo_triage.runner import Verdict

BUDGET = 0.10  # share of photo-only verdicts a person may be asked to look at
GRID = np.round(np.arange(0.50, 0.951, 0.01), 2)
FOLDS, SHUFFLES = 5, 5


class ChosenBar(BaseModel):
    bar: float
    budget: float
    escalated: float  # share of the train verdicts below the bar (out of fold)
    wrong_escalated: float  # share of the wrong train verdicts below it
    right_below: float | None  # how often the verdicts below it were right


def budget_bar(confidence: np.ndarray, correct: np.ndarray, budget: float = BUDGET) -> ChosenBar:
    """The highest grid bar with at most `budget` of the verdicts below it, and what it does on them."""
    fits = [bar for bar in GRID if (confidence < bar).mean() <= budget]
    bar = float(max(fits)) if fits else float(GRID[0])
    below = confidence < bar
    wrong = ~correct.astype(bool)
    return ChosenBar(
        bar=bar,
        budget=budget,
        escalated=round(float(below.mean()), 3),
        wrong_escalated=round(float(below[wrong].mean()), 3) if wrong.any() else 0.0,
        right_below=round(float(correct[below].mean()), 3) if below.any() else None,
    )


def out_of_fold_confidence(verdicts: Sequence[Verdict], fit) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """Each verdict's confidence from models fitted without it, averaged over shuffles; and whether it was right.
    `fit(features, correct)` returns a fitted scikit-learn classifier."""
    scored = [(f, v.correct) for v in verdicts if (f := evidence_features(v.evidence, v.label)) is not None]
    features = np.stack([f for f, _c in scored])
    correct = np.array([c for _f, c in scored], dtype=float)
    total = np.zeros(len(scored))
    for seed in range(SHUFFLES):
        for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(features, correct):
            total[test] += fit(features[train], correct[train]).predict_proba(features[test])[:, 1]
    return total / SHUFFLES, correct


def choose_bar(verdicts: Sequence[Verdict], fit, budget: float = BUDGET) -> ChosenBar:  # noqa: ANN001
    confidence, correct = out_of_fold_confidence(verdicts, fit)
    return budget_bar(confidence, correct, budget)
