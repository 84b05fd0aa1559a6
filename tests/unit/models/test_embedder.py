"""The one MiniLM implementation: torch and ONNX runtimes agree, the export is cached, torch is the fallback."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import tools.catalog.minilm_onnx as minilm_onnx
from assistant.models.embedder import MiniLmEmbedder
from tools.catalog.minilm import MiniLMEmbedder

TEXTS = [
    "where is my parcel?",
    "the zipper broke the first time I used it",
    "I'd like to exchange these for a medium",
    "thanks, bye",
]


@pytest.fixture(scope="module")
def onnx_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("minilm-onnx")


@pytest.fixture(scope="module")
def torch_vectors() -> np.ndarray:
    return MiniLMEmbedder(runtime="torch").embed_texts(TEXTS)


def test_onnx_computes_the_same_sentence_vectors_as_torch(onnx_cache: Path, torch_vectors: np.ndarray) -> None:
    onnx = MiniLMEmbedder(runtime="onnx", onnx_cache_dir=onnx_cache)
    assert onnx.runtime == "onnx"
    cosines = (onnx.embed_texts(TEXTS) * torch_vectors).sum(axis=1)
    assert cosines.min() > 0.9999


def test_int8_keeps_vectors_close_and_neighbours_in_order(onnx_cache: Path, torch_vectors: np.ndarray) -> None:
    int8 = MiniLmEmbedder(runtime="onnx-int8", onnx_cache_dir=onnx_cache)
    vectors = int8.embed(TEXTS)
    assert ((vectors * torch_vectors).sum(axis=1)).min() > 0.95
    query = int8.embed(["has my order shipped yet"])[0]
    assert int(np.argmax(vectors @ query)) == 0  # the delivery question, not the broken zipper


def test_the_export_is_made_once_and_reused(onnx_cache: Path) -> None:
    first = minilm_onnx.OnnxEncoder(_model_dir(), quantized=True, cache_dir=onnx_cache)
    written = first.path.stat().st_mtime_ns
    second = minilm_onnx.OnnxEncoder(_model_dir(), quantized=True, cache_dir=onnx_cache)
    assert second.path == first.path and second.path.stat().st_mtime_ns == written
    assert not list(onnx_cache.glob("*.part"))


def test_auto_falls_back_to_torch_when_no_export_can_be_made(
    monkeypatch: pytest.MonkeyPatch, torch_vectors: np.ndarray
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("no onnx here")

    monkeypatch.setattr(minilm_onnx, "OnnxEncoder", broken)
    embedder = MiniLmEmbedder(runtime="auto")
    assert embedder.runtime == "torch"
    assert np.allclose(embedder.embed(TEXTS), torch_vectors, atol=1e-5)


def test_repeated_turns_come_from_the_cache(onnx_cache: Path) -> None:
    embedder = MiniLmEmbedder(runtime="onnx-int8", onnx_cache_dir=onnx_cache)
    first = embedder.embed(["yes please"])
    calls = []
    embedder.embed_texts = lambda texts: calls.append(texts)  # type: ignore[method-assign,assignment,return-value]
    assert np.array_equal(embedder.embed(["yes please"]), first) and not calls


def _model_dir() -> Path:
    from tools.catalog.minilm import minilm_path

    return minilm_path()
