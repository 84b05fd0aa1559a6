"""A CLIP-family embedder through transformers: one model embeds both photos and texts in a shared space."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from transformers import AutoImageProcessor, AutoTokenizer, CLIPModel

from tools.catalog.photos import ImageInput, open_photo


class ClipEmbedder:
    """Loads a `CLIPModel` with its tokenizer and image processor from a local directory (never the hub)."""

    name = "clip"

    def __init__(self, model_dir: Path | str, batch_size: int = 32) -> None:
        path = str(model_dir)
        self.model = CLIPModel.from_pretrained(path, local_files_only=True).eval()
        self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.processor = AutoImageProcessor.from_pretrained(path, local_files_only=True)
        self.dim = int(self.model.config.projection_dim)
        self.batch_size = batch_size
        self.max_tokens = int(self.model.config.text_config.max_position_embeddings)

    @property
    def supports_text(self) -> bool:
        return True

    @property
    def supports_images(self) -> bool:
        return True

    @torch.inference_mode()
    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        chunks = []
        for start in range(0, len(texts), self.batch_size):
            batch = self.tokenizer(
                list(texts[start : start + self.batch_size]),
                padding=True,
                truncation=True,
                max_length=self.max_tokens,
                return_tensors="pt",
            )
            features = self.model.get_text_features(
                input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
            )
            chunks.append(_normalised(features))
        return np.concatenate(chunks) if chunks else np.zeros((0, self.dim), dtype=np.float32)

    @torch.inference_mode()
    def embed_images(self, images: Sequence[ImageInput]) -> np.ndarray:
        chunks = []
        for start in range(0, len(images), self.batch_size):
            photos = [open_photo(image, side=256) for image in images[start : start + self.batch_size]]
            pixels = self.processor(images=photos, return_tensors="pt")["pixel_values"]
            chunks.append(_normalised(self.model.get_image_features(pixel_values=pixels)))
        return np.concatenate(chunks) if chunks else np.zeros((0, self.dim), dtype=np.float32)


def _normalised(features: object) -> np.ndarray:
    # transformers 5 may return a model output whose pooled projection is `pooler_output`.
    tensor = features if isinstance(features, torch.Tensor) else features.pooler_output  # type: ignore[attr-defined]
    return torch.nn.functional.normalize(tensor, dim=-1).numpy().astype(np.float32)
