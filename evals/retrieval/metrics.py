"""Ranking metrics over labelled queries: recall@k, MRR and nDCG@10."""

from __future__ import annotations

import math
from collections.abc import Sequence

from pydantic import BaseModel


class RankedQuery(BaseModel):
    """One query's ranked result keys and the keys that count as relevant."""

    ranked: list[str]
    relevant: set[str]


class Metrics(BaseModel):
    queries: int
    recall_at: dict[int, float]
    mrr: float
    ndcg_at_10: float


def recall_at(query: RankedQuery, k: int) -> float:
    """Share of the relevant items in the top k, capped at k (so one relevant item found = 1.0)."""
    if not query.relevant:
        return 0.0
    found = len(set(query.ranked[:k]) & query.relevant)
    return found / min(len(query.relevant), k)


def reciprocal_rank(query: RankedQuery) -> float:
    for rank, key in enumerate(query.ranked, start=1):
        if key in query.relevant:
            return 1.0 / rank
    return 0.0


def ndcg_at(query: RankedQuery, k: int = 10) -> float:
    gains = sum(1 / math.log2(rank + 1) for rank, key in enumerate(query.ranked[:k], 1) if key in query.relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(query.relevant), k) + 1))
    return gains / ideal if ideal else 0.0


def summarise(queries: Sequence[RankedQuery], ks: Sequence[int] = (1, 5, 10)) -> Metrics:
    """Mean metrics over a query set."""
    count = max(len(queries), 1)
    return Metrics(
        queries=len(queries),
        recall_at={k: sum(recall_at(q, k) for q in queries) / count for k in ks},
        mrr=sum(reciprocal_rank(q) for q in queries) / count,
        ndcg_at_10=sum(ndcg_at(q, 10) for q in queries) / count,
    )
