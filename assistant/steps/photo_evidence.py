"""What the retrieval layer can tell about a complaint photo, as the model layer's `PhotoEvidence`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.busy_work import in_worker
from assistant.intake.regions import masked_boxes
from assistant.models.requests import DamageCue, PhotoEvidence
from tools.catalog.compare import PhotoComparison, PhotoVerdict, VariantNotIndexed, compare_photo
from tools.catalog.index import CatalogIndex
from tools.catalog.same_item import reread_as_ordered
from tools.catalog.search import search_products

# Best catalog match below this: the photo shows no product as it is sold. Chosen on train-product cases of
# evals/photo_triage (fused embedder): 30 of 31 crushed items that read as a wrong item matched nothing above
# it, 2 of 40 other products did.
MATCHES_NOTHING = 0.70


def _evidence(comparison: PhotoComparison, item: dict[str, Any]) -> PhotoEvidence:
    comparison = reread_as_ordered(comparison)
    best = comparison.best_match
    other = best if best and best.product_id != comparison.ordered_product_id else None
    return PhotoEvidence(
        similarity_to_ordered=max(-1.0, min(1.0, comparison.similarity_to_ordered)),
        same_product=comparison.same_product,
        photo_colour=comparison.photo_colour.name,
        ordered_colour=comparison.ordered_colour,
        ordered_size=item.get("options", {}).get("size"),
        best_other_product=other.name if other else None,
        best_other_colour=other.colour if other else None,
        best_other_similarity=(max(-1.0, min(1.0, other.score))
                               if other and comparison.verdict is PhotoVerdict.WRONG_ITEM else None),
        damage_cues=damage_cues(comparison),
        defect_score=comparison.damage.defect_score if comparison.damage else None,
        crushed_score=comparison.damage.crushed_score if comparison.damage else None,
        colour_confidence=max(0.0, min(1.0, comparison.photo_colour.confidence)),
        best_similarity=max(-1.0, min(1.0, best.score)) if best else None,
    )


def damage_cues(comparison: PhotoComparison) -> list[DamageCue]:
    """What the damage reader saw, whatever the customer wrote, once the photo was compared with the ordered
    variant's own catalog photo. A photo of another product differs from that photo everywhere, so when the
    comparison says wrong item no damage is named, unless the photo matches nothing in the catalog well
    (below MATCHES_NOTHING) and looks crushed: a crushed item no longer looks like any product, another product
    looks like itself. A crushed item is named before a defect (crushing also marks the item)."""
    damage = comparison.damage
    if damage is None or not damage.compared:
        return []
    if comparison.verdict is PhotoVerdict.WRONG_ITEM:
        best = comparison.best_match.score if comparison.best_match else 0.0
        return [DamageCue.CRUSHED_PARCEL] if damage.crushed and best < MATCHES_NOTHING else []
    if damage.crushed:
        return [DamageCue.CRUSHED_PARCEL]
    return [DamageCue.VISIBLE_DEFECT] if damage.defect else []


async def gather_evidence(
    index: CatalogIndex | None, photo_uri: str, item: dict[str, Any], image_roots: Sequence[Path] = ()
) -> PhotoEvidence | None:
    """Compare the redacted photo with the ordered variant's catalog photos, leaving out what redaction masked
    on it (a face, a label: the catalog's views were never masked there); None when it has none indexed."""
    if index is None:
        return None
    path = Path(photo_uri)
    try:
        comparison = await in_worker("photo_comparison", compare_photo, index, path, ordered_sku=item["item_id"],
                                     image_roots=image_roots, ignore_regions=masked_boxes(path) or None)
    except VariantNotIndexed:
        return None
    return _evidence(comparison, item)


async def photo_product(index: CatalogIndex | None, photo_uri: str) -> str | None:
    """The catalog product the redacted photo shows (its id), when its best match is close enough to name one
    (MATCHES_NOTHING); None without a catalog."""
    if index is None:
        return None
    path = Path(photo_uri)
    ranked = await in_worker("photo_search", search_products, index, image=path, limit=1,
                             ignore_regions=masked_boxes(path) or None)
    return ranked[0].product_id if ranked and ranked[0].score >= MATCHES_NOTHING else None
