"""Test backends built on the real resolver: a subclass changes only the decisions it is about."""

from __future__ import annotations

from collections.abc import AsyncIterator

from assistant.models.backend import Decision, ReplyChunk, T
from assistant.models.requests import DecisionRequest, ReplyRequest
from assistant.models.resolver.backend import ResolverBackend


class ResolverStandIn:
    """Decides and replies like the resolver; override `decide` to script or watch some decisions."""

    name = "stand-in"

    def __init__(self, resolver: ResolverBackend) -> None:
        self.resolver = resolver

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        return await self.resolver.decide(kind, request)

    def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        return self.resolver.stream_reply(request)

    async def aclose(self) -> None:
        return None
