"""The vLLM backend against a server that validates requests the way vLLM does, including its failures."""

from __future__ import annotations

import httpx
import pytest

from assistant.models.backend import BackendError, ModelBackend
from assistant.models.breaker import CircuitBreaker
from assistant.models.contracts import DECISION_KINDS, DecisionContract, Intent, TurnIntent
from assistant.models.factory import build_backend
from assistant.models.fallback import FallbackBackend
from assistant.models.prompts import PromptLibrary
from assistant.models.requests import DecisionRequest, ImageInput, PhotoEvidence, ReplyRequest
from assistant.models.resolver.backend import ResolverBackend
from assistant.models.vllm import VllmBackend
from assistant.settings import ModelSettings
from tests.contract.fake_vllm import FakeVllm, RunningServer

REPLY = ReplyRequest(
    key="remedy_offer",
    facts={
        "remedy_text": "a replacement",
        "items": ["jacket"],
        "order_id": "#W2378156",
    },
)


def _vllm(settings: ModelSettings, prompts: PromptLibrary, failures: int = 3) -> VllmBackend:
    return VllmBackend(
        settings, prompts, breaker=CircuitBreaker(failure_threshold=failures, reset_after_s=60)
    )


async def _reply(backend: ModelBackend) -> tuple[str, list[str | None]]:
    chunks = [chunk async for chunk in backend.stream_reply(REPLY)]
    return "".join(chunk.text for chunk in chunks), [chunk.notice for chunk in chunks]


@pytest.mark.parametrize("kind", DECISION_KINDS, ids=lambda kind: kind.__name__)
async def test_every_decision_round_trips_through_the_server(
    fake: FakeVllm,
    settings: ModelSettings,
    prompts: PromptLibrary,
    photo: ImageInput,
    kind: type[DecisionContract],
) -> None:
    backend = _vllm(settings, prompts)
    request = DecisionRequest(
        text="the parcel came crushed, it's the jacket from #W2378156",
        image=photo,
        evidence=PhotoEvidence(similarity_to_ordered=0.9, photo_colour="navy", ordered_colour="navy"),
    )
    decision = await backend.decide(kind, request)
    await backend.aclose()
    assert isinstance(decision.value, kind)
    assert decision.model == fake.model and decision.backend == "vllm" and not decision.degraded
    assert decision.prompt_version.startswith(f"{kind.prompt}.v")
    assert decision.prompt_tokens and decision.completion_tokens
    sent = fake.requests[-1]
    assert fake.rejections == []
    assert sent["response_format"]["json_schema"]["name"] == kind.__name__
    assert sent["response_format"]["json_schema"]["strict"] is True
    parts = sent["messages"][0]["content"]
    if kind.reads_image:  # the photo goes only to decisions that read it (intent does not)
        assert [part["type"] for part in parts] == ["text", "image_url"]
        assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")
    else:
        assert [part["type"] for part in parts] == ["text"]
    if "{evidence}" in prompts.get(kind.prompt).text:
        assert "photo_colour: navy" in parts[0]["text"]


async def test_replies_stream_in_pieces(
    fake: FakeVllm, settings: ModelSettings, prompts: PromptLibrary
) -> None:
    backend = _vllm(settings, prompts)
    chunks = [chunk async for chunk in backend.stream_reply(REPLY)]
    await backend.aclose()
    assert len(chunks) > 5
    assert "".join(c.text for c in chunks) == fake.recordings["reply"]
    assert "#W2378156" in fake.requests[-1]["messages"][0]["content"][0]["text"]  # the draft's facts


async def test_a_transient_500_is_retried(
    fake: FakeVllm, settings: ModelSettings, prompts: PromptLibrary
) -> None:
    fake.faults += ["500", "429"]
    backend = _vllm(settings, prompts)
    decision = await backend.decide(TurnIntent, DecisionRequest(text="my parcel came crushed"))
    await backend.aclose()
    assert decision.value.intent is Intent.REPORT_PROBLEM and len(fake.requests) == 3


