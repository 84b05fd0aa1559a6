"""Fixtures for the model layer: a test photo and a tiny LLaVA (the resolver and embedder are in tests/conftest.py)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from assistant.models.requests import ImageInput

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def photo() -> ImageInput:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 40, 120)).save(buffer, "JPEG")
    return ImageInput(data=buffer.getvalue(), media_type="image/jpeg")


@pytest.fixture(scope="session")
def tiny_llava_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    import torch

    from tests.unit.models.tiny_llava import save_tiny_llava

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny matrices: one thread avoids OpenMP contention on shared CI runners
    yield save_tiny_llava(tmp_path_factory.mktemp("tiny-llava"))
    torch.set_num_threads(threads)
