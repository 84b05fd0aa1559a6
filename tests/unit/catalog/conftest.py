"""Fixtures for the catalog unit tests: where the catalog data lives (shared data, else the demo pack)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "data" / "magento-catalog"
DEMO = REPO / "data" / "demo-catalog"


@pytest.fixture(scope="session")
def catalog_dir() -> Path:
    return SHARED if (SHARED / "ConfigurableSampleData__products.csv").is_file() else DEMO


@pytest.fixture(scope="session")
def photos(catalog_dir: Path) -> Path:
    return catalog_dir / "images"


def garment_photo(
    colour: tuple[int, int, int],
    background: tuple[int, int, int] = (255, 255, 255),
    size: tuple[int, int] = (160, 200),
    stripes: bool = False,
) -> Image.Image:
    """A flat-lay 'shirt': a body and two sleeves in one colour on a plain background."""
    width, height = size
    pixels = np.zeros((height, width, 3), dtype=np.uint8) + np.array(background, dtype=np.uint8)
    pixels[50:170, 45:115] = colour
    pixels[50:90, 20:45] = colour
    pixels[50:90, 115:140] = colour
    if stripes:
        pixels[60:170:12, 45:115] = (20, 20, 20)
    return Image.fromarray(pixels)
