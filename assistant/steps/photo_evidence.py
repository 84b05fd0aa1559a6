"""What the retrieval layer can tell about a complaint photo, as the model layer's `PhotoEvidence`."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from assistant.models.requests import DamageCue, PhotoEvidence
from tools.catalog.compare import PhotoComparison, PhotoVerdict, VariantNotIndexed, compare_photo
from tools.catalog.index import CatalogIndex


def _evidence(comparison: PhotoComparison, item: dict[str, Any]) -> PhotoEvidence:
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
        damage_cues=_damage_cues(comparison),
        defect_score=comparison.damage.defect_score if comparison.damage else None,
        crushed_score=comparison.damage.crushed_score if comparison.damage else None,
        colour_confidence=max(0.0, min(1.0, comparison.photo_colour.confidence)),
        best_similarity=max(-1.0, min(1.0, best.score)) if best else None,
    )


def _damage_cues(comparison: PhotoComparison) -> list[DamageCue]:
    """What the photo models saw, whatever the customer wrote. Only a crushed item becomes a cue: the patch
    defect model flags too many clean photos on held-out ones (evals/defects/REPORT.md), so its score is kept
    as evidence (and weighs in the verdict's confidence) but does not name a defect on its own."""
    damage = comparison.damage
    return [DamageCue.CRUSHED_PARCEL] if damage is not None and damage.crushed else []


async def gather_evidence(index: CatalogIndex | None, photo_uri: str, item: dict[str, Any]) -> PhotoEvidence | None:
    """Compare the redacted photo with the ordered variant's catalog photos; None when it has none indexed."""
    if index is None:
        return None
    try:
        comparison = await asyncio.to_thread(compare_photo, index, Path(photo_uri), ordered_sku=item["item_id"])
    except VariantNotIndexed:
        return None
    return _evidence(comparison, item)
