"""Labelled colour samples (classifier features of catalog photos and perturbed copies) and the
product-grouped cross-validation that scores the colour classifier out of sample."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from evals.retrieval.perturb import PERTURBATIONS, perturbed
from tools.catalog.colour import features_of, name_colour, region_for_category
from tools.catalog.colour_features import colour_features
from tools.catalog.colour_model import ColourModel, fit_colour_model
from tools.catalog.photos import cut_out, lab_pixels, open_photo
from tools.catalog.records import IndexDocument

QUERY_SIDE = 384  # as the retrieval queries: perturbations work on a reduced copy, as a phone upload would be
CATALOG_PHOTO = "catalog photo"
EVAL_KINDS = (CATALOG_PHOTO, "crop", "rotation", "background", "lighting")
# Training copies are drawn with seeds this far from the eval's draws, so no scored copy is trained on.
AUGMENT_PREFIX = "augmented "
AUGMENT_SEED_OFFSET = 1_000_003
SWATCH = "palette swatch"
FOLDS = 5


@dataclass(frozen=True)
class ColourSample:
    product_id: str
    label: str
    kind: str  # an EVAL_KINDS entry, or AUGMENT_PREFIX + a perturbation (training only)
    features: np.ndarray


def labelled_documents(documents: Sequence[IndexDocument]) -> list[IndexDocument]:
    return [d for d in documents if d.colour and d.image_path]


def colour_samples(
    source: Path,
    documents: Sequence[IndexDocument],
    seed: int,
    *,
    kinds: Sequence[str] = EVAL_KINDS,
    augment: bool = True,
    progress: bool = True,
) -> list[ColourSample]:
    """Features of each labelled photo as the eval sees it (`kinds`, the i-th photo perturbed with seed
    `seed + i` as the retrieval queries are) and, with `augment`, one more copy per perturbation for training."""
    samples = []
    labelled = labelled_documents(documents)
    for number, document in enumerate(tqdm(labelled, desc="colour features", disable=not progress)):
        image = open_photo(source / "images" / str(document.image_path), side=QUERY_SIDE)
        region = region_for_category(document.category_path)
        copies = [(kind, kind, seed + number) for kind in kinds]
        if augment:
            copies += [(AUGMENT_PREFIX + k, k, seed + number + AUGMENT_SEED_OFFSET) for k in PERTURBATIONS]
        for kind, perturbation, draw in copies:
            photo = image if perturbation == CATALOG_PHOTO else perturbed(image, perturbation, draw)
            samples.append(
                ColourSample(
                    product_id=document.product_id,
                    label=str(document.colour),
                    kind=kind,
                    features=features_of(cut_out(photo), region),
                )
            )
    return samples


def palette_swatches() -> list[ColourSample]:
    """Flat sRGB swatches over the colour space, each named by the hand-set palette (`name_colour`).

    The catalog has few photos of some colours (7 brown); these anchor the classifier to the palette on
    plain, unambiguous colours. They hold no catalog label, so they join every training fold.
    """
    levels = np.arange(12, 256, 24, dtype=np.uint8)
    rgb = np.stack(np.meshgrid(levels, levels, levels, indexing="ij"), axis=-1).reshape(-1, 1, 3)
    lab = lab_pixels(rgb).reshape(-1, 3)
    noise = np.random.default_rng(0).normal(0.0, 1.5, (64, 3))
    samples = []
    for colour in lab:
        name = name_colour(colour)
        features = colour_features(colour + noise, {name: 1.0})
        samples.append(ColourSample(product_id=f"swatch:{name}", label=name, kind=SWATCH, features=features))
    return samples


def is_training_kind(kind: str) -> bool:
    """The classifier learns from catalog photos, their training copies and palette swatches, never from
    the eval's draws."""
    return kind in (CATALOG_PHOTO, SWATCH) or kind.startswith(AUGMENT_PREFIX)


def fold_of(product_id: str, folds: int = FOLDS) -> int:
    """A product's cross-validation fold, by a stable hash of its id: all its colourways share the fold."""
    return zlib.crc32(f"colour-fold:{product_id}".encode()) % folds


def fit_on(samples: Sequence[ColourSample], l2: float | None = None, fitted_on: str = "") -> ColourModel:
    chosen = [s for s in samples if is_training_kind(s.kind)]
    features = np.stack([s.features for s in chosen])
    labels = [s.label for s in chosen]
    if l2 is None:
        return fit_colour_model(features, labels, fitted_on=fitted_on)
    return fit_colour_model(features, labels, l2=l2, fitted_on=fitted_on)


def out_of_fold_names(samples: Sequence[ColourSample], folds: int = FOLDS, l2: float | None = None) -> list[str]:
    """Each sample's colour as named by a classifier fitted on the other folds' products only."""
    names = [""] * len(samples)
    fold = [fold_of(s.product_id, folds) for s in samples]
    swatches = palette_swatches()
    for held in range(folds):
        model = fit_on([s for s, f in zip(samples, fold, strict=True) if f != held] + swatches, l2)
        members = [i for i, f in enumerate(fold) if f == held]
        if members:
            predicted = model.predict(np.stack([samples[i].features for i in members]))
            for i, name in zip(members, predicted, strict=True):
                names[i] = name
    return names


def held_out_names(samples: Sequence[ColourSample], is_train: Sequence[bool]) -> list[str]:
    """Each sample's colour as named by a classifier fitted on the `is_train` products only."""
    model = fit_on([s for s, train in zip(samples, is_train, strict=True) if train] + palette_swatches())
    return model.predict(np.stack([s.features for s in samples]))
