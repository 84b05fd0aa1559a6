"""The enrichment heads' model selection is nested: each head's C is chosen by inner product-grouped folds of
the training rows alone, never by the rows held out of the fit."""

from __future__ import annotations

import numpy as np

from evals.enrichment.dataset import LabelledPhoto, PhotoTable
from evals.enrichment.fit import HEAD_C, choose_head_c, fit_heads, inner_folds
from tools.catalog.colour import GarmentRegion
from tools.catalog.enrichment.features import FEATURES
from tools.catalog.enrichment.heads import TRAINED
from tools.catalog.enrichment.labels import Attribute

CATEGORIES = ("Men/Tops/Tees", "Women/Tops/Tees", "Men/Bottoms/Pants", "Women/Bottoms/Pants")


def _table(products: int = 32, views: int = 2) -> PhotoTable:
    rng = np.random.default_rng(0)
    photos, rows = [], []
    for k in range(products):
        category = CATEGORIES[k % len(CATEGORIES)]
        style = ("Tee" if k % 2 else "Tank") if "Tops" in category else None
        truth = {Attribute.CATEGORY: category, Attribute.GENDER: category.split("/")[0],
                 Attribute.PATTERN: "Solid" if k % 3 else "Striped"}
        if style:
            truth[Attribute.STYLE_GENERAL] = style
        else:
            truth[Attribute.STYLE_BOTTOM] = "Sweatpants" if k % 2 else "Capri"
        values = {a: frozenset({v}) for a, v in truth.items()}
        signal = np.zeros(FEATURES)
        signal[CATEGORIES.index(category)] = 3.0
        signal[10 + (k % 3 == 0)] = 3.0
        for _ in range(views):
            photos.append(LabelledPhoto(f"P{k}", "Blue", f"p{k}-{len(rows)}.jpg", truth, values))
            rows.append(signal + rng.normal(0, 1, FEATURES))
    network = np.asarray(rows, dtype=np.float32)
    colour = {region: np.zeros((len(photos), 4), dtype=np.float32) for region in GarmentRegion}
    return PhotoTable(photos, network, colour, 0.0)


def test_inner_folds_keep_a_product_s_photos_together_and_stay_inside_the_rows() -> None:
    table = _table()
    rows = list(range(0, 48))
    for train, held in inner_folds(table, rows, 4):
        assert set(train) | set(held) == set(rows) and not set(train) & set(held)
        assert not {table.photos[i].group for i in train} & {table.photos[i].group for i in held}


def test_each_head_s_c_is_chosen_from_the_grid_without_looking_at_rows_outside_the_fit() -> None:
    table = _table()
    rows = list(range(0, 48))
    table.network[48:] = np.nan  # the held-out products: any use of them would poison the choice
    chosen = choose_head_c(table, rows)
    assert set(chosen) == set(TRAINED) and all(c in HEAD_C for c in chosen.values())
    heads = fit_heads(table, rows, model_version="t", fitted_on="test")
    assert all(np.isfinite(head.weights).all() for head in heads.heads.values())
    assert heads.fitted_on.startswith("test; C category_type ")


def test_a_fixed_c_is_used_for_every_head_and_recorded() -> None:
    heads = fit_heads(_table(8), list(range(16)), model_version="t", fitted_on="", c=0.01)
    assert heads.fitted_on == "C " + ", ".join(f"{name} 0.01" for name in TRAINED)
