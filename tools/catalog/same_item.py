"""A photo the catalog search reads as another product, while the comparison with the ordered variant's own
catalog photo finds the same item almost everywhere, is the ordered product.

A tear, a stain or a phone's angle moves a photo's whole-image embedding, so its nearest catalog neighbour can
be another product; the damage reader compares the photo cell by cell with the ordered variant's photo, and
the typical cell's distance (the median, which a local defect does not move) stays low on the same item and
high on another product. Chosen on train-product cases of evals/photo_triage read as a wrong item: the
largest cut among 0.30/0.32/0.34/0.36 that turned at most 1 of the 40 real wrong items into the ordered
product (at 0.34: 1 of 40, and 17 of the 21 photos of the ordered product itself recovered).
"""

from __future__ import annotations

from tools.catalog.compare import PhotoComparison, PhotoVerdict

SAME_ITEM_DISTANCE = 0.34


def reread_as_ordered(comparison: PhotoComparison) -> PhotoComparison:
    """The comparison, its wrong-item verdict replaced when the reference comparison says same item."""
    damage = comparison.damage
    if (
        comparison.verdict is not PhotoVerdict.WRONG_ITEM
        or damage is None
        or not damage.compared
        or damage.typical_distance is None
        or damage.typical_distance >= SAME_ITEM_DISTANCE
    ):
        return comparison
    verdict = PhotoVerdict.MATCHES if comparison.same_colour else PhotoVerdict.WRONG_COLOUR
    return comparison.model_copy(update={"same_product": True, "verdict": verdict})
