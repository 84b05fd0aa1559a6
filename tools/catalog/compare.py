"""Comparing a customer's photo with the catalog photos of the variant they ordered (photo complaints)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

import cv2
import numpy as np
from pydantic import BaseModel
from qdrant_client import models

from tools.catalog.colour import ColourReading, read_colour, region_for_category
from tools.catalog.defects import DamageReading, read_damage
from tools.catalog.index import IMAGE, CatalogIndex
from tools.catalog.left_out import Region
from tools.catalog.left_out import left_out as left_out_regions
from tools.catalog.photos import Cutout, ImageInput, cut_out
from tools.catalog.search import ProductCard, search_products

# The ordered product counts as shown when its closest colour is this near (cosine) to the best match in
# the whole catalog: the same product photographed at home rarely beats every other catalog photo.
SAME_PRODUCT_MARGIN = 0.02
EQUIVALENT_COLOURS = {"lavender": "purple"}


class PhotoVerdict(StrEnum):
    MATCHES = "matches"
    WRONG_COLOUR = "wrong_colour"
    WRONG_ITEM = "wrong_item"


class VariantNotIndexed(LookupError):
    """No indexed product colour holds this sku."""


class PhotoComparison(BaseModel):
    """Whether a customer photo shows the ordered product, in the ordered colour, and what it matches best."""

    ordered_sku: str
    ordered_product_id: str
    ordered_colour: str | None
    photo_colour: ColourReading
    same_product: bool
    same_colour: bool
    verdict: PhotoVerdict
    closest_colour_of_ordered: str | None  # among the ordered product's colours, the closest photo
    similarity_to_ordered: float  # cosine between the photo and the ordered colour's catalog photo
    best_match: ProductCard | None  # the closest product colour in the whole catalog
    damage: DamageReading | None = None  # defect / crushed scores of the photo itself


def compare_photo(
    index: CatalogIndex,
    photo: ImageInput,
    *,
    ordered_sku: str,
    damage: bool = True,
    image_roots: Sequence[Path] = (),
    ignore_regions: Sequence[Region] | None = None,
) -> PhotoComparison:
    """Compare a customer photo with the ordered variant (`MH01-XS-Black`) and the product's other colours.

    `image_roots` are the directories the catalog's photos are in: the ordered variant's photo found there is
    the reference the damage reader compares the customer's photo with (without it, no damage is named).

    `ignore_regions`: boxes of the photo (its own pixels) that must not count, e.g. what redaction masked (a
    face, a shipping label). The catalog's views were never masked there, so those pixels are left out: filled
    from their surroundings for the embedding and the damage reading, and out of the colour reading's pixels.
    None (the default) compares the photo as it is."""
    left_out: np.ndarray | None = None
    if ignore_regions:
        photo, left_out = left_out_regions(photo, ignore_regions)
    ordered = _colour_points(
        index, models.FieldCondition(key="variant_skus", match=models.MatchValue(value=ordered_sku))
    )
    if not ordered:
        raise VariantNotIndexed(ordered_sku)
    payload = ordered[0].payload or {}
    product_id, ordered_colour = payload["product_id"], payload.get("colour")
    siblings = _colour_points(
        index, models.FieldCondition(key="product_id", match=models.MatchValue(value=product_id))
    )
    cutout = cut_out(photo)
    if left_out is not None:
        cutout = _without(cutout, left_out)
    vector = index.embedders.image.embed_images([photo])[0]
    similarities = {(p.payload or {}).get("colour"): _cosine(vector, p.vector) for p in siblings}
    closest = max(similarities, key=lambda colour: similarities[colour]) if similarities else None
    ranked = search_products(index, image=photo, limit=3)
    reading = read_colour(cutout, region_for_category(payload.get("category_path")))
    best_score = ranked[0].score if ranked else 0.0
    same_product = bool(ranked) and (
        ranked[0].product_id == product_id
        or (max(similarities.values(), default=0.0) >= best_score - SAME_PRODUCT_MARGIN)
    )
    same_colour = _same_colour(reading, ordered_colour, closest)
    verdict = (
        PhotoVerdict.WRONG_ITEM
        if not same_product
        else PhotoVerdict.MATCHES
        if same_colour
        else PhotoVerdict.WRONG_COLOUR
    )
    return PhotoComparison(
        ordered_sku=ordered_sku,
        ordered_product_id=product_id,
        ordered_colour=ordered_colour,
        photo_colour=reading,
        same_product=same_product,
        same_colour=same_colour,
        verdict=verdict,
        closest_colour_of_ordered=closest,
        similarity_to_ordered=round(similarities.get(ordered_colour, 0.0), 4),
        best_match=ranked[0] if ranked else None,
        damage=read_damage(photo, reference=reference_photo(payload, image_roots),
                           views=reference_views(payload, image_roots), left_out=left_out,
                           another_colour=not same_colour) if damage else None,
    )


def reference_photo(payload: dict[str, object], image_roots: Sequence[Path]) -> Path | None:
    """The ordered colour's catalog photo inside one of `image_roots`, or None (never a path outside them)."""
    return _catalog_file(payload.get("image_path"), image_roots)


