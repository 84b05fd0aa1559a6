"""The labelled photos of the Magento catalog (every view of every product colour) and their cached features."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from tools.catalog.colour import GarmentRegion
from tools.catalog.enrichment.features import FEATURE_VERSION, colour_features, photo_features
from tools.catalog.enrichment.labels import Attribute, catalog_values, product_truth
from tools.catalog.magento import read_magento_catalog

REGIONS = (GarmentRegion.UPPER, GarmentRegion.LOWER, GarmentRegion.WHOLE)
BATCH = 8


@dataclass(frozen=True)
class LabelledPhoto:
    product_id: str
    colour: str | None  # the variant colour this view shows (None: the catalog names none)
    image: str  # path relative to the catalog's images/
    truth: dict[Attribute, str]  # the catalog's (primary) value of each attribute it gives
    values: dict[Attribute, frozenset[str]]  # every value the catalog gives (multi-valued styles)

    @property
    def colourway(self) -> str:
        return f"{self.product_id}:{self.colour}"


@dataclass(frozen=True)
class PhotoTable:
    """Each photo's network features and its colour features for every garment region."""

    photos: list[LabelledPhoto]
    network: np.ndarray  # photos x FEATURES
    colour: dict[GarmentRegion, np.ndarray]  # region -> photos x colour feature length
    seconds_per_photo: float  # feature time (decode, cut-out, network, colour) when the cache was built


def labelled_photos(source: Path) -> list[LabelledPhoto]:
    photos: list[LabelledPhoto] = []
    for product in read_magento_catalog(source):
        truth, values = product_truth(product), catalog_values(product)
        seen: set[str] = set()
        for variant in product.variants:
            for image in variant.images:
                if image not in seen and (source / "images" / image).is_file():
                    seen.add(image)
                    photos.append(LabelledPhoto(product.id, variant.options.get("color"), image, truth, values))
    return photos


def photo_table(source: Path, work_dir: Path, progress: bool = True) -> PhotoTable:
    """The features of every labelled photo, computed once and cached in `work_dir`."""
    photos = labelled_photos(source)
    cache = work_dir / f"features-{FEATURE_VERSION.replace('/', '-')}-{len(photos)}.npz"
    if cache.is_file():
        data = np.load(cache)
        return PhotoTable(
            photos,
            data["network"],
            {region: data[f"colour_{region.value}"] for region in REGIONS},
            float(data["seconds_per_photo"]),
        )
    network: list[np.ndarray] = []
    colour: dict[GarmentRegion, list[np.ndarray]] = {region: [] for region in REGIONS}
    started = time.perf_counter()
    for start in tqdm(range(0, len(photos), BATCH), desc="photo features", disable=not progress):
        chunk = photos[start : start + BATCH]
        for features in photo_features([source / "images" / p.image for p in chunk], batch_size=BATCH):
            network.append(features.network)
            for region in REGIONS:
                colour[region].append(colour_features(features, region))
    seconds = (time.perf_counter() - started) / len(photos)
    table = PhotoTable(photos, np.stack(network), {r: np.stack(v) for r, v in colour.items()}, seconds)
    work_dir.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {f"colour_{region.value}": table.colour[region] for region in REGIONS}
    arrays |= {"network": table.network, "seconds_per_photo": np.asarray(seconds)}
    np.savez_compressed(cache, **arrays)  # type: ignore[arg-type]
    return table