@pytest.mark.parametrize("fault", ["timeout", "500", "429", "cut"])
async def test_failures_degrade_to_the_resolver_with_a_notice(
    fake: FakeVllm, settings: ModelSettings, prompts: PromptLibrary, resolver: ResolverBackend, fault: str
) -> None:
    fake.faults += [fault] * 3
    backend = FallbackBackend(_vllm(settings, prompts), resolver, resolver.templates.notice())
    decision = await backend.decide(TurnIntent, DecisionRequest(text="where is my order #W2378156?"))
    assert decision.degraded and decision.backend == "resolver" and decision.notice
    assert decision.value.intent is Intent.ORDER_STATUS and decision.value.slots.order_ids == ["#W2378156"]
    fake.faults[:] = [fault]
    text, notices = await _reply(backend)
    await backend.aclose()
    assert resolver.templates.notice() in text and "#W2378156" in text
    assert notices.count(None) == len(notices) - 1


async def test_a_stream_cut_midway_keeps_what_was_said_and_finishes(
    fake: FakeVllm, settings: ModelSettings, prompts: PromptLibrary, resolver: ResolverBackend
) -> None:
    fake.faults.append("cut")
    backend = FallbackBackend(_vllm(settings, prompts), resolver, resolver.templates.notice())
    text, _ = await _reply(backend)
    first_words = fake.recordings["reply"].split()[:3]
    assert text.startswith(" ".join(first_words))
    assert text.endswith(resolver.render_reply(REPLY))


async def test_the_breaker_stops_calling_a_failing_server(
    fake: FakeVllm, settings: ModelSettings, prompts: PromptLibrary
) -> None:
    fake.faults += ["500"] * 20
    backend = _vllm(settings.model_copy(update={"max_retries": 0}), prompts, failures=2)
    for _ in range(2):
        with pytest.raises(BackendError):
            await backend.decide(TurnIntent, DecisionRequest(text="hi"))
    with pytest.raises(BackendError) as raised:
        await backend.decide(TurnIntent, DecisionRequest(text="hi"))
    await backend.aclose()
    assert raised.value.reason == "circuit_open" and len(fake.requests) == 2


async def test_unreachable_server_degrades(prompts: PromptLibrary, resolver: ResolverBackend) -> None:
    settings = ModelSettings(
        backend="vllm", vllm_base_url="http://127.0.0.1:9/v1", timeout_s=0.5, max_retries=1, retry_wait_s=0.01
    )
    backend = FallbackBackend(_vllm(settings, prompts), resolver, resolver.templates.notice())
    decision = await backend.decide(TurnIntent, DecisionRequest(text="talk to a human"))
    assert decision.degraded and decision.value.intent is Intent.HUMAN_AGENT


async def test_factory_wires_vllm_with_fallback(server: RunningServer, resolver: ResolverBackend) -> None:
    settings = ModelSettings(backend="auto", vllm_base_url=server.base_url)
    backend = build_backend(settings, embedder=_SharedEmbedder(resolver))
    assert isinstance(backend, FallbackBackend) and backend.name == "vllm+resolver"
    await backend.aclose()


async def test_fake_server_refuses_what_vllm_refuses(server: RunningServer, fake: FakeVllm) -> None:
    base = {"model": fake.model}
    bad_bodies = [
        {**base, "model": "gpt-4"},
        {
            **base,
            "messages": [
                {
                    "role": "user",
                    "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.jpg"}}],
                }
            ],
        },
        {**base, "messages": [{"role": "user", "content": "hi"}], "guided_json": {"type": "object"}},
        {
            **base,
            "messages": [{"role": "user", "content": "hi"}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "x y", "schema": {}}},
        },
        {
            **base,
            "messages": [{"role": "user", "content": "hi"}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": 5}}},
        },
    ]
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        statuses = [(await client.post("/chat/completions", json=body)).status_code for body in bad_bodies]
    assert statuses == [404, 400, 400, 400, 400]


class _SharedEmbedder:
    """Reuses the session's MiniLM so the factory test does not load it again."""

    def __init__(self, resolver: ResolverBackend) -> None:
        self._embedder = resolver._intent._embedder

    def embed(self, texts):  # type: ignore[no-untyped-def]
        return self._embedder.embed(texts)
