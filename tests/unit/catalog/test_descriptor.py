"""The weight-free photo descriptor: a customer's copy of a catalog photo finds that photo."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from tests.unit.catalog.conftest import garment_photo
from tools.catalog.descriptor import DescriptorEmbedder

CATALOG = [
    "m/h/mh01-black_main.jpg",
    "m/h/mh01-gray_main.jpg",
    "w/s/ws01-yellow_main.jpg",
    "m/s/msh01-blue_main.jpg",
    "m/b/mb01-blue-0.jpg",
    "w/p/wp01-black_main.jpg",
]


@pytest.fixture(scope="module")
def embedder() -> DescriptorEmbedder:
    return DescriptorEmbedder()


def test_vectors_are_unit_length_and_of_the_declared_size(embedder: DescriptorEmbedder) -> None:
    vectors = embedder.embed_images([garment_photo((200, 30, 40)), garment_photo((30, 70, 200))])
    assert vectors.shape == (2, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_it_does_not_embed_text(embedder: DescriptorEmbedder) -> None:
    assert not embedder.supports_text
    with pytest.raises(NotImplementedError):
        embedder.embed_texts(["red shirt"])


def test_same_colour_is_closer_than_another_colour(embedder: DescriptorEmbedder) -> None:
    red, red_on_wood, blue = embedder.embed_images(
        [
            garment_photo((200, 30, 40)),
            garment_photo((190, 35, 45), background=(180, 140, 90)),
            garment_photo((30, 70, 200)),
        ]
    )
    assert red @ red_on_wood > red @ blue


def _customer_copy(path: Path) -> Image.Image:
    image = Image.open(path).convert("RGB")
    width, height = image.size
    image = image.rotate(8, fillcolor=(255, 255, 255)).crop(
        (int(0.08 * width), int(0.06 * height), int(0.95 * width), int(0.97 * height))
    )
    return ImageEnhance.Brightness(image).enhance(0.85)


def test_a_tilted_dim_cropped_copy_finds_its_catalog_photo(
    embedder: DescriptorEmbedder, photos: Path
) -> None:
    catalog = embedder.embed_images([photos / p for p in CATALOG])
    for number, path in enumerate(CATALOG):
        query = embedder.embed_images([_customer_copy(photos / path)])[0]
        assert int(np.argmax(catalog @ query)) == number, path
