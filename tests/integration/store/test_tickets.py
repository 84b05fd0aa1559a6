"""Tickets: idempotent opening, optimistic locking, append-only events and who may do what."""

import asyncio

import pytest
from sqlalchemy import func, select

from tests.conftest import Store
from tools import tickets
from tools.context import Actor, ToolContext
from tools.errors import NotAuthorized, TicketConflict, TicketNotFound
from tools.store.enums import TicketCategory, TicketEventKind, TicketStatus
from tools.store.tables import AuditEvent, Ticket, TicketEvent
from tools.ticket_views import ModelVerdict, OpenTicket, TicketFilter

ETHAN = "ethan_lopez_6291"
REQUEST = OpenTicket(
    category=TicketCategory.WRONG_COLOUR_OR_SIZE,
    summary="Received the item in the wrong colour",
    order_id="#W6779827",
    item_ids=["7896397433"],
    verdict=ModelVerdict(
        label="wrong_colour_or_size", confidence=0.91, model_name="resolver", prompt_version="triage.v1"
    ),
)


async def _open(store: Store, conversation: str = "conv-1", action: str = "ticket-1") -> object:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session, Actor.customer(ETHAN), conversation_id=conversation)
        return await tickets.open_ticket(ctx, REQUEST, action_id=action)


async def _count_tickets(store: Store) -> int:
    async with store.sessions() as session:
        return await session.scalar(select(func.count()).select_from(Ticket))


async def test_retrying_ticket_creation_returns_the_same_ticket(store: Store) -> None:
    first = await _open(store)
    again = await _open(store)
    other = await _open(store, action="ticket-2")
    assert first.id == again.id and other.id != first.id
    assert first.verdict.confidence == pytest.approx(0.91) and first.verdict.prompt_version == "triage.v1"
    assert await _count_tickets(store) == 2


async def test_concurrent_duplicate_creation_makes_one_ticket(store: Store) -> None:
    created = await asyncio.gather(*[_open(store) for _ in range(4)])
    assert len({t.id for t in created}) == 1
    assert await _count_tickets(store) == 1


async def test_two_agents_updating_from_the_same_version_one_gets_a_conflict(store: Store) -> None:
    opened = await _open(store)
    results = []
    for agent in ("alice", "bob"):  # both submit the form they loaded at `opened.version`
        async with store.sessions() as session:
            ctx = ToolContext(session, Actor.agent(agent))
            try:
                async with session.begin():
                    results.append(
                        await tickets.assign_ticket(ctx, opened.id, agent, expected_version=opened.version)
                    )
            except TicketConflict:
                results.append("conflict")
    assert results[0].assignee == "alice" and results[0].version == opened.version + 1
    assert results[1] == "conflict"


@pytest.mark.postgres
async def test_interleaved_transactions_are_caught_by_the_version_column(store: Store) -> None:
    if store.backend != "postgres":
        pytest.skip("SQLite serialises writers (BEGIN IMMEDIATE), so transactions cannot interleave")
    opened = await _open(store)
    async with store.sessions() as first, store.sessions() as second:
        await first.begin()
        await second.begin()
        a = await tickets.load_ticket(ToolContext(first, Actor.agent("alice")), opened.id)
        b = await tickets.load_ticket(ToolContext(second, Actor.agent("bob")), opened.id)
        a.assignee, b.assignee = "alice", "bob"
        await first.flush()
        await first.commit()
        with pytest.raises(TicketConflict):
            await tickets.save_ticket_change(
                ToolContext(second, Actor.agent("bob")), b, None, "assign_ticket"
            )


async def test_escalation_reply_and_resolution_are_logged_in_order(store: Store) -> None:
    opened = await _open(store)
    async with store.sessions() as session, session.begin():
        await tickets.escalate_ticket(
            ToolContext(session, Actor.customer(ETHAN)), opened.id, "customer asked for a human"
        )
    async with store.sessions() as session, session.begin():
        agent = ToolContext(session, Actor.agent("alice"))
        await tickets.add_ticket_event(
            agent, opened.id, TicketEventKind.AGENT_REPLY, "Sorry! A new one is on its way."
        )
        resolved = await tickets.resolve_ticket(agent, opened.id, "replacement shipped")
    async with store.sessions() as session:
        full = await tickets.get_ticket(ToolContext(session, Actor.agent("alice")), opened.id)
        audited = await session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.subject_type == "ticket")
        )
    assert resolved.status is TicketStatus.RESOLVED and resolved.resolved_at is not None
    assert [e.kind for e in full.events] == [
        TicketEventKind.CREATED,
        TicketEventKind.ESCALATED,
        TicketEventKind.AGENT_REPLY,
        TicketEventKind.RESOLVED,
    ]
    assert audited == 4  # open, escalate, reply, resolve


async def test_ticket_events_are_append_only(store: Store) -> None:
    opened = await _open(store)
    async with store.sessions() as session:
        event = await session.scalar(select(TicketEvent).where(TicketEvent.ticket_id == opened.id))
        event.body = "rewritten history"
        with pytest.raises(PermissionError):
            await session.flush()


async def test_customers_see_only_their_tickets_and_cannot_use_desk_actions(store: Store) -> None:
    opened = await _open(store)
    async with store.sessions() as session:
        stranger = ToolContext(session, Actor.customer("sofia_rossi_8776"))
        with pytest.raises(TicketNotFound):
            await tickets.get_ticket(stranger, opened.id)
        assert await tickets.list_tickets(stranger, TicketFilter()) == []
        with pytest.raises(NotAuthorized):
            await tickets.resolve_ticket(
                ToolContext(session, Actor.customer(ETHAN)), opened.id, "self-service"
            )
        with pytest.raises(NotAuthorized):
            await tickets.add_ticket_event(
                ToolContext(session, Actor.customer(ETHAN)),
                opened.id,
                TicketEventKind.AGENT_REPLY,
                "pretending to be staff",
            )
        queue = await tickets.list_tickets(ToolContext(session, Actor.agent("alice")), TicketFilter())
    assert [t.id for t in queue] == [opened.id]
