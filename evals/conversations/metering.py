"""A backend wrapper that adds up the token counts each decision reports, per case (a contextvar)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextvars import ContextVar
from typing import Any

from assistant.models.backend import Decision, ModelBackend, ReplyChunk

# [prompt, completion, decisions that reported tokens]
token_counter: ContextVar[list[int] | None] = ContextVar("token_counter", default=None)


class MeteredBackend:
    def __init__(self, inner: ModelBackend) -> None:
        self.inner = inner
        self.name = inner.name

    async def decide(self, kind: Any, request: Any) -> Decision[Any]:
        decision = await self.inner.decide(kind, request)
        counter = token_counter.get()
        if counter is not None and decision.prompt_tokens is not None:
            counter[0] += decision.prompt_tokens
            counter[1] += decision.completion_tokens or 0
            counter[2] += 1
        return decision

    def stream_reply(self, request: Any) -> AsyncIterator[ReplyChunk]:
        return self.inner.stream_reply(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
