"""The ordered variant's catalog view laid over the customer's photo before damage is named (issue 18, attack16
F3): an undamaged item shot tilted, cropped, in other light or from the back is no defect; a tear or a stain
on it still is; a photo of another product is laid over nothing; what redaction covered is never compared."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from tools.catalog.compare import reference_views
from tools.catalog.defects import framed_probability, read_damage, shipped_defect_model
from tools.catalog.reference_framing import frame_reference, framed_residual

DEMO = Path(__file__).resolve().parents[3] / "data" / "demo-catalog" / "images"
HOODIE = DEMO / "m/h/mh01-black_main.jpg"
TOP = DEMO / "w/s/ws03-blue_main.jpg"
PANTS = DEMO / "m/p/mp01-black_main.jpg"
JACKET_VIEWS = [DEMO / "w/j/wj12-blue_main.jpg", DEMO / "w/j/wj12-blue_alt1.jpg", DEMO / "w/j/wj12-blue_back.jpg"]


def _reshot(path: Path, turn: float = 4.0, crop: float = 0.05, light: float = 0.9) -> Image.Image:
    """As a customer shoots the item: cropped, tilted on a light sheet, dimmer."""
    studio = Image.open(path).convert("RGB")
    w, h = studio.size
    image = studio.crop((int(w * crop), int(h * crop), int(w * (1 - crop)), int(h * (1 - crop))))
    image = image.rotate(turn, expand=True, fillcolor=(236, 236, 232))
    return ImageEnhance.Brightness(image).enhance(light)


def _torn(image: Image.Image) -> Image.Image:
    torn = image.copy()
    draw = ImageDraw.Draw(torn)
    cx, cy = torn.width // 2, torn.height // 2
    points = [(cx - 50 + 12 * i, cy + random.Random(i).randint(-10, 10)) for i in range(9)]
    draw.line(points, fill=(245, 245, 240), width=6)
    return torn


def _stained(image: Image.Image) -> Image.Image:
    stained = image.copy()
    draw = ImageDraw.Draw(stained)
    cx, cy = stained.width // 2, stained.height // 2 + 10
    draw.ellipse((cx - 22, cy - 14, cx + 22, cy + 14), fill=(120, 84, 40))
    return stained


@pytest.mark.parametrize("path", [HOODIE, TOP, PANTS])
def test_an_undamaged_item_reshot_leaves_nothing_on_the_laid_over_view(path: Path) -> None:
    photo = _reshot(path)
    framing = frame_reference(photo, [path])
    assert framing is not None
    assert framing.view == 0 and abs(framing.turn + 4.0) < 1.0  # the view is turned as the photo was
    assert framed_residual(photo, framing).blob_share < 0.005


@pytest.mark.parametrize("path", [HOODIE, TOP, PANTS])
@pytest.mark.parametrize("damage", [_torn, _stained])
def test_a_tear_or_a_stain_stays_a_difference(path: Path, damage) -> None:
    photo = damage(_reshot(path))
    framing = frame_reference(photo, [path])
    assert framing is not None
    assert framed_residual(photo, framing).blob_share > 0.01


def test_the_view_the_photo_shows_is_found_among_the_colours_views() -> None:
    photo = _reshot(JACKET_VIEWS[2], turn=-3.0)
    framing = frame_reference(photo, JACKET_VIEWS)
    assert framing is not None and framing.view == 2
    assert framed_residual(photo, framing).blob_share < 0.005


def test_another_product_is_laid_over_nothing() -> None:
    assert frame_reference(_reshot(TOP), [HOODIE]) is None
    assert frame_reference(_reshot(PANTS), [TOP]) is None


def test_what_redaction_covered_is_not_compared() -> None:
    photo = _torn(_reshot(HOODIE))
    framing = frame_reference(photo, [HOODIE])
    assert framing is not None
    covered = np.zeros((photo.height, photo.width), bool)
    covered[photo.height // 2 - 30: photo.height // 2 + 30, photo.width // 2 - 70: photo.width // 2 + 70] = True
    assert framed_residual(photo, framing, covered).blob_share < 0.005


def test_the_framed_probability_rises_with_the_blob() -> None:
    threshold = shipped_defect_model().defect_threshold
    assert framed_probability(0.0) < threshold <= framed_probability(0.05)
    assert framed_probability(0.001) < framed_probability(0.01) < framed_probability(0.05)


@pytest.mark.parametrize("path", [HOODIE, TOP, PANTS])
def test_the_damage_reader_names_no_defect_on_the_reshot_item_and_still_names_the_tear(path: Path) -> None:
    """Before: the comparison alone called every one of these clean photos a defect (0.87-0.99)."""
    clean = read_damage(_reshot(path), reference=path, views=[path])
    assert not clean.defect and clean.framed_view == 0
    torn = read_damage(_torn(_reshot(path)), reference=path, views=[path])
    assert torn.defect


def test_without_views_the_reading_is_the_comparisons_own() -> None:
    photo = _reshot(HOODIE)
    plain = read_damage(photo, reference=HOODIE)
    assert plain.framed_blob is None and plain.framed_view is None


def test_every_view_of_the_ordered_colour_is_a_reference_and_none_outside_the_catalog() -> None:
    payload = {"image_path": "w/j/wj12-blue_main.jpg",
               "extra_images": ["w/j/wj12-blue_alt1.jpg", "../../../etc/passwd", "/etc/hosts", "w/j/missing.jpg",
                                "w/j/wj12-blue_back.jpg"]}
    assert reference_views(payload, [DEMO]) == [path.resolve() for path in JACKET_VIEWS]
    assert reference_views({"image_path": "w/j/wj12-blue_main.jpg"}, [DEMO]) == [JACKET_VIEWS[0].resolve()]
