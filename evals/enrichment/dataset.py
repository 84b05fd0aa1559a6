"""The labelled photos of the Magento catalog (every view of every product colour) and their cached features.

Three quirks of the sample data are handled here, where the labels are made:
- a photo listed by products of different categories (the bra tops WB01 and WB04 list the bags 24-WB01 and
  24-WB04's photos among their own, a file-name collision) belongs to the product that lists it first, its
  base image; the other product does not learn or get scored on a bag;
- products that share a photo (the stability ball in three sizes, the yoga strap in three lengths) are one
  cross-validation group, so the same photo is never in training and held out at once;
- a gear photo whose file name names another colour than its variant (24-MB02's `mb02-blue-0.jpg` under the
  single `Gray` variant) shows another colourway, one the catalog names no colour for: it is its own colourway
  with no colour label, never a `Gray` training example or a second `Gray` row.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Set
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from tools.catalog.colour import GarmentRegion
from tools.catalog.enrichment.features import FEATURE_VERSION, colour_features, photo_features
from tools.catalog.enrichment.labels import Attribute, catalog_values, product_truth
from tools.catalog.magento import colour_from_image, read_magento_catalog
from tools.catalog.records import ProductRecord

REGIONS = (GarmentRegion.UPPER, GarmentRegion.LOWER, GarmentRegion.WHOLE)
BATCH = 8


@dataclass(frozen=True)
class LabelledPhoto:
    product_id: str
    colour: str | None  # the variant colour this view shows (None: the catalog names none)
    image: str  # path relative to the catalog's images/
    truth: dict[Attribute, str]  # the catalog's (primary) value of each attribute it gives
    values: dict[Attribute, frozenset[str]]  # every value the catalog gives (multi-valued styles)
    group: str = ""  # cross-validation group: products that share a photo are one group
    colourway: str = ""  # product:colour, or product:file colour for a photo of an unnamed colourway

    def __post_init__(self) -> None:
        if not self.group:
            object.__setattr__(self, "group", self.product_id)
        if not self.colourway:
            object.__setattr__(self, "colourway", f"{self.product_id}:{self.colour}")


@dataclass(frozen=True)
class PhotoTable:
    """Each photo's network features and its colour features for every garment region."""

    photos: list[LabelledPhoto]
    network: np.ndarray  # photos x FEATURES
    colour: dict[GarmentRegion, np.ndarray]  # region -> photos x colour feature length
    seconds_per_photo: float  # feature time (decode, cut-out, network, colour) when the cache was built


def labelled_photos(source: Path) -> list[LabelledPhoto]:
    """Every photo of the catalog in `source` present under its images/, labelled (label_photos)."""
    return label_photos(read_magento_catalog(source), lambda image: (source / "images" / image).is_file())


def label_photos(products: list[ProductRecord], present: Callable[[str], bool]) -> list[LabelledPhoto]:
    """Every present photo of every product once, with its product's labels (module docstring: the quirks)."""
    borrowed = borrowed_photos(products)
    groups = photo_groups(products, borrowed)
    photos: list[LabelledPhoto] = []
    for product in products:
        truth, values = product_truth(product), catalog_values(product)
        seen: set[str] = set()
        for variant in product.variants:
            for image in variant.images:
                if image in seen or (product.id, image) in borrowed or not present(image):
                    continue
                seen.add(image)
                colour = variant.options.get("color")
                named = colour_from_image(image)
                if colour and named and named != colour:  # another colourway than the variant's: unnamed
                    photos.append(LabelledPhoto(product.id, None, image, truth, values, groups[product.id],
                                                f"{product.id}:{named}?"))
                else:
                    photos.append(LabelledPhoto(product.id, colour, image, truth, values, groups[product.id]))
    return photos


def _listings(products: list[ProductRecord]) -> dict[str, list[tuple[str, str | None, int]]]:
    """Image -> (product id, category, position among the variant's images) of every listing of it."""
    listings: dict[str, list[tuple[str, str | None, int]]] = {}
    for product in products:
        for variant in product.variants:
            for position, image in enumerate(variant.images):
                listings.setdefault(image, []).append((product.id, product.category_path, position))
    return listings


def borrowed_photos(products: list[ProductRecord]) -> set[tuple[str, str]]:
    """(product id, image) pairs where a product lists, after its own photo, a photo that a product of another
    category lists first: the photo shows that other product."""
    borrowed: set[tuple[str, str]] = set()
    for image, listed in _listings(products).items():
        if len({category for _, category, _ in listed}) < 2:
            continue
        first = min(position for _, _, position in listed)
        borrowed |= {(product, image) for product, _, position in listed if position > first}
    return borrowed


def photo_groups(products: list[ProductRecord], borrowed: Set[tuple[str, str]] = frozenset()) -> dict[str, str]:
    """Product id -> its cross-validation group: the first (catalog order) of the products it shares a photo
    with (other than a borrowed one), directly or through others."""
    parent = {p.id: p.id for p in products}

    def root(product: str) -> str:
        while parent[product] != product:
            parent[product] = parent[parent[product]]
            product = parent[product]
        return product

    order = {p.id: i for i, p in enumerate(products)}
    for image, listed in _listings(products).items():
        owners = sorted({root(product) for product, _, _ in listed if (product, image) not in borrowed},
                        key=order.__getitem__)
        for other in owners[1:]:  # owners are roots: merging them joins their groups
            parent[other] = owners[0]
    return {p.id: root(p.id) for p in products}


def photo_table(source: Path, work_dir: Path, progress: bool = True) -> PhotoTable:
    """The features of every labelled photo, computed once per image file and cached in `work_dir` (a photo
    two products list is read once; images new to the cache are read and added)."""
    photos = labelled_photos(source)
    cache = work_dir / f"features-{FEATURE_VERSION.replace('/', '-')}-by-image.npz"
    known: dict[str, np.ndarray] = dict(np.load(cache)) if cache.is_file() else {}
    index = {str(image): i for i, image in enumerate(known.get("images", []))}
    missing = sorted({p.image for p in photos} - set(index))
    if missing:
        known = _add_features(source, known, missing, progress)
        index = {str(image): i for i, image in enumerate(known["images"])}
        work_dir.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(cache, **known)  # type: ignore[arg-type]
    rows = [index[p.image] for p in photos]
    return PhotoTable(
        photos,
        known["network"][rows],
        {region: known[f"colour_{region.value}"][rows] for region in REGIONS},
        float(known["seconds_per_photo"]),
    )


def _add_features(source: Path, known: dict[str, np.ndarray], images: list[str], progress: bool
                  ) -> dict[str, np.ndarray]:
    network: list[np.ndarray] = []
    colour: dict[GarmentRegion, list[np.ndarray]] = {region: [] for region in REGIONS}
    started = time.perf_counter()
    for start in tqdm(range(0, len(images), BATCH), desc="photo features", disable=not progress):
        chunk = images[start : start + BATCH]
        for features in photo_features([source / "images" / image for image in chunk], batch_size=BATCH):
            network.append(features.network)
            for region in REGIONS:
                colour[region].append(colour_features(features, region))
    seconds = (time.perf_counter() - started) / len(images)
    arrays = {"images": np.asarray(images), "network": np.stack(network)}
    arrays |= {f"colour_{region.value}": np.stack(values) for region, values in colour.items()}
    if known:
        arrays = {key: np.concatenate([known[key], value]) for key, value in arrays.items()}
    arrays["seconds_per_photo"] = np.asarray(known.get("seconds_per_photo", seconds))
    return arrays
