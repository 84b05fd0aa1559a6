"""Sentence embeddings from all-MiniLM-L6-v2 (BERT + mean pooling), loaded from a local directory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

from tools.catalog.photos import ImageInput

MAX_TOKENS = 128


class MiniLMEmbedder:
    """384-d normalised sentence vectors; the same pooling as sentence-transformers' all-MiniLM-L6-v2."""

    name = "minilm"

    def __init__(self, model_dir: Path | str, batch_size: int = 32) -> None:
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
        self.dim = int(self.model.config.hidden_size)
        self.batch_size = batch_size

    @property
    def supports_text(self) -> bool:
        return True

    @property
    def supports_images(self) -> bool:
        return False

    def embed_images(self, images: Sequence[ImageInput]) -> np.ndarray:
        raise NotImplementedError("MiniLM embeds text only")

    @torch.inference_mode()
    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        chunks = []
        for start in range(0, len(texts), self.batch_size):
            batch = self.tokenizer(
                list(texts[start : start + self.batch_size]),
                padding=True,
                truncation=True,
                max_length=MAX_TOKENS,
                return_tensors="pt",
            )
            hidden = self.model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            chunks.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
        if not chunks:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.concatenate(chunks).astype(np.float32)
