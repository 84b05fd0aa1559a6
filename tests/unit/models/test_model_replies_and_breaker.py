"""Reply templates, the circuit breaker and the fallback wrapper: the customer always gets an answer."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from assistant.models.backend import BackendError, Decision, ReplyChunk, T
from assistant.models.breaker import BreakerState, CircuitBreaker
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.fallback import FallbackBackend
from assistant.models.replies import UnknownReply
from assistant.models.requests import DecisionRequest, ReplyRequest
from assistant.models.resolver.backend import ResolverBackend


async def _text(chunks: AsyncIterator[ReplyChunk]) -> tuple[str, list[ReplyChunk]]:
    collected = [chunk async for chunk in chunks]
    return "".join(chunk.text for chunk in collected), collected


async def test_resolver_replies_state_the_facts(resolver: ResolverBackend) -> None:
    request = ReplyRequest(
        key="confirm_cancel", facts={"order_id": "#W1234567", "reason": "no longer needed"}
    )
    text, _ = await _text(resolver.stream_reply(request))
    assert "#W1234567" in text and "no longer needed" in text and "yes or no" in text


async def test_missing_facts_are_a_bug_not_a_reply(resolver: ResolverBackend) -> None:
    with pytest.raises(UnknownReply, match="order_id"):
        await _text(resolver.stream_reply(ReplyRequest(key="order_status", facts={"status": "pending"})))
    with pytest.raises(UnknownReply):
        await _text(resolver.stream_reply(ReplyRequest(key="no_such_reply")))


def test_breaker_opens_after_failures_and_retries_after_a_pause() -> None:
    now = [0.0]
    breaker = CircuitBreaker(failure_threshold=2, reset_after_s=10, clock=lambda: now[0])
    breaker.record_failure()
    breaker.check()
    breaker.record_failure()
    with pytest.raises(BackendError) as raised:
        breaker.check()
    assert raised.value.reason == "circuit_open"
    now[0] = 11.0
    assert breaker.state is BreakerState.HALF_OPEN
    breaker.record_failure()  # the trial call failed: open again
    assert breaker.state is BreakerState.OPEN
    now[0] = 22.0
    breaker.record_success()
    assert breaker.state is BreakerState.CLOSED


class _Broken:
    """A primary that fails the way a model server does."""

    name = "broken"

    def __init__(self, error: Exception, chunks_before_failure: int = 0) -> None:
        self.error = error
        self.chunks = chunks_before_failure

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        raise self.error

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        for index in range(self.chunks):
            yield ReplyChunk(text=f"part{index} ", backend=self.name)
        raise self.error

    async def aclose(self) -> None:
        return None


@pytest.mark.parametrize("error", [BackendError("timeout"), BackendError("connection"), RuntimeError("bug")])
async def test_failed_decisions_fall_back_with_a_notice(resolver: ResolverBackend, error: Exception) -> None:
    backend = FallbackBackend(_Broken(error), resolver, resolver.templates.notice())
    decision = await backend.decide(TurnIntent, DecisionRequest(text="where is my order"))
    assert decision.value.intent is Intent.ORDER_STATUS
    assert decision.degraded and decision.backend == "resolver"
    assert decision.notice and "unavailable" in decision.notice


@pytest.mark.parametrize("error", [BackendError("bad_output"), BackendError("rejected", "HTTP 400")])
async def test_a_request_error_falls_back_alone_without_an_outage_notice(
    resolver: ResolverBackend, error: Exception
) -> None:
    backend = FallbackBackend(_Broken(error), resolver, resolver.templates.notice(), hold_off_s=60)
    decision = await backend.decide(TurnIntent, DecisionRequest(text="where is my order"))
    assert decision.degraded and decision.backend == "resolver" and decision.notice is None
    assert not backend.holding_off  # the next call (any conversation) tries the model again


@pytest.mark.parametrize("chunks_before_failure", [0, 2])
async def test_a_cut_reply_is_finished_by_the_resolver(
    resolver: ResolverBackend, chunks_before_failure: int
) -> None:
    primary = _Broken(BackendError("stream_cut"), chunks_before_failure)
    backend = FallbackBackend(primary, resolver, resolver.templates.notice())
    text, chunks = await _text(backend.stream_reply(ReplyRequest(key="goodbye")))
    assert [chunk.notice is not None for chunk in chunks].count(True) == 1
    assert text.endswith(resolver.render_reply(ReplyRequest(key="goodbye")))
    assert text.startswith("part0") == bool(chunks_before_failure)


def test_a_template_written_twice_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.models.prompts import PromptLibrary

    (tmp_path / "replies.v1.yaml").write_text('greet: "hi"\ngoodbye: "bye"\ngreet: "hello"\n')
    with pytest.raises(ValueError, match="duplicate keys in prompt file: greet"):
        PromptLibrary(tmp_path).get("replies").data()
