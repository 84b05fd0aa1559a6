"""Product-grouped cross-validation of the reader: heads and colour classifier refitted on the other folds'
products, the held-out products read from all their photos (pooled) and from each photo alone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from evals.enrichment.dataset import PhotoTable
from evals.enrichment.fit import fit_colour, fit_heads
from evals.enrichment.metrics import Outcome
from tools.catalog.colour import GarmentRegion
from tools.catalog.enrichment.labels import PRODUCT_ATTRIBUTES, Attribute
from tools.catalog.enrichment.reader import PhotoEvidence, Suggestion, read_evidence

FOLDS = 5
SEED = 0
NONE = "(none)"  # the reader suggested no value (its category made the attribute not apply)
SCORED = (*PRODUCT_ATTRIBUTES, Attribute.COLOUR)


@dataclass
class Outcomes:
    """(fold, truth, predicted) per attribute, for one way of reading (pooled or single photo)."""

    rows: dict[Attribute, list[Outcome]] = field(default_factory=lambda: defaultdict(list))
    chosen: list[str] = field(default_factory=list)  # each fold's fitted choices (the heads' C)

    def add(self, fold: int, attribute: Attribute, truth: str, predicted: str, values: frozenset[str]) -> None:
        self.rows[attribute].append(Outcome(fold, truth, predicted, predicted in values | {truth}))


def folds_of(table: PhotoTable, folds: int = FOLDS, seed: int = SEED) -> list[np.ndarray]:
    """Held-out photo rows of each fold: all photos of a product (and of the products sharing a photo with it)
    in one fold, categories balanced."""
    products = np.array([p.group for p in table.photos])
    categories = np.array([p.truth[Attribute.CATEGORY] for p in table.photos])
    splitter = StratifiedGroupKFold(folds, shuffle=True, random_state=seed)
    return [held for _, held in splitter.split(table.network, categories, products)]


def cross_validate(
    table: PhotoTable, folds: int = FOLDS, seed: int = SEED, head_c: Mapping[str, float] | float | None = None
) -> tuple[Outcomes, Outcomes]:
    """Out-of-fold outcomes read from all of a product's photos, and from each photo alone. Every choice of
    the fit (the heads' and the colour classifier's C) is made inside each training fold (nested); `head_c`
    fixes the heads' C instead, one for all or one per head (the protocol before: chosen on these same folds)."""
    pooled, single = Outcomes(), Outcomes()
    everything = set(range(len(table.photos)))
    for fold, held in enumerate(folds_of(table, folds, seed)):
        train = sorted(everything - set(held.tolist()))
        heads = fit_heads(table, train, model_version=f"cv-fold-{fold}", fitted_on="cross-validation", c=head_c)
        pooled.chosen.append(heads.fitted_on)
        colour = fit_colour(table, train)
        pooled.chosen[-1] += f"; colour {colour.fitted_on}"
        by_product: dict[str, list[int]] = defaultdict(list)
        for i in held:
            by_product[table.photos[i].product_id].append(int(i))
        for rows in by_product.values():
            _score(table, fold, rows, read_evidence(_colourways(table, rows), heads=heads, colour_model=colour),
                   pooled)
            for i in rows:
                _score(table, fold, [i], read_evidence(_colourways(table, [i]), heads=heads, colour_model=colour),
                       single)
    return pooled, single


def _colourways(table: PhotoTable, rows: Sequence[int]) -> dict[str, list[PhotoEvidence]]:
    grouped: dict[str, list[PhotoEvidence]] = defaultdict(list)
    for i in rows:
        grouped[table.photos[i].colourway].append(_evidence(table, i))
    return grouped


def _evidence(table: PhotoTable, i: int) -> PhotoEvidence:
    def colour(region: GarmentRegion) -> np.ndarray:
        return table.colour[region][i]

    return PhotoEvidence(name=table.photos[i].colourway, network=table.network[i], colour=colour,
                         palette=lambda region: {})


def _score(table: PhotoTable, fold: int, rows: Sequence[int], suggestions: list[Suggestion], out: Outcomes) -> None:
    photo = table.photos[rows[0]]
    truth = photo.truth
    read = {s.attribute: s.value for s in suggestions if s.attribute in PRODUCT_ATTRIBUTES}
    for attribute in PRODUCT_ATTRIBUTES:
        if attribute in truth:
            out.add(fold, attribute, truth[attribute], read.get(attribute, NONE), photo.values[attribute])
    colours = {s.photo: s.value for s in suggestions if s.attribute == Attribute.COLOUR}
    for colourway in {table.photos[i].colourway for i in rows}:
        label = next(table.photos[i].colour for i in rows if table.photos[i].colourway == colourway)
        if label:
            out.add(fold, Attribute.COLOUR, label, colours.get(colourway, NONE), frozenset({label}))
