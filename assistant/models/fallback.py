"""Degrade to the resolver when an LLM backend fails or stalls, and say so: no model error reaches customers.

`budget_s` bounds each call to the primary, its retries included (a hung server would otherwise cost
`timeout_s` times the retries), and for a streamed reply bounds the wait for every next piece. After an
outage the resolver answers alone for `hold_off_s`, so one turn pays the budget once, not once per call;
after that the primary is tried again, so work resumes by itself when the server is back. A request error
(the server refused this request, or its output failed the schema) falls back for that call alone, with no
hold-off and no "unavailable" notice: the model is still there for the next call and other conversations.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable

from assistant.models import ledger
from assistant.models.backend import BackendError, Decision, ModelBackend, ReplyChunk, T, is_outage
from assistant.models.replies import UnknownReply
from assistant.models.requests import DecisionRequest, ReplyRequest

log = logging.getLogger(__name__)


class FallbackBackend:
    """`primary` answers while it can; on any failure `fallback` answers and the result carries a notice."""

    def __init__(
        self, primary: ModelBackend, fallback: ModelBackend, notice: str, *, budget_s: float | None = None,
        reply_budget_s: float | None = None, hold_off_s: float = 0.0, clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.primary = primary
        self.fallback = fallback
        self.notice = notice
        self.name = f"{primary.name}+{fallback.name}"
        self.budget_s = budget_s
        # A checked reply arrives whole, so its first piece may take a whole generation.
        self.reply_budget_s = reply_budget_s if reply_budget_s is not None else budget_s
        self.hold_off_s = hold_off_s
        self._clock = clock
        self._held_until = float("-inf")

    @property
    def holding_off(self) -> bool:
        return self._clock() < self._held_until

    def _failed(self, what: str, error: BaseException) -> str | None:
        """Log and count the failure; returns the notice to show (None for a request error)."""
        _log_failure(self.primary.name, what, error)
        ledger.count("fallbacks", _reason(error))
        if not is_outage(error):
            return None
        self._held_until = self._clock() + self.hold_off_s
        return self.notice

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        notice: str | None = self.notice
        if self.holding_off:
            ledger.count("fallbacks", "hold_off")
        else:
            try:
                return await asyncio.wait_for(self.primary.decide(kind, request), self.budget_s)
            except Exception as error:  # noqa: BLE001 - whatever broke, the customer gets an answer
                notice = self._failed(f"decision {kind.__name__}", error)
        decision = await self.fallback.decide(kind, request)
        return decision.model_copy(update={"degraded": True, "notice": notice})

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        """Stream from the primary; if it fails or stalls, even mid-reply, say so and send the fallback's."""
        sent_any = False
        notice: str | None = self.notice
        if self.holding_off:
            ledger.count("fallbacks", "hold_off")
        else:
            pieces = aiter(self.primary.stream_reply(request))
            try:
                while True:
                    try:
                        chunk = await asyncio.wait_for(anext(pieces), self.reply_budget_s)
                    except StopAsyncIteration:
                        return
                    sent_any = True
                    yield chunk
            except UnknownReply:
                raise  # the graph asked for a template that does not exist: a bug, not an outage
            except Exception as error:  # noqa: BLE001
                notice = self._failed(f"reply {request.key}", error)
            finally:
                await _close(pieces)
        ledger.count("replies", "fallback")
        if notice is not None:
            lead = "\n\n" if sent_any else ""
            yield ReplyChunk(text=f"{lead}{notice} ", backend=self.fallback.name, notice=notice)
        elif sent_any:
            yield ReplyChunk(text="\n\n", backend=self.fallback.name)
        async for chunk in self.fallback.stream_reply(request):
            yield chunk

    async def aclose(self) -> None:
        await self.primary.aclose()
        await self.fallback.aclose()


async def _close(pieces: AsyncIterator[ReplyChunk]) -> None:
    close = getattr(pieces, "aclose", None)
    if close is not None:
        with contextlib.suppress(Exception):  # a broken stream may fail to close; it is abandoned either way
            await close()


def _reason(error: BaseException) -> str:
    if isinstance(error, BackendError):
        return error.reason
    return "timeout" if isinstance(error, TimeoutError) else type(error).__name__


def _log_failure(backend: str, what: str, error: BaseException) -> None:
    reason = _reason(error)
    log.warning("model backend %s failed on %s (%s); the resolver answers instead", backend, what, reason)
