"""Whatever the model decides, tools act only within the authenticated customer's scope: a compromised or
confused model naming another customer's order gets nothing read and nothing written."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from assistant.models.backend import Decision, T
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.faults.conftest import LEO, OpenService, texts
from tests.model_stand_ins import ResolverStandIn
from tools.store.enums import OrderStatus
from tools.store.tables import AuditEvent, Confirmation, Order


class HijackedModel(ResolverStandIn):
    """A fake model whose intent decisions are scripted (e.g. by an injection); the rest is the resolver's."""

    name = "hijacked"

    def __init__(self, resolver: ResolverBackend, intents: list[TurnIntent]) -> None:
        super().__init__(resolver)
        self.intents = intents

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        if kind is TurnIntent and self.intents:
            return Decision[T](value=self.intents.pop(0), backend=self.name, model="fake", prompt_version="x",
                               latency_ms=1.0)
        return await self.resolver.decide(kind, request)


def _intent(intent: Intent, **slots: Any) -> TurnIntent:
    return TurnIntent(intent=intent, confidence=0.99, slots=TurnSlots(**slots))


async def _writes(store: Store, order_id: str) -> int:
    """Writes and recorded confirmations touching `order_id`; every confirmation must be Leo's own."""
    async with store.sessions() as session:
        audits = await session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.subject_id == order_id))
        confirmations = (await session.scalars(select(Confirmation))).all()
    assert all(c.customer_id == LEO for c in confirmations)
    return int(audits or 0) + sum(c.arguments.get("order_id") == order_id for c in confirmations)


async def test_a_model_that_cancels_another_customers_order_changes_nothing(
    open_service: OpenService, shop: Store, resolver: ResolverBackend
) -> None:
    model = HijackedModel(resolver, [
        _intent(Intent.CANCEL_ORDER, order_ids=["#D9000002"], cancel_reason="ordered by mistake"),  # Mia's
        _intent(Intent.AFFIRM),
    ])
    async with open_service(shop.sessions, model) as service:
        asked = await service.send("scope-1", "please cancel", session_customer_id=LEO)
        answered = await service.send("scope-1", "yes", session_customer_id=LEO)
    async with shop.sessions() as session:
        assert (await session.get(Order, "#D9000002")).status is OrderStatus.PENDING
    assert await _writes(shop, "#D9000002") == 0
    shown = texts(asked) + texts(answered)
    assert "WJ01" not in shown and "Mia" not in shown  # nothing of Mia's order is read out to Leo


async def test_a_model_that_returns_items_from_another_customers_order_changes_nothing(
    open_service: OpenService, shop: Store, resolver: ResolverBackend
) -> None:
    model = HijackedModel(resolver, [
        _intent(Intent.RETURN_ITEM, order_ids=["#D9000001"], item_ids=["MH01-M-Black"]),  # Mia's delivered order
        _intent(Intent.AFFIRM),
        _intent(Intent.AFFIRM),
    ])
    async with open_service(shop.sessions, model) as service:
        for text in ("return this", "yes", "yes"):
            await service.send("scope-2", text, session_customer_id=LEO)
    async with shop.sessions() as session:
        assert (await session.get(Order, "#D9000001")).status is OrderStatus.DELIVERED
    assert await _writes(shop, "#D9000001") == 0
