"""The photo embedder on small catalogs' photos (the demo pack's 256-pixel thumbnails), the class of photo on
which the shipped suites run: a customer's re-shot of an indexed view finds its own colour, and a photo of an
unindexed colour of an indexed product finds that product (a wrong-colour complaint), not a look-alike.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from tools.catalog.fused import FusedEmbedder

IMAGES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "magento-catalog" / "images"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not IMAGES.is_dir(), reason="the Magento catalog photos are not in ../shared"),
]
# Indexed colours (main views) of tops, jackets, hoodies and pants, several of them red or blue.
INDEXED = ["w/s/ws04-blue", "w/j/wj03-red", "m/j/mj02-red", "m/h/mh03-blue", "w/t/wt01-blue", "m/p/mp02-blue",
           "w/h/wh02-blue", "m/s/ms01-blue", "w/p/wp02-red", "m/t/mt02-red"]  # fmt: skip
# Photos of other colours of indexed products (the customer received another colourway).
OTHER_COLOURS = {"w/s/ws04-green": "ws04", "w/j/wj03-blue": "wj03", "m/h/mh03-green": "mh03",
                 "w/h/wh02-green": "wh02", "m/p/mp02-gray": "mp02"}  # fmt: skip


def thumbnail(stem: str) -> Image.Image:
    image = Image.open(IMAGES / f"{stem}_main.jpg").convert("RGB")
    image.thumbnail((256, 256))
    return image


def reshoot(image: Image.Image) -> Image.Image:
    """As a customer shoots it: cropped, tilted, dimmer, on a light sheet."""
    w, h = image.size
    shot = image.crop((int(w * 0.05), int(h * 0.05), int(w * 0.95), int(h * 0.95)))
    return ImageEnhance.Brightness(shot.rotate(4, expand=True, fillcolor=(236, 236, 232))).enhance(0.9)


@pytest.fixture(scope="module")
def setup() -> tuple[FusedEmbedder, np.ndarray]:
    stems = [s for s in INDEXED + list(OTHER_COLOURS) if not (IMAGES / f"{s}_main.jpg").is_file()]
    if stems:
        pytest.skip(f"photos missing: {stems}")
    embedder = FusedEmbedder()
    return embedder, embedder.embed_images([thumbnail(s) for s in INDEXED])


def product(stem: str) -> str:
    return stem.rsplit("/", 1)[-1].split("-")[0]


def test_a_reshot_small_photo_finds_its_own_colour(setup: tuple[FusedEmbedder, np.ndarray]) -> None:
    embedder, index = setup
    queries = embedder.embed_images([reshoot(thumbnail(s)) for s in INDEXED])
    assert [INDEXED[i] for i in (queries @ index.T).argmax(axis=1)] == INDEXED


def test_another_colour_of_an_indexed_product_finds_that_product(setup: tuple[FusedEmbedder, np.ndarray]) -> None:
    embedder, index = setup
    queries = embedder.embed_images([reshoot(thumbnail(s)) for s in OTHER_COLOURS])
    top3 = np.argsort(-(queries @ index.T), axis=1)[:, :3]
    found = [{product(INDEXED[i]) for i in row} for row in top3]
    assert [p in f for p, f in zip(OTHER_COLOURS.values(), found, strict=True)] == [True] * len(OTHER_COLOURS)
