"""The catalog's views (every photo of every product colour) and the leave-one-view-out ranking."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydantic import BaseModel

from evals.retrieval.queries import _view
from evals.retrieval.runner import catalog_documents


class View(BaseModel):
    path: str
    product_id: str
    key: str  # product:colour
    kind: str  # main, back, alt1, ...


def catalog_views(source: Path) -> list[View]:
    views = []
    for document in catalog_documents(source):
        for path in [document.image_path, *document.extra_images]:
            if path:
                views.append(View(path=path, product_id=document.product_id, key=document.key, kind=_view(path)))
    return views


def _ranks(query: np.ndarray, index: np.ndarray, views: list[View], queries: list[int]) -> list[tuple[int, int | None]]:
    """Per query: the rank of its product, and of its exact colour when that colour has another view."""
    similarity = query @ index.T
    products = sorted({v.product_id for v in views})
    keys = sorted({v.key for v in views})
    product_of = np.array([products.index(v.product_id) for v in views])
    key_of = np.array([keys.index(v.key) for v in views])
    ranks = []
    for n, i in enumerate(queries):
        row = similarity[n].copy()
        row[i] = -np.inf  # the query's own view is never in the index
        product_best = np.full(len(products), -np.inf)
        np.maximum.at(product_best, product_of, row)
        key_best = np.full(len(keys), -np.inf)
        np.maximum.at(key_best, key_of, row)
        own_product, own_key = product_of[i], key_of[i]
        product_rank = int((product_best > product_best[own_product]).sum())
        has_other_view = bool(((key_of == own_key) & (np.arange(len(views)) != i)).any())
        key_rank = int((key_best > key_best[own_key]).sum()) if has_other_view else None
        ranks.append((product_rank, key_rank))
    return ranks
