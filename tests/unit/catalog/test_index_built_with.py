"""An index built with other embedders is refused with a clear error, never searched with mismatched vectors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tools.catalog.embedders import EmbedderPair
from tools.catalog.index import IndexConfig, IndexMismatch, ensure_collection, open_catalog_index


class FlatEmbedder:
    supports_text = True
    supports_images = True

    def __init__(self, name: str, dim: int, version: str) -> None:
        self.name, self.dim, self.version = name, dim, version

    def embed_texts(self, texts: Any) -> np.ndarray:
        return np.zeros((len(texts), self.dim), dtype=np.float32)

    def embed_images(self, images: Any) -> np.ndarray:
        return np.zeros((len(images), self.dim), dtype=np.float32)


def pair(image_version: str) -> EmbedderPair:
    return EmbedderPair(text=FlatEmbedder("text", 8, "1"), image=FlatEmbedder("image", 4, image_version))  # type: ignore[arg-type]


def test_an_index_built_by_another_image_embedder_version_is_refused(tmp_path: Path) -> None:
    config = IndexConfig(path=tmp_path / "qdrant", collection="c")
    built = open_catalog_index(config, pair("2"))
    ensure_collection(built.client, built.collection, built.embedders)
    built.client.close()
    # Same dimensions, other vectors: only the fingerprint tells them apart.
    with pytest.raises(IndexMismatch, match=r"image=image/4/v2.*image=image/4/v3.*--recreate"):
        open_catalog_index(config, pair("3"))
    reopened = open_catalog_index(config, pair("3"), check=False)  # what import --recreate does
    with pytest.raises(IndexMismatch):
        ensure_collection(reopened.client, reopened.collection, reopened.embedders)
    ensure_collection(reopened.client, reopened.collection, reopened.embedders, recreate=True)
    reopened.client.close()
    open_catalog_index(config, pair("3")).client.close()  # rebuilt: accepted


def test_the_same_embedders_open_their_index(tmp_path: Path) -> None:
    config = IndexConfig(path=tmp_path / "qdrant", collection="c")
    index = open_catalog_index(config, pair("2"))
    ensure_collection(index.client, index.collection, index.embedders)
    index.client.close()
    open_catalog_index(config, pair("2")).client.close()


def test_an_index_built_with_the_former_default_is_refused_by_todays_default(tmp_path: Path) -> None:
    """`fused` became the default photo embedder: an index the weight-free descriptor filled is not searched."""
    from tools.catalog.embedders import EmbedderConfig, build_embedders

    config = IndexConfig(path=tmp_path / "qdrant", collection="c")
    former = open_catalog_index(config, build_embedders(EmbedderConfig(image_embedder="descriptor")))
    ensure_collection(former.client, former.collection, former.embedders)
    former.client.close()
    assert EmbedderConfig().image_embedder == "fused"
    with pytest.raises(IndexMismatch, match=r"image=descriptor/.*image=fused/"):
        open_catalog_index(config, EmbedderConfig())
