"""Colour classifier variants on the eval's product-grouped folds (issue 19, fifth round):

    python -m evals.enrichment.colour_screen --work-dir /work/cache/NAME/eval [VARIANT ...]

The harness reads each held-out colourway on its main view in the garment region of its catalog category (the
reader uses the region of the category it read: the two agreed to the third decimal before) and a product's
colourways as different colours (`reader.distinct_colours`), as the reader does. Every variant is fitted on the
training fold's products only (`crossval.folds_of`, the eval's folds); the classifier's C is chosen by inner
product-grouped folds (`fit.fit_colour`) unless a variant fixes it.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from evals.enrichment.crossval import folds_of
from evals.enrichment.dataset import PhotoTable, photo_table
from evals.enrichment.fit import _colour_row, fit_colour, main_views
from evals.enrichment.metrics import Outcome, score
from tools.catalog.colour_features import COLOUR_NAMES
from tools.catalog.enrichment.reader import distinct_colours

Fitter = Callable[[PhotoTable, list[int]], Callable[[list[int]], np.ndarray]]


def shipped(table: PhotoTable, train: list[int]) -> Callable[[list[int]], np.ndarray]:
    model = fit_colour(table, train)
    return lambda rows: np.stack([np.atleast_2d(model.probabilities(_colour_row(table, i)))[0] for i in rows])


def fixed(c: float) -> Fitter:
    def fitter(table: PhotoTable, train: list[int]) -> Callable[[list[int]], np.ndarray]:
        model = fit_colour(table, train, c)
        return lambda rows: np.stack([np.atleast_2d(model.probabilities(_colour_row(table, i)))[0] for i in rows])

    return fitter


def _training(table: PhotoTable, train: list[int], row: Callable[[int], np.ndarray]
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The training photos' features and labels, weighted by inverse class frequency."""
    photos = [i for i in train if table.photos[i].colour]
    labels = np.array([table.photos[i].colour for i in photos])
    classes, counts = np.unique(labels, return_counts=True)
    frequency = dict(zip(classes, counts, strict=True))
    weights = np.array([len(labels) / (len(classes) * frequency[label]) for label in labels])
    return np.stack([row(i) for i in photos]), labels, weights


def _probabilities(model: object, classes: Sequence[str], x: np.ndarray) -> np.ndarray:
    p = np.zeros((len(x), len(COLOUR_NAMES)))
    p[:, [COLOUR_NAMES.index(c) for c in classes]] = model.predict_proba(x)  # type: ignore[attr-defined]
    return p + 1e-6


def svm(table: PhotoTable, train: list[int]) -> Callable[[list[int]], np.ndarray]:
    """An RBF support vector machine (scikit-learn defaults, classes balanced), Platt probabilities."""
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    x, y, w = _training(table, train, lambda i: _colour_row(table, i))
    model = make_pipeline(StandardScaler(), SVC(probability=True, random_state=0)).fit(x, y, svc__sample_weight=w)
    classes = [str(c) for c in model.classes_]
    return lambda rows: _probabilities(model, classes, np.stack([_colour_row(table, i) for i in rows]))


def with_whole(table: PhotoTable, train: list[int]) -> Callable[[list[int]], np.ndarray]:
    """Logistic regression (balanced, C 0.03) on the garment region's features beside the whole subject's."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from tools.catalog.colour import GarmentRegion

    def row(i: int) -> np.ndarray:
        return np.concatenate([_colour_row(table, i), table.colour[GarmentRegion.WHOLE][i]])

    x, y, w = _training(table, train, row)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.03, max_iter=3000)).fit(
        x, y, logisticregression__sample_weight=w)
    classes = [str(c) for c in model.classes_]
    return lambda rows: _probabilities(model, classes, np.stack([row(i) for i in rows]))


VARIANTS: dict[str, Fitter] = {"shipped": shipped, "C=0.01": fixed(0.01), "C=0.03": fixed(0.03), "svm": svm,
                               "with-whole": with_whole}


def run(table: PhotoTable, fitter: Fitter) -> dict[str, object]:
    outcomes: list[Outcome] = []
    everything = set(range(len(table.photos)))
    for fold, held in enumerate(folds_of(table)):
        train = sorted(everything - set(held.tolist()))
        predict = fitter(table, train)
        by_product: dict[str, list[int]] = defaultdict(list)
        for i in main_views(table, held.tolist()):
            by_product[table.photos[i].product_id].append(i)
        for rows in by_product.values():
            readings = list(predict(rows))
            for i, best in zip(rows, distinct_colours(readings), strict=True):
                truth = table.photos[i].colour or ""
                outcomes.append(Outcome(fold, truth, COLOUR_NAMES[best], COLOUR_NAMES[best] == truth))
    s = score(outcomes)
    return {"macro_recall": s.macro_recall, "accuracy": s.accuracy, "fold_sd": s.fold_macro_recall_std,
            "folds": s.fold_macro_recall, "by_class": s.recall_by_class}


def main(argv: Sequence[str] | None = None) -> None:
    from pathlib import Path

    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="*", default=["shipped"])
    parser.add_argument("--work-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    table = photo_table(Path("../shared/data/magento-catalog"), args.work_dir)
    for name in args.variants:
        print(name, json.dumps(run(table, VARIANTS[name])), flush=True)  # noqa: T201


if __name__ == "__main__":
    main()
