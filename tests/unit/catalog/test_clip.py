"""The CLIP code path, on a tiny random CLIPModel built from a config (no weights exist on this machine)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from transformers import AutoTokenizer, CLIPConfig, CLIPImageProcessor, CLIPModel

from tests.unit.catalog.conftest import garment_photo
from tools.catalog.embedders import EmbedderConfig, UnknownEmbedder, build_embedders, minilm_path


def build_tiny_clip(directory: Path) -> Path:
    """Save a 2-layer random CLIP with the MiniLM tokenizer and a 32-pixel image processor."""
    config = CLIPConfig(
        text_config={
            "vocab_size": 30522,
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "max_position_embeddings": 64,
            "eos_token_id": 102,
            "bos_token_id": 101,
            "pad_token_id": 0,
        },
        vision_config={
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "image_size": 32,
            "patch_size": 8,
        },
        projection_dim=16,
    )
    CLIPModel(config).save_pretrained(directory)
    AutoTokenizer.from_pretrained(str(minilm_path())).save_pretrained(directory)
    CLIPImageProcessor(size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}).save_pretrained(
        directory
    )
    return directory


@pytest.fixture(scope="session")
def tiny_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_clip(tmp_path_factory.mktemp("tiny-clip"))


def test_one_clip_model_embeds_texts_and_photos_in_one_space(tiny_clip: Path) -> None:
    pair = build_embedders(
        EmbedderConfig(text_embedder="clip", image_embedder="clip", clip_model=str(tiny_clip))
    )
    assert pair.text is pair.image
    texts = pair.text.embed_texts(["red shirt", "blue bag"])
    photos = pair.image.embed_images([garment_photo((200, 30, 40)), garment_photo((30, 70, 200))])
    assert texts.shape == photos.shape == (2, 16)
    assert np.allclose(np.linalg.norm(photos, axis=1), 1.0, atol=1e-5)
    assert pair.fingerprint == "text=clip/16;image=clip/16"


def test_clip_for_photos_beside_minilm_for_text(tiny_clip: Path) -> None:
    pair = build_embedders(EmbedderConfig(image_embedder="clip", clip_model=str(tiny_clip)))
    assert pair.text.name == "minilm" and pair.text.dim == 384
    assert pair.image.name == "clip" and pair.image.supports_text


def test_clip_without_a_model_directory_is_refused() -> None:
    with pytest.raises(UnknownEmbedder):
        build_embedders(EmbedderConfig(image_embedder="clip"))


def test_unknown_embedder_names_are_refused() -> None:
    with pytest.raises(UnknownEmbedder):
        build_embedders(EmbedderConfig(text_embedder="word2vec"))
