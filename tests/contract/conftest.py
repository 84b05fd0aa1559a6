"""Contract-test fixtures: the fake vLLM server on 127.0.0.1.

The resolver and the network guard are in tests/conftest.py.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PIL import Image

from assistant.models.requests import ImageInput
from assistant.settings import ModelSettings
from tests.contract.fake_vllm import FakeVllm, RunningServer

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def server() -> Iterator[RunningServer]:
    with RunningServer(FakeVllm(timeout_sleep_s=1.0)) as running:
        yield running


@pytest.fixture
def fake(server: RunningServer) -> Iterator[FakeVllm]:
    server.fake.faults.clear()
    server.fake.requests.clear()
    server.fake.rejections.clear()
    server.fake.replies.clear()
    server.fake.accepts_images = True
    yield server.fake
    server.fake.faults.clear()
    server.fake.replies.clear()
    server.fake.accepts_images = True


@pytest.fixture
def settings(server: RunningServer) -> ModelSettings:
    return ModelSettings(
        backend="vllm",
        vllm_base_url=server.base_url,
        timeout_s=0.5,
        max_retries=2,
        retry_wait_s=0.01,
        breaker_failures=3,
        breaker_reset_s=60,
    )


@pytest.fixture(scope="session")
def photo() -> ImageInput:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 30, 30)).save(buffer, "PNG")
    return ImageInput(data=buffer.getvalue(), media_type="image/png")


class SharedEmbedder:
    """Reuses the session's MiniLM so building a backend does not load it again."""

    def __init__(self, resolver: Any) -> None:
        self._embedder = resolver._intent._embedder

    def embed(self, texts: Any) -> Any:
        return self._embedder.embed(texts)


@pytest.fixture
def build(resolver: Any) -> Callable[[ModelSettings], Any]:
    """`build_backend` as the app wires it (vLLM, checked replies, resolver fallback), sharing MiniLM."""
    from assistant.models.factory import build_backend

    return lambda settings: build_backend(settings, embedder=SharedEmbedder(resolver))
