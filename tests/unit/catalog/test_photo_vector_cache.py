"""Catalog photo vectors kept by content: a photo goes through the network once per embedder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image

from tools.catalog.embedders import EmbedderConfig, build_embedders
from tools.catalog.vector_cache import CachedPhotoEmbedder


class CountingEmbedder:
    """Vectors from the photo's mean colour; counts the photos it was asked for."""

    name = "counting"
    dim = 3
    supports_text = False
    supports_images = True

    def __init__(self, version: str = "1") -> None:
        self.version = version
        self.seen = 0

    def embed_images(self, images: Sequence[object]) -> np.ndarray:
        self.seen += len(images)
        rows = []
        for image in images:
            picture = image if isinstance(image, Image.Image) else Image.open(image)  # type: ignore[arg-type]
            rows.append(np.asarray(picture.convert("RGB"), dtype=np.float32).mean(axis=(0, 1)) / 255)
        return np.stack(rows).astype(np.float32)


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (8, 8), colour).save(path)
    return path


def test_a_photo_file_is_embedded_once_and_read_back_the_same(tmp_path: Path) -> None:
    red, blue = _photo(tmp_path / "red.png", (255, 0, 0)), _photo(tmp_path / "blue.png", (0, 0, 255))
    inner = CountingEmbedder()
    first = CachedPhotoEmbedder(inner, tmp_path / "cache").embed_images([red, blue])
    again = CachedPhotoEmbedder(inner, tmp_path / "cache").embed_images([blue, red])
    assert inner.seen == 2
    np.testing.assert_allclose(again, first[::-1])


def test_a_changed_photo_or_embedder_version_is_embedded_again(tmp_path: Path) -> None:
    photo = _photo(tmp_path / "item.png", (255, 0, 0))
    inner = CountingEmbedder()
    CachedPhotoEmbedder(inner, tmp_path / "cache").embed_images([photo])
    _photo(photo, (0, 255, 0))
    changed = CachedPhotoEmbedder(inner, tmp_path / "cache").embed_images([photo])
    assert inner.seen == 2 and changed[0][1] > 0.9
    retrained = CountingEmbedder(version="2")
    CachedPhotoEmbedder(retrained, tmp_path / "cache").embed_images([photo])
    assert retrained.seen == 1


def test_a_customer_photo_in_memory_is_never_kept(tmp_path: Path) -> None:
    inner = CountingEmbedder()
    cached = CachedPhotoEmbedder(inner, tmp_path / "cache")
    picture = Image.new("RGB", (8, 8), (0, 0, 255))
    cached.embed_images([picture])
    cached.embed_images([picture])
    assert inner.seen == 2 and not (tmp_path / "cache").exists()


def test_the_cache_keeps_the_embedders_identity_so_an_index_built_without_it_is_accepted(tmp_path: Path) -> None:
    plain = build_embedders(EmbedderConfig(text_embedder="minilm", image_embedder="fused", photo_vector_cache=None))
    cached = build_embedders(EmbedderConfig(text_embedder="minilm", image_embedder="fused",
                                            photo_vector_cache=tmp_path / "cache"))
    assert isinstance(cached.image, CachedPhotoEmbedder)
    assert cached.fingerprint == plain.fingerprint
