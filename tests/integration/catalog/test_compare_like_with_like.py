"""Like with like: redaction masks a face or a label on the customer's photo, never on the catalog's views, so
the comparison leaves the masked regions out (`compare_photo(..., ignore_regions=...)`) rather than reading a
flat face-coloured block or a blurred label as part of the item."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from assistant.intake.redaction import Redactor, apply_masks
from assistant.intake.regions import MaskedRegion, RegionKind, padded
from tools.catalog.compare import PhotoVerdict, compare_photo
from tools.catalog.index import CatalogIndex


def _note_over_the_chest(rgb: np.ndarray) -> MaskedRegion:
    """A bright orange sticky note held across the chest, as redaction would have masked it."""
    height, width = rgb.shape[:2]
    box = (int(0.3 * width), int(0.35 * height), int(0.4 * width), int(0.25 * height))
    x, y, w, h = box
    rgb[y:y + h, x:x + w] = (250, 140, 20)
    return MaskedRegion(kind=RegionKind.PERSONAL_TEXT, box=box, padded=padded(box, rgb.shape))


def test_a_photo_of_the_right_item_with_its_face_and_a_note_masked_still_matches(
    imported_index: CatalogIndex, small_catalog: Path
) -> None:
    rgb = np.asarray(Image.open(small_catalog / "images/m/h/mh01-gray_main.jpg").convert("RGB")).copy()
    redactor = Redactor()
    faces = [region for region in redactor.masked_regions(rgb) if region.kind is RegionKind.FACE]
    assert faces, "the catalog model's face must be found for this test to mean anything"
    regions = [*faces, _note_over_the_chest(rgb)]
    redacted = Image.fromarray(apply_masks(rgb, regions))
    as_it_is = compare_photo(imported_index, redacted, ordered_sku="MH01-M-Gray", damage=False)
    assert as_it_is.verdict is not PhotoVerdict.MATCHES, "the masks must mislead a plain comparison for this test"

    compared = compare_photo(imported_index, redacted, ordered_sku="MH01-M-Gray",
                             ignore_regions=[region.padded for region in regions])

    assert compared.verdict is PhotoVerdict.MATCHES
    assert compared.photo_colour.name == "Gray"
    assert compared.same_product


def test_without_regions_the_comparison_is_unchanged(imported_index: CatalogIndex, small_catalog: Path) -> None:
    photo = small_catalog / "images/m/h/mh01-gray_main.jpg"
    plain = compare_photo(imported_index, photo, ordered_sku="MH01-M-Gray", damage=False)
    empty = compare_photo(imported_index, photo, ordered_sku="MH01-M-Gray", damage=False, ignore_regions=[])
    assert plain == empty
