"""The retrieval eval's metrics on hand-checked rankings."""

from __future__ import annotations

import math

from evals.retrieval.metrics import RankedQuery, ndcg_at, recall_at, reciprocal_rank, summarise


def test_recall_is_capped_at_k() -> None:
    query = RankedQuery(ranked=["a", "x", "b"], relevant={"a", "b", "c"})
    assert recall_at(query, 1) == 1.0
    assert recall_at(query, 3) == 2 / 3


def test_reciprocal_rank_and_ndcg() -> None:
    query = RankedQuery(ranked=["x", "a"], relevant={"a"})
    assert reciprocal_rank(query) == 0.5
    assert math.isclose(ndcg_at(query, 10), 1 / math.log2(3))


def test_summary_averages_over_queries() -> None:
    metrics = summarise(
        [RankedQuery(ranked=["a"], relevant={"a"}), RankedQuery(ranked=["x"], relevant={"a"})]
    )
    assert metrics.queries == 2
    assert metrics.recall_at[1] == 0.5
    assert metrics.mrr == 0.5
