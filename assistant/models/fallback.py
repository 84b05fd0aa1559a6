"""Degrade to the resolver when an LLM backend fails, and say so: no model error reaches the customer."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from assistant.models.backend import BackendError, Decision, ModelBackend, ReplyChunk, T
from assistant.models.replies import UnknownReply
from assistant.models.requests import DecisionRequest, ReplyRequest

log = logging.getLogger(__name__)


class FallbackBackend:
    """`primary` answers while it can; on any failure `fallback` answers and the result carries a notice."""

    def __init__(self, primary: ModelBackend, fallback: ModelBackend, notice: str) -> None:
        self.primary = primary
        self.fallback = fallback
        self.notice = notice
        self.name = f"{primary.name}+{fallback.name}"

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        try:
            return await self.primary.decide(kind, request)
        except Exception as error:  # noqa: BLE001 - whatever broke, the customer gets an answer
            _log_failure(self.primary.name, f"decision {kind.__name__}", error)
        decision = await self.fallback.decide(kind, request)
        return decision.model_copy(update={"degraded": True, "notice": self.notice})

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        """Stream from the primary; if it fails, even mid-reply, announce it and send the fallback's reply."""
        sent_any = False
        try:
            async for chunk in self.primary.stream_reply(request):
                sent_any = True
                yield chunk
            return
        except UnknownReply:
            raise  # the graph asked for a template that does not exist: a bug, not an outage
        except Exception as error:  # noqa: BLE001
            _log_failure(self.primary.name, f"reply {request.key}", error)
        lead = "\n\n" if sent_any else ""
        yield ReplyChunk(text=f"{lead}{self.notice} ", backend=self.fallback.name, notice=self.notice)
        async for chunk in self.fallback.stream_reply(request):
            yield chunk

    async def aclose(self) -> None:
        await self.primary.aclose()
        await self.fallback.aclose()


def _log_failure(backend: str, what: str, error: Exception) -> None:
    reason = error.reason if isinstance(error, BackendError) else type(error).__name__
    log.warning("model backend %s failed on %s (%s); the resolver answers instead", backend, what, reason)
