"""The in-process backend with a tiny random LLaVA: an image + text turn gives a schema-valid decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.models.contracts import PhotoTriage, TriageLabel, TurnIntent
from assistant.models.embedder import MiniLmEmbedder
from assistant.models.factory import build_backend
from assistant.models.fallback import FallbackBackend
from assistant.models.local.backend import LocalBackend, load_llava, local_weights_available
from assistant.models.prompts import PromptLibrary
from assistant.models.requests import DecisionRequest, ImageInput, PhotoEvidence, ReplyRequest
from assistant.settings import ModelSettings


@pytest.fixture(scope="module")
def local(tiny_llava_dir: Path, prompts: PromptLibrary) -> LocalBackend:
    model, processor = load_llava(str(tiny_llava_dir))
    return LocalBackend(model, processor, prompts, model_name="tiny-llava", timeout_s=60)


async def test_photo_and_text_give_a_valid_triage(local: LocalBackend, photo: ImageInput) -> None:
    request = DecisionRequest(
        text="the box arrived crushed", image=photo, evidence=PhotoEvidence(similarity_to_ordered=0.8)
    )
    decision = await local.decide(PhotoTriage, request)
    assert isinstance(decision.value, PhotoTriage)
    assert decision.value.label in set(TriageLabel) and 0.0 <= decision.value.confidence <= 1.0
    assert decision.model == "tiny-llava" and decision.prompt_version.startswith("triage.v1#")
    assert decision.prompt_tokens and decision.completion_tokens


async def test_nested_contract_is_valid_too(local: LocalBackend) -> None:
    decision = await local.decide(TurnIntent, DecisionRequest(text="cancel #W1234567 please"))
    assert TurnIntent.model_validate_json(decision.value.model_dump_json()) == decision.value


async def test_local_reply_streams_text(local: LocalBackend) -> None:
    chunks = [chunk async for chunk in local.stream_reply(ReplyRequest(key="goodbye"))]
    assert chunks and all(chunk.backend == "local" for chunk in chunks)


async def test_auto_picks_local_weights_on_disk(tiny_llava_dir: Path, embedder: MiniLmEmbedder) -> None:
    assert local_weights_available(str(tiny_llava_dir))
    assert not local_weights_available("no-such-org/no-such-model")
    backend = build_backend(ModelSettings(backend="auto", local_model=str(tiny_llava_dir)), embedder=embedder)
    assert isinstance(backend, FallbackBackend) and backend.name == "local+resolver"
    nothing = build_backend(
        ModelSettings(backend="auto", local_model="no-such-org/no-such-model"), embedder=embedder
    )
    assert nothing.name == "resolver"
