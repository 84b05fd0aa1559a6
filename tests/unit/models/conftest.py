"""Fixtures for the model layer: the real MiniLM embedder (offline wheel), the resolver, no network."""

from __future__ import annotations

import io
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from assistant.models.embedder import MiniLmEmbedder
from assistant.models.prompts import PromptLibrary
from assistant.models.requests import ImageInput
from assistant.models.resolver.backend import ResolverBackend
from assistant.settings import PROJECT_ROOT

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in _LOCAL_HOSTS:
            raise RuntimeError(f"tests may not reach the network ({address[0]})")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def prompts() -> PromptLibrary:
    return PromptLibrary(PROJECT_ROOT / "prompts")


@pytest.fixture(scope="session")
def embedder() -> MiniLmEmbedder:
    return MiniLmEmbedder()


@pytest.fixture(scope="session")
def resolver(prompts: PromptLibrary, embedder: MiniLmEmbedder) -> ResolverBackend:
    return ResolverBackend(prompts, embedder)


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
