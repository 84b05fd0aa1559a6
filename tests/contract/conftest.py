"""Contract-test fixtures: the fake vLLM server on 127.0.0.1, the resolver, and no other network."""

from __future__ import annotations

import io
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from tests.contract.fake_vllm import FakeVllm, RunningServer
from PIL import Image

from assistant.models.embedder import MiniLmEmbedder
from assistant.models.prompts import PromptLibrary
from assistant.models.requests import ImageInput
from assistant.models.resolver.backend import ResolverBackend
from assistant.settings import PROJECT_ROOT, ModelSettings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
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
def resolver(prompts: PromptLibrary) -> ResolverBackend:
    return ResolverBackend(prompts, MiniLmEmbedder())


@pytest.fixture(scope="session")
def server() -> Iterator[RunningServer]:
    with RunningServer(FakeVllm(timeout_sleep_s=1.0)) as running:
        yield running


@pytest.fixture
def fake(server: RunningServer) -> Iterator[FakeVllm]:
    server.fake.faults.clear()
    server.fake.requests.clear()
    server.fake.rejections.clear()
    yield server.fake
    server.fake.faults.clear()


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
