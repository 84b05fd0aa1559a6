"""Sentence embeddings for the resolver: the catalog's MiniLM implementation with the resolver's settings."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from tools.catalog.minilm import MiniLMEmbedder, Runtime, minilm_path

Vectors = npt.NDArray[np.float32]
__all__ = ["MiniLmEmbedder", "TextEmbedder", "Vectors", "minilm_path"]


class TextEmbedder(Protocol):
    """Unit-length vectors, one row per text."""

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class MiniLmEmbedder(MiniLMEmbedder):
    """MiniLM for chat turns: short inputs, an LRU cache of recent turns, and the int8 ONNX runtime.

    int8 scores within one utterance of fp32 on the intent dev and test splits and is several times faster
    per turn (evals/bench/resolver_latency.py); `runtime="torch"` is the fallback and is used automatically when
    the ONNX export cannot be made.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        cache_size: int = 2048,
        max_tokens: int = 64,
        runtime: Runtime = "auto",
        onnx_cache_dir: Path | None = None,
    ) -> None:
        super().__init__(
            path, runtime=runtime, max_tokens=max_tokens, cache_size=cache_size, onnx_cache_dir=onnx_cache_dir
        )
