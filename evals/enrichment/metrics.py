"""Accuracy, macro recall, the confusion table and the spread across folds of one attribute's outcomes.

A suggestion is right (`hit`) when it is one of the catalog's values for the product; for multi-valued styles
the strict figures (`*_primary`) also count it right only when it is the primary value (labels.py).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from pydantic import BaseModel


class Outcome(NamedTuple):
    fold: int
    truth: str  # the catalog's primary value
    predicted: str
    hit: bool  # the prediction is one of the catalog's values


class AttributeScore(BaseModel):
    count: int
    accuracy: float
    macro_recall: float
    accuracy_primary: float
    macro_recall_primary: float
    recall_by_class: dict[str, float]
    support_by_class: dict[str, int]
    fold_macro_recall: list[float]
    fold_macro_recall_std: float
    confusion: dict[str, dict[str, int]]  # primary truth -> predicted -> count


def macro_recall(rows: Sequence[tuple[str, bool]]) -> float:
    """Mean over truth classes of the share of their rows that are hits."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for truth, hit in rows:
        totals[truth] += 1
        hits[truth] += hit
    return sum(hits[c] / totals[c] for c in totals) / len(totals) if totals else 0.0


def score(rows: Sequence[Outcome]) -> AttributeScore:
    totals = Counter(row.truth for row in rows)
    hits = Counter(row.truth for row in rows if row.hit)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    folds: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    for row in rows:
        confusion[row.truth][row.predicted] += 1
        folds[row.fold].append((row.truth, row.hit))
    per_fold = [round(macro_recall(folds[f]), 4) for f in sorted(folds)]
    count = len(rows) or 1
    return AttributeScore(
        count=len(rows),
        accuracy=round(sum(hits.values()) / count, 4),
        macro_recall=round(macro_recall([(r.truth, r.hit) for r in rows]), 4),
        accuracy_primary=round(sum(r.truth == r.predicted for r in rows) / count, 4),
        macro_recall_primary=round(macro_recall([(r.truth, r.truth == r.predicted) for r in rows]), 4),
        recall_by_class={c: round(hits[c] / totals[c], 4) for c in sorted(totals)},
        support_by_class=dict(sorted(totals.items())),
        fold_macro_recall=per_fold,
        fold_macro_recall_std=round(statistics.pstdev(per_fold), 4) if per_fold else 0.0,
        confusion={t: dict(sorted(c.items())) for t, c in sorted(confusion.items())},
    )
