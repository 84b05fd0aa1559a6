"""Degrade to the resolver when an LLM backend fails or stalls, and say so: no model error reaches customers.

`budget_s` bounds each call to the primary, its retries included (a hung server would otherwise cost
`timeout_s` times the retries), and for a streamed reply bounds the wait for every next piece. After a
failure the resolver answers alone for `hold_off_s`, so one turn pays the budget once, not once per call;
after that the primary is tried again, so work resumes by itself when the server is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable

from assistant.models.backend import BackendError, Decision, ModelBackend, ReplyChunk, T
from assistant.models.replies import UnknownReply
from assistant.models.requests import DecisionRequest, ReplyRequest

log = logging.getLogger(__name__)


class FallbackBackend:
    """`primary` answers while it can; on any failure `fallback` answers and the result carries a notice."""

    def __init__(
        self, primary: ModelBackend, fallback: ModelBackend, notice: str, *, budget_s: float | None = None,
        hold_off_s: float = 0.0, clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.primary = primary
        self.fallback = fallback
        self.notice = notice
        self.name = f"{primary.name}+{fallback.name}"
        self.budget_s = budget_s
        self.hold_off_s = hold_off_s
        self._clock = clock
        self._held_until = float("-inf")

    @property
    def holding_off(self) -> bool:
        return self._clock() < self._held_until

    def _failed(self, what: str, error: BaseException) -> None:
        _log_failure(self.primary.name, what, error)
        self._held_until = self._clock() + self.hold_off_s

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        if not self.holding_off:
            try:
                return await asyncio.wait_for(self.primary.decide(kind, request), self.budget_s)
            except Exception as error:  # noqa: BLE001 - whatever broke, the customer gets an answer
                self._failed(f"decision {kind.__name__}", error)
        decision = await self.fallback.decide(kind, request)
        return decision.model_copy(update={"degraded": True, "notice": self.notice})

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        """Stream from the primary; if it fails or stalls, even mid-reply, say so and send the fallback's."""
        sent_any = False
        if not self.holding_off:
            pieces = aiter(self.primary.stream_reply(request))
            try:
                while True:
                    try:
                        chunk = await asyncio.wait_for(anext(pieces), self.budget_s)
                    except StopAsyncIteration:
                        return
                    sent_any = True
                    yield chunk
            except UnknownReply:
                raise  # the graph asked for a template that does not exist: a bug, not an outage
            except Exception as error:  # noqa: BLE001
                self._failed(f"reply {request.key}", error)
            finally:
                await _close(pieces)
        lead = "\n\n" if sent_any else ""
        yield ReplyChunk(text=f"{lead}{self.notice} ", backend=self.fallback.name, notice=self.notice)
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


def _log_failure(backend: str, what: str, error: BaseException) -> None:
    reason = error.reason if isinstance(error, BackendError) else type(error).__name__
    log.warning("model backend %s failed on %s (%s); the resolver answers instead", backend, what, reason)
