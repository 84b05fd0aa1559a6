"""A customer opens at most CUSTOMER_TICKETS_PER_WINDOW tickets an hour (attacker pass: 15 escalations in 1.7 s
from new chats); a retry of an opened ticket is still answered."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.conftest import Store
from tools import tickets
from tools.context import Actor, ToolContext
from tools.errors import TicketLimitReached
from tools.store.enums import TicketCategory
from tools.store.tables import Ticket
from tools.ticket_views import OpenTicket

ETHAN = "ethan_lopez_6291"
REQUEST = OpenTicket(category=TicketCategory.OTHER, summary="Customer asked for a human", escalate=True)


async def _open(store: Store, action: str) -> object:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session, Actor.customer(ETHAN), conversation_id=f"chat-{action}")
        return await tickets.open_ticket(ctx, REQUEST, action_id=action)


async def _count(store: Store) -> int:
    async with store.sessions() as session:
        return await session.scalar(select(func.count()).select_from(Ticket))


async def test_the_ticket_after_the_limit_is_refused_and_nothing_is_written(store: Store) -> None:
    for n in range(tickets.CUSTOMER_TICKETS_PER_WINDOW):
        await _open(store, f"a{n}")
    with pytest.raises(TicketLimitReached) as refused:
        await _open(store, "one-too-many")
    assert refused.value.code == "ticket_limit_reached"
    assert await _count(store) == tickets.CUSTOMER_TICKETS_PER_WINDOW


async def test_a_retry_of_an_opened_ticket_is_answered_past_the_limit(store: Store) -> None:
    first = await _open(store, "a0")
    for n in range(1, tickets.CUSTOMER_TICKETS_PER_WINDOW):
        await _open(store, f"a{n}")
    assert (await _open(store, "a0")).id == first.id  # the same conversation and action: its ticket


async def test_tickets_older_than_the_window_do_not_count(store: Store) -> None:
    for n in range(tickets.CUSTOMER_TICKETS_PER_WINDOW):
        await _open(store, f"a{n}")
    async with store.sessions() as session, session.begin():
        for ticket in await session.scalars(select(Ticket)):
            ticket.created_at = ticket.created_at - tickets.TICKET_WINDOW - timedelta(minutes=1)
    await _open(store, "next-hour")
    assert await _count(store) == tickets.CUSTOMER_TICKETS_PER_WINDOW + 1
