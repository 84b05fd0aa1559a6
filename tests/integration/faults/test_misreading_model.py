"""A model that misreads the turn cannot keep a customer from a person: whatever the backend decided, a request
for one (in any of the four languages) opens a ticket and hands the conversation over. Seen with Qwen2.5 1.5B
through vLLM, which read "get me a manager right now" as a greeting (issue 21)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from assistant.models.backend import Decision, ReplyChunk
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.requests import DecisionRequest, ReplyRequest
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.faults.conftest import LEO, MIA, OpenService


class GreetingReader:
    """Reads every turn as a greeting, sure of itself; everything else as the resolver does."""

    name = "misreading"

    def __init__(self, resolver: ResolverBackend) -> None:
        self.resolver = resolver

    async def decide(self, kind: type[Any], request: DecisionRequest) -> Decision[Any]:
        decided = await self.resolver.decide(kind, request)
        if kind is TurnIntent:
            misread = TurnIntent(intent=Intent.GREET, confidence=0.99)
            return decided.model_copy(update={"value": misread, "backend": self.name})
        return decided

    def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        return self.resolver.stream_reply(request)

    async def aclose(self) -> None:
        await self.resolver.aclose()


@pytest.mark.parametrize(("customer", "text"), [
    (MIA, "this is ridiculous, get me a manager right now"),
    (LEO, "my order #D9000004 still hasn't arrived, I want to speak to someone"),
    (MIA, "je veux parler à un conseiller, s'il vous plaît"),
    (LEO, "pásame con un supervisor"),
    (MIA, "verbinden Sie mich bitte mit einem Mitarbeiter"),
])
async def test_a_request_for_a_person_is_handed_over_whatever_the_model_read(
    open_service: OpenService, shop: Store, resolver: ResolverBackend, customer: str, text: str
) -> None:
    async with open_service(shop.sessions, GreetingReader(resolver)) as service:
        result = await service.send(f"person-{customer}", text, session_customer_id=customer)
    assert result.waiting_for_agent and result.ticket_id, result.messages


async def test_a_misread_turn_without_such_a_request_stays_with_the_assistant(
    open_service: OpenService, shop: Store, resolver: ResolverBackend
) -> None:
    async with open_service(shop.sessions, GreetingReader(resolver)) as service:
        result = await service.send("person-none", "someone stole my parcel from the porch",
                                    session_customer_id=MIA)
    assert not result.waiting_for_agent and result.ticket_id is None
