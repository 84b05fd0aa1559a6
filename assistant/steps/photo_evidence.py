"""What the retrieval layer can tell about a complaint photo, as the model layer's `PhotoEvidence`."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from assistant.intake.regions import masked_boxes
from assistant.models.requests import PhotoEvidence
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
        # The damage models' scores are evidence (and weigh in the calibrated confidence) but name no damage
        # on their own yet: on the demo shop's small photos the crushed model called clean tops crushed, and
        # the patch defect model flags most clean held-out photos (evals/defects/REPORT.md).
        defect_score=comparison.damage.defect_score if comparison.damage else None,
        crushed_score=comparison.damage.crushed_score if comparison.damage else None,
        colour_confidence=max(0.0, min(1.0, comparison.photo_colour.confidence)),
        best_similarity=max(-1.0, min(1.0, best.score)) if best else None,
    )


async def gather_evidence(index: CatalogIndex | None, photo_uri: str, item: dict[str, Any]) -> PhotoEvidence | None:
    """Compare the redacted photo with the ordered variant's catalog photos, leaving out what redaction masked
    on it (a face, a label: the catalog's views were never masked there); None when it has none indexed."""
    if index is None:
        return None
    path = Path(photo_uri)
    try:
        comparison = await asyncio.to_thread(compare_photo, index, path, ordered_sku=item["item_id"],
                                             ignore_regions=masked_boxes(path) or None)
    except VariantNotIndexed:
        return None
    return _evidence(comparison, item)
