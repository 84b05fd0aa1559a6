"""A backend wrapper that counts, into the current turn's model ledger, which backend made each decision
(the model layer itself counts calls, tokens, fallbacks and refused rewrites into the same ledger)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from assistant.models import ledger
from assistant.models.backend import Decision, ModelBackend, ReplyChunk


class MeteredBackend:
    def __init__(self, inner: ModelBackend) -> None:
        self.inner = inner
        self.name = inner.name

    async def decide(self, kind: Any, request: Any) -> Decision[Any]:
        decision = await self.inner.decide(kind, request)
        ledger.count("decisions", decision.backend)
        return decision

    async def stream_reply(self, request: Any) -> AsyncIterator[ReplyChunk]:
        account = ledger.current_ledger()
        before = sum(account.replies.values()) if account else 0
        async for chunk in self.inner.stream_reply(request):
            yield chunk
        if account is not None and sum(account.replies.values()) == before:
            ledger.count("replies", "template")  # a backend without a model (the resolver) wrote it

    async def aclose(self) -> None:
        await self.inner.aclose()
