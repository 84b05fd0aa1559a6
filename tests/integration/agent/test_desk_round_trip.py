"""Around the desk, on SQLite and PostgreSQL (desk19): at hand-back every message left unanswered while held is taken
up (a bare yes sent while held consents to nothing); a request for a person naming the order by its item files
the ticket on that order, and a second request about that order goes to the ticket already open on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.conversation import ConversationService
from assistant.intake.redaction import Redactor
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.agent.conftest import _service_factory
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus, TicketEventKind, TicketStatus
from tools.store.tables import Order, Ticket, TicketEvent

YARA = "yara_patel_8545"  # one pending order #W1068289 (headphones, grill, wristwatch); gift card $91.00
AVA = "ava_khan_1840"  # one pending order #W1123136 (tablet, skateboard, portable charger)


@pytest.fixture
def service_factory(
    store: Store, shop_catalog, resolver: ResolverBackend, redactor: Redactor, tmp_path: Path
) -> Callable[[], AsyncIterator[ConversationService]]:
    """The tau-retail store on SQLite and PostgreSQL, with the catalog index: a message with several requests is
    read for its side questions only where there is a catalog (as in the shop)."""
    return _service_factory(store, resolver, redactor, tmp_path, shop_catalog[1])


async def _order_status(store: Store, order_id: str) -> OrderStatus:
    async with store.sessions() as session:
        order = await session.get(Order, order_id)
        assert order is not None
        return order.status


async def _tickets(store: Store) -> list[Ticket]:
    async with store.sessions() as session:
        return list(await session.scalars(select(Ticket).order_by(Ticket.id)))


async def test_hand_back_takes_up_every_unanswered_message_and_a_held_yes_consents_to_nothing(
    service_factory, store: Store
) -> None:
    async with service_factory() as service:
        await service.send("hb", "I want to talk to a human", session_customer_id=YARA)
        for said in ("what's my gift card balance?", "cancel #W1068289 because I no longer need it", "yes"):
            held = await service.send("hb", said, session_customer_id=YARA)
            assert held.waiting_for_agent
        back = await service.hand_back("hb", "agent_ana")
        said_back = texts(back)
        assert not back.waiting_for_agent
        assert "91.00" in said_back and "#W1068289" in said_back, said_back  # the read answered, the write proposed
        assert "gift card balance" in said_back and "no longer need it" in said_back  # what was picked up is named
        assert await _order_status(store, "#W1068289") is OrderStatus.PENDING  # the "yes" sent while held: nothing
        confirmed = await service.send("hb", "yes", session_customer_id=YARA)
    assert "#W1068289" in texts(confirmed)
    assert await _order_status(store, "#W1068289") is OrderStatus.CANCELLED


async def test_a_hand_back_with_only_a_held_yes_left_asks_what_is_next(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("hb-yes", "can I speak to someone please", session_customer_id=YARA)
        await service.send("hb-yes", "yes", session_customer_id=YARA)
        back = await service.hand_back("hb-yes", "agent_ana")
    assert not back.waiting_for_agent and "yes" not in texts(back).split("“")[-1]
    assert "anything else" in texts(back)
    assert await _order_status(store, "#W1068289") is OrderStatus.PENDING


async def test_a_second_request_for_a_person_about_the_same_order_goes_to_its_ticket(
    service_factory, store: Store
) -> None:
    async with service_factory() as service:
        first = await service.send("t1", "I'd like to talk to a person about my skateboard", session_customer_id=AVA)
        assert first.waiting_for_agent
        [ticket] = await _tickets(store)
        assert ticket.order_id == "#W1123136" and ticket.status is TicketStatus.ESCALATED  # found by its item
        await service.hand_back("t1", "agent_ana")
        # the same request twice (a re-sent message, a re-run step): one follow-up, never a second ticket
        again = await service.send(
            "t2", "can I speak to someone about order #W1123136?", session_customer_id=AVA, message_id="t2-m1"
        )
        await service.send(
            "t2", "can I speak to someone about order #W1123136?", session_customer_id=AVA, message_id="t2-m1"
        )
    [still] = await _tickets(store)
    assert still.id == ticket.id and still.status is TicketStatus.ESCALATED
    assert ticket.number in texts(again)
    async with store.sessions() as session:
        messages = list(
            await session.scalars(
                select(TicketEvent.body).where(
                    TicketEvent.ticket_id == ticket.id, TicketEvent.kind == TicketEventKind.CUSTOMER_MESSAGE
                )
            )
        )
    assert messages == ["can I speak to someone about order #W1123136?"]
