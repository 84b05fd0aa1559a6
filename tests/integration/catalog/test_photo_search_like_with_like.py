"""Like with like in photo search: redaction masks the face of a model wearing the product on the customer's
photo, never on the catalog's views. Searched as it is, the flat face-coloured block is read as part of the
photo (a worn tee was found as a hoodie); the search leaves the masked regions out instead
(`search_products(..., ignore_regions=...)`, and the chat's `find_products` with the regions redaction saved).
On this small catalog the right product is first either way; the gain is measured on the demo pack's 281 worn
photos by `evals/retrieval/redacted_photos.py`."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from assistant.intake.redaction import Redactor, apply_masks
from assistant.intake.regions import MaskedRegion, RegionKind, save_masked
from assistant.steps.catalog_lookup import find_products
from tools.catalog.index import CatalogIndex
from tools.catalog.search import Channel, search_products

from .conftest import APPAREL

PHOTO_ONLY = frozenset({Channel.PHOTO})


def _reshot(photo: Path) -> np.ndarray:
    """As a customer shoots it: 90 % crop, a 4 degree tilt, dimmer, on a light sheet."""
    with Image.open(photo) as image:
        w, h = image.size
        image = image.convert("RGB").crop((int(w * 0.05), int(h * 0.05), int(w * 0.95), int(h * 0.95)))
        image = image.rotate(4, expand=True, fillcolor=(236, 236, 232))
        return np.asarray(ImageEnhance.Brightness(image).enhance(0.9)).copy()


def _worn_photos(small_catalog: Path) -> list[tuple[str, np.ndarray, list[MaskedRegion]]]:
    """(product id, redacted pixels, face regions) of a re-shot main photo of each apparel colour whose model's
    face is found."""
    redactor = Redactor()
    found = []
    for photo in sorted((small_catalog / "images").rglob("*_main.jpg")):
        if photo.name.split("-")[0].upper() not in APPAREL:
            continue
        rgb = _reshot(photo)
        faces = [region for region in redactor.masked_regions(rgb) if region.kind is RegionKind.FACE]
        if faces:
            found.append((photo.name.split("-")[0].upper(), apply_masks(rgb, faces), faces))
    return found


@pytest.fixture(scope="module")
def worn_photos(small_catalog: Path) -> list[tuple[str, np.ndarray, list[MaskedRegion]]]:
    photos = _worn_photos(small_catalog)
    assert len(photos) >= 5, "the small catalog's models' faces must be found for these tests to mean anything"
    return photos


def test_a_worn_product_with_its_face_masked_is_found_with_the_masked_regions_left_out(
    imported_index: CatalogIndex, worn_photos: list[tuple[str, np.ndarray, list[MaskedRegion]]]
) -> None:
    for product_id, redacted, faces in worn_photos:
        photo = Image.fromarray(redacted)
        left_out = search_products(imported_index, image=photo, limit=10, channels=PHOTO_ONLY,
                                   ignore_regions=[face.padded for face in faces])
        assert left_out[0].product_id == product_id


def test_without_regions_the_search_is_unchanged(imported_index: CatalogIndex, small_catalog: Path) -> None:
    photo = small_catalog / "images/m/h/mh01-gray_main.jpg"
    plain = search_products(imported_index, image=photo, limit=3, channels=PHOTO_ONLY)
    assert plain == search_products(imported_index, image=photo, limit=3, channels=PHOTO_ONLY, ignore_regions=[])


async def test_the_chat_search_leaves_out_what_redaction_saved_beside_the_photo(
    imported_index: CatalogIndex, worn_photos: list[tuple[str, np.ndarray, list[MaskedRegion]]], tmp_path: Path
) -> None:
    for n, (product_id, redacted, faces) in enumerate(worn_photos):
        stored = tmp_path / f"evidence-{n}.jpg"
        Image.fromarray(redacted).save(stored, quality=90)
        save_masked(stored, faces)
        expected = search_products(imported_index, image=stored, limit=1, ignore_regions=[f.padded for f in faces])
        found = await find_products(imported_index, text=None, photo_uri=str(stored), limit=1)
        assert [hit.product_id for hit in found] == [hit.product_id for hit in expected] == [product_id]
