"""The embedder interface and the registry that picks one by name; weights load from local paths only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np
from pydantic import BaseModel, Field

from tools.catalog.minilm import minilm_path
from tools.catalog.photos import ImageInput
from tools.catalog.vector_cache import default_cache_dir

__all__ = ["Embedder", "EmbedderConfig", "EmbedderPair", "UnknownEmbedder", "build_embedders", "minilm_path"]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts and/or photos into unit vectors of `dim` floats (cosine = dot product)."""

    name: str
    dim: int

    @property
    def supports_text(self) -> bool: ...

    @property
    def supports_images(self) -> bool: ...

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_images(self, images: Sequence[ImageInput]) -> np.ndarray: ...


class EmbedderConfig(BaseModel):
    """Which embedders fill the `text` and `image` vectors (mirrors the app's catalog settings)."""

    text_embedder: str = "minilm"
    # "fused": the learned head on EfficientNet-Lite0 + colour (unseen-view recall@5 0.760 on held-out products,
    # the weight-free "descriptor" 0.240: evals/retrieval/UNSEEN_VIEWS.md). An index built by another embedder is
    # refused (IndexMismatch) or, by `vitrine demo`, rebuilt.
    image_embedder: str = "fused"
    clip_model: str | None = None  # a local directory holding a CLIPModel, its tokenizer and processor
    # Where vectors of catalog photo files are kept by content (tools/catalog/vector_cache.py); None: not kept.
    photo_vector_cache: Path | None = Field(default_factory=default_cache_dir)
    batch_size: int = 32
    # Torch threads for the transformer embedders. One is fastest on small CPUs shared with other work:
    # with more, MiniLM's per-query latency went from 14 ms to 100+ ms on a loaded 2-core machine.
    torch_threads: int | None = 1
    # The catalog keeps torch by default: its vectors are the ones existing indexes were built with.
    minilm_runtime: Literal["torch", "onnx", "onnx-int8", "auto"] = "torch"


class UnknownEmbedder(ValueError):
    """The settings name an embedder this build does not have."""


class EmbedderPair(BaseModel, arbitrary_types_allowed=True):
    """The two embedders of an index: one for the `text` vector, one for the `image` vector."""

    text: Embedder
    image: Embedder

    @property
    def fingerprint(self) -> str:
        # An embedder may carry a `version`, bumped when its vectors change, so resumes re-embed.
        parts = []
        for role, embedder in (("text", self.text), ("image", self.image)):
            version = getattr(embedder, "version", None)
            parts.append(f"{role}={embedder.name}/{embedder.dim}" + (f"/v{version}" if version else ""))
        return ";".join(parts)


def build_embedder(name: str, config: EmbedderConfig) -> Embedder:
    """One embedder by name: `minilm`, `fused`, `descriptor` or `clip` (which needs `config.clip_model`)."""
    if name == "minilm":
        from tools.catalog.minilm import MiniLMEmbedder

        return MiniLMEmbedder(runtime=config.minilm_runtime, batch_size=config.batch_size)
    if name == "fused":
        from tools.catalog.fused import FusedEmbedder

        return FusedEmbedder(batch_size=config.batch_size)
    if name == "descriptor":
        from tools.catalog.descriptor import DescriptorEmbedder

        return DescriptorEmbedder()
    if name == "clip":
        if not config.clip_model:
            raise UnknownEmbedder("the clip embedder needs clip_model: a local model directory")
        from tools.catalog.clip import ClipEmbedder

        return ClipEmbedder(config.clip_model, batch_size=config.batch_size)
    raise UnknownEmbedder(f"unknown embedder {name!r}; choose minilm, fused, descriptor or clip")


def build_embedders(config: EmbedderConfig) -> EmbedderPair:
    """The text and image embedders the config names; one CLIP model serves both when both say `clip`."""
    if config.torch_threads and {config.text_embedder, config.image_embedder} & {"minilm", "clip", "fused"}:
        import torch

        torch.set_num_threads(config.torch_threads)
    text = build_embedder(config.text_embedder, config)
    image = text if config.image_embedder == config.text_embedder else build_embedder(config.image_embedder, config)
    if config.photo_vector_cache and image is not text and config.image_embedder != "descriptor":
        from tools.catalog.vector_cache import CachedPhotoEmbedder

        image = CachedPhotoEmbedder(image, config.photo_vector_cache)  # the descriptor is cheaper than a file read
    if not text.supports_text or not image.supports_images:
        raise UnknownEmbedder(f"{text.name} cannot embed text or {image.name} cannot embed photos")
    return EmbedderPair(text=text, image=image)
