"""A photo the catalog search reads as another product, but which the damage reader finds the same item as the
ordered variant's own catalog photo almost everywhere, is the ordered product: its marks are named, in four
languages' neutral complaints alike; another product stays another product."""

from __future__ import annotations

import pytest

from assistant.models.contracts import TriageLabel
from assistant.models.resolver.triage import triage_photo
from assistant.steps.photo_evidence import _evidence
from tools.catalog.colour import ColourReading
from tools.catalog.compare import PhotoComparison, PhotoVerdict
from tools.catalog.defects import DamageReading
from tools.catalog.same_item import SAME_ITEM_DISTANCE
from tools.catalog.search import ProductCard

NEUTRAL = {
    "en": "there is a problem with the item from my order, see the photo",
    "fr": "il y a un problème avec l'article de ma commande, voyez la photo",
    "es": "hay un problema con el artículo de mi pedido, mire la foto",
    "de": "es gibt ein Problem mit dem Artikel aus meiner Bestellung, siehe Foto",
}


def _read_as_other_product(distance: float | None, *, defect: bool, photo_colour: str = "Black") -> PhotoComparison:
    card = ProductCard(product_id="MP01", name="Caesar Warm-Up Pant", colour="Black", category_path="Men/Bottoms",
                       price_cents=4500, image_path=None, score=0.8, matched_skus=[])
    return PhotoComparison(
        ordered_sku="MH01-M-Black", ordered_product_id="MH01", ordered_colour="Black",
        photo_colour=ColourReading(name=photo_colour, confidence=0.9, lab=(20.0, 0.0, 0.0), share=0.8),
        same_product=False, same_colour=photo_colour == "Black", verdict=PhotoVerdict.WRONG_ITEM,
        closest_colour_of_ordered="Black", similarity_to_ordered=0.55, best_match=card,
        damage=DamageReading(defect_score=0.9 if defect else 0.1, crushed_score=0.1, defect=defect, crushed=False,
                             typical_distance=distance),
    )


@pytest.mark.parametrize("language", sorted(NEUTRAL))
def test_a_defect_on_the_ordered_item_is_named_though_the_search_found_another_product(language: str) -> None:
    comparison = _read_as_other_product(SAME_ITEM_DISTANCE - 0.1, defect=True)
    triage = triage_photo(_evidence(comparison, {"options": {}}), NEUTRAL[language])
    assert triage.label is TriageLabel.PRODUCT_DEFECT


def test_the_ordered_item_in_another_colour_is_the_wrong_colour_not_another_product() -> None:
    comparison = _read_as_other_product(SAME_ITEM_DISTANCE - 0.1, defect=False, photo_colour="Blue")
    assert triage_photo(_evidence(comparison, {"options": {}}), NEUTRAL["en"]).label is TriageLabel.WRONG_COLOUR_OR_SIZE


@pytest.mark.parametrize("distance", [SAME_ITEM_DISTANCE + 0.05, None])
def test_another_product_stays_another_product(distance: float | None) -> None:
    comparison = _read_as_other_product(distance, defect=True)
    evidence = _evidence(comparison, {"options": {}})
    assert evidence.damage_cues == []
    assert triage_photo(evidence, NEUTRAL["en"]).label is TriageLabel.WRONG_ITEM
