"""Damage seen in the photo alone: the shipped crushed-item model flags a squashed, creased item and passes a
clean one; the defect score is measured on every photo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tools.catalog.defects import read_damage, shipped_defect_model

IMAGES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "magento-catalog" / "images"
pytestmark = pytest.mark.skipif(not IMAGES.is_dir(), reason="the Magento catalog photos are not in ../shared")
# Holdout products (evals/retrieval/runner.split_of): never drawn on when the models were fitted.
CLEAN = ["w/t/wt02-green_main.jpg", "m/p/mp10-blue_main.jpg"]


def _photo(path: str) -> Image.Image:
    image = Image.open(IMAGES / path).convert("RGB")
    image.thumbnail((400, 400))
    return image


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


def test_a_clean_item_is_not_called_crushed() -> None:
    for path in CLEAN:
        reading = read_damage(_photo(path))
        assert not reading.crushed, path
        assert 0.0 <= reading.defect_score <= 1.0


def test_a_flattened_creased_item_is_called_crushed() -> None:
    for path in CLEAN:
        reading = read_damage(_flattened(_photo(path)))
        assert reading.crushed, path
        assert reading.crushed_score > read_damage(_photo(path)).crushed_score


def test_the_shipped_model_says_what_it_was_fitted_on() -> None:
    model = shipped_defect_model()
    assert "generator A" in model.fitted_on and 0 < model.crushed_threshold < 1
