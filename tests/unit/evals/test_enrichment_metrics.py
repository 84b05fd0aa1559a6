"""The enrichment eval's figures: macro recall over the catalog's classes, hits on any catalog value, folds."""

from __future__ import annotations

import pytest

from evals.enrichment.metrics import Outcome, macro_recall, score


def test_macro_recall_weighs_every_class_alike() -> None:
    rows = [("Solid", True)] * 9 + [("Solid", False)] + [("Striped", False)]
    assert macro_recall(rows) == pytest.approx((0.9 + 0.0) / 2)
    assert macro_recall([]) == 0.0


def test_a_suggestion_among_the_catalogs_values_is_a_hit_but_not_a_primary_one() -> None:
    rows = [
        Outcome(0, "Sweatpants", "Track Pants", True),  # the product also lists Track Pants
        Outcome(0, "Sweatpants", "Sweatpants", True),
        Outcome(1, "Capri", "Leggings", False),
        Outcome(1, "Capri", "Capri", True),
    ]
    result = score(rows)
    assert result.accuracy == 0.75 and result.accuracy_primary == 0.5
    assert result.macro_recall == pytest.approx((1.0 + 0.5) / 2)
    assert result.macro_recall_primary == pytest.approx((0.5 + 0.5) / 2)
    assert result.fold_macro_recall == [1.0, 0.5] and result.fold_macro_recall_std == 0.25
    assert result.confusion["Capri"] == {"Capri": 1, "Leggings": 1}
