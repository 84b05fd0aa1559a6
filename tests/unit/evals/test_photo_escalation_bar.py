"""The escalation bar is chosen on train verdicts by a budget of human work: the highest bar with at most that
share of the verdicts below it; the graph applies the bar saved with the shipped confidence model."""

from __future__ import annotations

import numpy as np

from assistant.models.resolver import photo_confidence
from assistant.steps import complaint
from evals.photo_triage.escalation import budget_bar


def test_the_bar_is_the_highest_within_the_budget() -> None:
    confidence = np.array([0.55, 0.62, 0.66, 0.71, 0.75, 0.8, 0.82, 0.85, 0.9, 0.93] * 2)
    correct = np.array([0, 0, 1, 0, 1, 1, 1, 1, 1, 0] * 2)
    chosen = budget_bar(confidence, correct, budget=0.2)
    assert chosen.bar == 0.66  # 0.55 and 0.62 below it: 20 %; at 0.67 the 0.66s join (30 %)
    assert chosen.escalated == 0.2 and chosen.wrong_escalated == 0.5 and chosen.right_below == 0.0


def test_no_verdict_below_the_lowest_bar_keeps_the_lowest() -> None:
    chosen = budget_bar(np.full(10, 0.3), np.ones(10), budget=0.1)
    assert chosen.bar == 0.5 and chosen.escalated == 1.0


def test_the_graph_applies_the_bar_saved_with_the_shipped_model() -> None:
    shipped = photo_confidence.shipped_confidence_model()
    assert shipped is not None
    assert complaint.ESCALATE_BELOW == shipped.escalate_below == photo_confidence.escalation_bar()
