"""Damage seen in the photo alone, against the ordered variant's catalog photo.

The first crushed model called the demo shop's small (206x256) clean tops crushed: clean photos at that size,
scaled up, re-encoded or sent as they are, of every department, must not be flagged (the class of that
failure, on holdout products the models were never fitted on). A flattened, creased item (a third drawing,
in neither generator) is called crushed; the reading says when it had no reference to compare with.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tools.catalog.defects import read_damage, shipped_defect_model

DEMO = Path(__file__).resolve().parents[3] / "data" / "demo-catalog" / "images"
# Holdout products (evals/retrieval/runner.split_of) of each department, as the demo shop has them.
SMALL_CLEAN = [
    "m/h/mh08-red_main.jpg",
    "m/j/mj04-blue_main.jpg",
    "m/p/mp10-green_main.jpg",
    "m/s/ms05-purple_main.jpg",
    "m/t/mt03-yellow_main.jpg",
    "w/b/wb05-orange_main.jpg",
    "w/h/wh09-green_main.jpg",
    "w/j/wj12-black_main.jpg",
    "w/p/wp06-orange_main.jpg",
    "w/s/ws09-white_main.jpg",
    "w/s/wsh05-yellow_main.jpg",
    "w/t/wt08-purple_main.jpg",
]


def _demo(path: str) -> Image.Image:
    return Image.open(DEMO / path).convert("RGB")


def _scaled_up(image: Image.Image) -> Image.Image:
    return image.resize((image.width * 2, image.height * 2), Image.Resampling.BICUBIC)


def _recompressed(image: Image.Image) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=55)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _flattened(image: Image.Image) -> Image.Image:
    """A third drawing, in neither generator: sheared and flattened to half height on a table, folds drawn."""
    w, h = image.size
    flat = image.transform((w, h // 2), Image.Transform.AFFINE, (1, 0.35, -0.1 * w, 0, 2, 0), fillcolor=(205, 200, 190))
    canvas = Image.new("RGB", (w, h), (205, 200, 190))
    canvas.paste(flat, (0, h // 4))
    draw = ImageDraw.Draw(canvas)
    for x in (w // 4, w // 2, 3 * w // 4):
        draw.line([(x, h // 4), (x - w // 10, 3 * h // 4)], fill=(60, 55, 50), width=3)
    return canvas


@pytest.mark.parametrize("path", SMALL_CLEAN)
def test_small_clean_photos_are_not_called_damaged(path: str) -> None:
    original = _demo(path)
    for photo in (original, _scaled_up(original), _recompressed(original)):
        reading = read_damage(photo, reference=DEMO / path)
        assert reading.compared
        assert not reading.crushed, (path, reading)
        assert not reading.defect, (path, reading)


def test_a_flattened_creased_item_is_called_crushed() -> None:
    for path in ("m/h/mh08-red_main.jpg", "w/t/wt08-purple_main.jpg"):
        clean = read_damage(_demo(path), reference=DEMO / path)
        reading = read_damage(_flattened(_demo(path)), reference=DEMO / path)
        assert reading.crushed, (path, reading)
        assert reading.crushed_score > clean.crushed_score


def test_without_a_reference_nothing_is_named() -> None:
    reading = read_damage(_flattened(_demo("m/h/mh08-red_main.jpg")))
    assert not reading.compared and not reading.crushed and not reading.defect
    assert 0.0 <= reading.defect_score <= 1.0


def test_the_shipped_model_says_what_it_was_fitted_on() -> None:
    model = shipped_defect_model()
    assert "generator A" in model.fitted_on
    assert 0 < model.crushed_threshold < 1 and 0 < model.defect_threshold < 1
