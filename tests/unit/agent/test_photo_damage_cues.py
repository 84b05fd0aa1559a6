"""Which damage the photo evidence names: only what the reader saw against the ordered variant's own catalog
photo; a photo of another product names none unless it matches nothing in the catalog and looks crushed."""

from __future__ import annotations

from assistant.models.requests import DamageCue
from assistant.steps.photo_evidence import MATCHES_NOTHING, damage_cues
from tools.catalog.colour import ColourReading
from tools.catalog.compare import PhotoComparison, PhotoVerdict
from tools.catalog.defects import DamageReading
from tools.catalog.search import ProductCard


def _comparison(verdict: PhotoVerdict, damage: DamageReading | None, best: float = 0.9) -> PhotoComparison:
    card = ProductCard(product_id="MP01", name="Caesar Warm-Up Pant", colour="Black", category_path="Men/Bottoms",
                       price_cents=4500, image_path=None, score=best, matched_skus=[])
    return PhotoComparison(
        ordered_sku="MH01-M-Black", ordered_product_id="MH01", ordered_colour="Black",
        photo_colour=ColourReading(name="Black", confidence=0.9, lab=(20.0, 0.0, 0.0), share=0.8),
        same_product=verdict is not PhotoVerdict.WRONG_ITEM, same_colour=verdict is PhotoVerdict.MATCHES,
        verdict=verdict, closest_colour_of_ordered="Black", similarity_to_ordered=0.6, best_match=card,
        damage=damage,
    )


def _reading(*, defect: bool = False, crushed: bool = False, compared: bool = True) -> DamageReading:
    return DamageReading(defect_score=0.9 if defect else 0.1, crushed_score=0.9 if crushed else 0.1,
                         defect=defect, crushed=crushed, compared=compared)


def test_the_ordered_product_names_what_the_reader_saw_crushed_first() -> None:
    assert damage_cues(_comparison(PhotoVerdict.MATCHES, _reading(defect=True))) == [DamageCue.VISIBLE_DEFECT]
    both = _reading(defect=True, crushed=True)
    assert damage_cues(_comparison(PhotoVerdict.WRONG_COLOUR, both)) == [DamageCue.CRUSHED_PARCEL]
    assert damage_cues(_comparison(PhotoVerdict.MATCHES, _reading())) == []


def test_no_reference_or_no_reading_names_nothing() -> None:
    assert damage_cues(_comparison(PhotoVerdict.MATCHES, _reading(defect=True, compared=False))) == []
    assert damage_cues(_comparison(PhotoVerdict.MATCHES, None)) == []


def test_another_product_names_damage_only_when_it_matches_nothing_and_looks_crushed() -> None:
    crushed = _reading(defect=True, crushed=True)
    assert damage_cues(_comparison(PhotoVerdict.WRONG_ITEM, crushed, best=MATCHES_NOTHING + 0.1)) == []
    lost = _comparison(PhotoVerdict.WRONG_ITEM, crushed, best=MATCHES_NOTHING - 0.1)
    assert damage_cues(lost) == [DamageCue.CRUSHED_PARCEL]
    defect_only = _comparison(PhotoVerdict.WRONG_ITEM, _reading(defect=True), best=MATCHES_NOTHING - 0.1)
    assert damage_cues(defect_only) == []
