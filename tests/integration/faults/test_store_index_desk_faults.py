"""The order store, the catalog index and the desk failing: within 5 s the customer is told, their message and
photo are kept, nothing is done twice, and the held message is answered once the dependency is back."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import pytest
from qdrant_client import QdrantClient
from sqlalchemy import func, select

from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tests.integration.faults.conftest import MIA, OpenService, texts
from tests.integration.faults.network import closed_port, silent_server
from tools.catalog.index import CatalogIndex
from tools.store.enums import OrderStatus
from tools.store.tables import AuditEvent, Order, Ticket


async def timed(call: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = await call
    return result, time.perf_counter() - started


async def test_a_locked_database_holds_the_yes_and_cancels_once_when_it_is_free(
    open_service: OpenService, shop: Store, resolver: ResolverBackend
) -> None:
    async with open_service(shop.sessions, resolver) as service:
        asked = await service.send("f-lock", "I want to cancel order #D9000002, I ordered it by mistake",
                                   session_customer_id=MIA)
        assert "#D9000002" in texts(asked) and not asked.held
        lock = sqlite3.connect(shop.url.removeprefix("sqlite+aiosqlite:///"), isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:
            held, elapsed = await timed(service.send("f-lock", "yes", session_customer_id=MIA, message_id="m-yes"))
        finally:
            lock.execute("ROLLBACK")
            lock.close()
        assert elapsed < 5.0 and held.held
        assert "kept your message" in texts(held)
        async with shop.sessions() as session:
            assert (await session.get(Order, "#D9000002")).status is OrderStatus.PENDING

    async with open_service(shop.sessions, resolver) as service:  # also survives a restart meanwhile
        resumed = await service.send("f-lock", "hello, are you there?", session_customer_id=MIA)
        again = await service.send("f-lock", "yes", session_customer_id=MIA, message_id="m-yes")  # a client retry
    assert "cancel" in texts(resumed).lower() and not resumed.held
    assert "cancel" not in texts(again).lower() or "already" in texts(again).lower()
    async with shop.sessions() as session:
        assert (await session.get(Order, "#D9000002")).status is OrderStatus.CANCELLED
        writes = await session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "cancel_pending_order"))
    assert writes == 1


@pytest.mark.parametrize("fault", ["unreachable", "silent"])
async def test_a_failing_catalog_index_holds_the_request_and_its_photo_until_it_is_back(
    open_service: OpenService, shop: Store, shop_catalog: tuple[Any, CatalogIndex], resolver: ResolverBackend,
    fault: str,
) -> None:
    working = shop_catalog[1]
    with silent_server() as silent_port:
        port = closed_port() if fault == "unreachable" else silent_port
        broken = CatalogIndex(client=QdrantClient(url=f"http://127.0.0.1:{port}", timeout=30),
                              collection=working.collection, embedders=working.embedders)
        async with open_service(shop.sessions, resolver, broken) as service:
            held, elapsed = await timed(service.send(
                "f-index", "do you have something like this in black?", session_customer_id=MIA,
                photo_bytes=customer_photo("m/h/mh01-black_main.jpg")))
            assert elapsed < 5.0 and held.held
            assert "kept your message and photo" in texts(held)
            kept = service.held.pending("f-index")
            assert len(kept) == 1 and kept[0].photo is not None

            service.deps.catalog = working  # the index is back
            resumed = await service.send("f-index", "any luck?", session_customer_id=MIA)
    assert not resumed.held and service.held.pending("f-index") == []
    cards = [card for message in resumed.messages for card in message.get("cards", [])]
    assert cards and cards[0]["title"]


async def test_a_failing_desk_tells_the_customer_and_opens_one_ticket_when_it_is_back(
    open_service: OpenService, shop: Store, resolver: ResolverBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.steps.handoff as handoff

    real_invoke = handoff.invoke_tool

    async def desk_down(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "open_ticket":
            raise ConnectionError("desk API unavailable")
        return await real_invoke(name, *args, **kwargs)

    monkeypatch.setattr(handoff, "invoke_tool", desk_down)
    async with open_service(shop.sessions, resolver) as service:
        held, elapsed = await timed(service.send("f-desk", "I want to talk to a human agent please",
                                                 session_customer_id=MIA))
        assert elapsed < 5.0 and held.held and not held.waiting_for_agent
        monkeypatch.setattr(handoff, "invoke_tool", real_invoke)
        resumed = await service.send("f-desk", "hello?", session_customer_id=MIA)
        await service.send("f-desk", "still there?", session_customer_id=MIA)
    assert resumed.waiting_for_agent and not resumed.held
    async with shop.sessions() as session:
        tickets = (await session.scalars(select(Ticket).where(Ticket.conversation_id == "f-desk"))).all()
    assert len(tickets) == 1
