"""The unseen-view sweep's pieces: the face mask redaction uses, the validation third, the product-mean rows."""

from __future__ import annotations

from typing import Any

import numpy as np

from evals.retrieval.head_train import fold_of
from evals.retrieval.masked_views import flat_faces
from evals.retrieval.view_sweep import _aggregated, val_of


def test_a_face_box_is_covered_with_its_own_average_colour_and_nothing_else_changes() -> None:
    rgb = np.zeros((10, 10, 3), np.uint8)
    rgb[2:4, 2:4] = [200, 100, 0]
    rgb[2:4, 4:6] = [0, 100, 200]
    masked = flat_faces(rgb, [(2, 2, 4, 2)])
    assert (masked[2:4, 2:6] == [100, 100, 100]).all()
    assert (masked[:2] == 0).all() and (masked[4:] == 0).all() and (rgb[2:4, 2:4] == [200, 100, 0]).all()


def test_the_validation_third_cuts_across_every_fold() -> None:
    products = [f"P{i:03d}" for i in range(300)]
    for fold in range(3):
        in_fold = [p for p in products if fold_of(p, 3) == fold]
        share = np.mean([val_of(p) for p in in_fold])
        assert 0.2 < share < 0.45  # independent of the folds: about a third of each


class _Catalog:
    """Two products: A with views 0 and 1 (one colour), B with view 2."""

    pid = np.array([0, 0, 1])
    kid = np.array([0, 0, 1])
    key_product = np.array([0, 1])


def _scores(agg: str) -> np.ndarray:
    base = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]])
    query = np.array([1.0, 0.0])  # view 0 is the query: A's mean must be view 1 alone
    sums, counts = np.array([base[0] + base[1], base[2]]), np.array([2, 1])
    best = np.array([0.0, 0.6])  # A's best other view (view 1), B's view
    catalog: Any = _Catalog()
    return _aggregated(agg, best, query, 0, catalog, base, sums, counts, sums.copy(), counts)


def test_a_product_mean_row_leaves_the_query_view_out_of_its_own_products_mean() -> None:
    assert np.allclose(_scores("max|pmean"), [0.0, 0.6])  # had view 0 stayed in A's mean, A would score 0.707
    assert np.allclose(_scores("max+1.0"), [0.0, 1.2])
