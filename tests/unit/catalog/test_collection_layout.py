"""The collection's shard and replication settings reach Qdrant when the collection is created.

A Qdrant server checks them for real when VITRINE_TEST_QDRANT_URL is set (none can be installed on the
machines these tests were written on, so that case skipped there); otherwise the call the client makes is
recorded, and the embedded local mode, which has one shard of everything, still creates the collection.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
from qdrant_client import QdrantClient

from assistant.settings import CatalogSettings
from assistant.wiring import index_config
from tools.catalog.embedders import EmbedderPair
from tools.catalog.index import CollectionLayout, ensure_collection


@dataclass
class FlatEmbedder:
    name: str
    dim: int
    version: int = 1

    def supports_text(self) -> bool:
        return True

    def supports_images(self) -> bool:
        return True

    def embed_texts(self, texts: Any) -> np.ndarray:  # never called: no points are written here
        return np.zeros((len(texts), self.dim), dtype=np.float32)

    def embed_images(self, images: Any) -> np.ndarray:
        return np.zeros((len(images), self.dim), dtype=np.float32)


PAIR = EmbedderPair(text=FlatEmbedder("text", 8), image=FlatEmbedder("image", 4))  # type: ignore[arg-type]


class RecordingClient:
    """The local client, with the arguments of each `create_collection` kept."""

    def __init__(self) -> None:
        self.client = QdrantClient(":memory:")
        self.created: list[dict[str, Any]] = []

    def create_collection(self, name: str, **arguments: Any) -> bool:
        self.created.append(arguments)
        return self.client.create_collection(name, **arguments)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)


def test_settings_carry_the_layout_to_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_CATALOG__QDRANT_SHARD_NUMBER", "4")
    monkeypatch.setenv("VITRINE_CATALOG__QDRANT_REPLICATION_FACTOR", "2")
    from assistant.settings import Settings

    layout = index_config(Settings().catalog).layout
    assert layout == CollectionLayout(shard_number=4, replication_factor=2)
    assert index_config(CatalogSettings()).layout == CollectionLayout()  # unset: the server's defaults


def test_a_new_collection_is_created_with_the_layout() -> None:
    client = RecordingClient()
    ensure_collection(client, "layout", PAIR, layout=CollectionLayout(shard_number=3, replication_factor=2))  # type: ignore[arg-type]
    assert client.created[0]["shard_number"] == 3 and client.created[0]["replication_factor"] == 2
    assert client.collection_exists("layout")  # the local mode ignores both and still works
    ensure_collection(client, "layout", PAIR, layout=CollectionLayout(shard_number=3))  # type: ignore[arg-type]
    assert len(client.created) == 1  # an existing collection is left as it is


def test_a_qdrant_server_creates_the_collection_with_its_shards() -> None:
    url = os.environ.get("VITRINE_TEST_QDRANT_URL")
    if not url:
        pytest.skip("no Qdrant server: set VITRINE_TEST_QDRANT_URL=http://host:6333 to run this against one")
    client, name = QdrantClient(url=url), f"vitrine_test_{uuid.uuid4().hex[:8]}"
    try:
        ensure_collection(client, name, PAIR, layout=CollectionLayout(shard_number=2, replication_factor=1))
        params = client.get_collection(name).config.params
        assert params.shard_number == 2 and params.replication_factor == 1
    finally:
        client.delete_collection(name)
        client.close()