def reference_views(payload: dict[str, object], image_roots: Sequence[Path]) -> list[Path]:
    """Every catalog view of the ordered colour found inside `image_roots`: its main photo first, then the
    back and alternates (an index built before they were kept in the payload gives the main photo alone)."""
    extra = payload.get("extra_images")
    paths = [payload.get("image_path"), *(extra if isinstance(extra, list) else [])]
    return [found for found in (_catalog_file(path, image_roots) for path in paths) if found is not None]


def _catalog_file(relative: object, image_roots: Sequence[Path]) -> Path | None:
    if not isinstance(relative, str) or not relative or relative.startswith(("/", "\\")):
        return None
    for root in image_roots:
        base = root.resolve()
        candidate = (base / relative).resolve()
        if candidate.is_relative_to(base) and candidate.is_file():
            return candidate
    return None


def _without(cutout: Cutout, left_out: np.ndarray) -> Cutout:
    """The cut-out with the left-out pixels out of its foreground, unless that would leave nothing."""
    resized = cv2.resize(left_out.astype(np.uint8), (cutout.mask.shape[1], cutout.mask.shape[0]),
                         interpolation=cv2.INTER_NEAREST).astype(bool)
    kept = cutout.mask & ~resized
    return Cutout(rgb=cutout.rgb, lab=cutout.lab, mask=kept) if kept.any() else cutout


def _same_colour(reading: ColourReading, ordered: str | None, closest: str | None) -> bool:
    # The colour name read from the photo decides; when the reading is unsure, the closest catalog
    # photo among the product's colours decides instead.
    if ordered is None:
        return True
    if _colour_key(reading.name) == _colour_key(ordered):
        return True
    return reading.confidence < 0.5 and closest == ordered


def _colour_key(name: str | None) -> str:
    key = (name or "").lower()
    return EQUIVALENT_COLOURS.get(key, key)


def _colour_points(index: CatalogIndex, condition: models.FieldCondition) -> list[models.Record]:
    points, _next = index.client.scroll(
        index.collection,
        scroll_filter=models.Filter(must=[condition]),
        limit=64,
        with_payload=True,
        with_vectors=[IMAGE],
    )
    return points


def _cosine(vector: np.ndarray, stored: object) -> float:
    """Cosine between the photo and the closest of a colour's stored views (its `image` multi-vector)."""
    named = stored if isinstance(stored, dict) else {}
    views = np.asarray(named.get(IMAGE, []), dtype=np.float32).reshape(-1, vector.size)
    if views.size == 0:
        return 0.0
    norms = np.linalg.norm(views, axis=1) * np.linalg.norm(vector) + 1e-9
    return float(np.max(views @ vector / norms))
