"""Support tickets: idempotent opening, the append-only event log, escalation and the desk's actions."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from tools.audit import record_audit
from tools.context import Actor, ToolContext
from tools.errors import NotAuthorized, TicketConflict, TicketLimitReached, TicketNotFound
from tools.orders.loading import ORDER_DETAILS, load_customer_order
from tools.store.enums import ActorKind, EscalationReason, TicketEventKind, TicketStatus
from tools.store.tables import Order, Ticket, TicketEvent
from tools.ticket_views import EvidenceRef, OpenTicket, TicketFilter, TicketView
from tools.views import OrderView

PRIORITY_RANK = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
EVENTS_BY_ACTOR = {
    ActorKind.CUSTOMER: {TicketEventKind.CUSTOMER_MESSAGE},
    ActorKind.AGENT: {TicketEventKind.NOTE, TicketEventKind.AGENT_REPLY},
    ActorKind.SYSTEM: set(TicketEventKind),
}


# A customer opens at most this many tickets in the window (chat retries of one message do not count: they get
# the same ticket). A flood of escalations from new conversations would otherwise bury the desk's queue.
CUSTOMER_TICKETS_PER_WINDOW = 5
TICKET_WINDOW = timedelta(hours=1)

# Who the log names when the system, not the customer, decided a conversation needs a person.
ASSISTANT = Actor.system("assistant")


def _event(
    ctx: ToolContext, ticket: Ticket, kind: TicketEventKind, body: str | None = None, data: dict | None = None,
    *, actor: Actor | None = None,
) -> None:
    actor = actor or ctx.actor
    ctx.session.add(
        TicketEvent(
            ticket_id=ticket.id,
            kind=kind,
            actor_kind=actor.kind,
            actor_id=actor.id,
            body=body,
            data=data,
            created_at=ctx.now(),
        )
    )


def _escalation_event(ctx: ToolContext, ticket: Ticket, body: str, because: EscalationReason) -> None:
    """The log names who escalated: the customer when they asked for a person (in their own session), else the
    assistant, with the grounds (low confidence, policy, ...) in `data.reason`."""
    by_customer = because.by_customer and ctx.actor.kind is ActorKind.CUSTOMER
    _event(ctx, ticket, TicketEventKind.ESCALATED, body, {"reason": because.value},
           actor=None if by_customer else ASSISTANT)


async def _existing(ctx: ToolContext, key: str) -> Ticket | None:
    return await ctx.session.scalar(
        select(Ticket).where(Ticket.idempotency_key == key).execution_options(populate_existing=True)
    )


async def open_ticket(ctx: ToolContext, args: OpenTicket, *, action_id: str) -> TicketView:
    """Open a ticket once per (conversation, action): a retry or concurrent duplicate gets the same ticket."""
    customer_id = ctx.customer_id()
    if args.order_id is not None:
        await load_customer_order(ctx, args.order_id)
    key = f"{ctx.conversation_id or 'no-conversation'}:{action_id}"
    if (ticket := await _existing(ctx, key)) is not None:
        return TicketView.of(ticket)
    now = ctx.now()
    if ctx.actor.kind is ActorKind.CUSTOMER:
        await _within_ticket_limit(ctx, customer_id, now)
    ticket = Ticket(
        idempotency_key=key,
        customer_id=customer_id,
        conversation_id=ctx.conversation_id,
        order_id=args.order_id,
        item_ids=list(args.item_ids),
        category=args.category,
        status=TicketStatus.ESCALATED if args.escalate else TicketStatus.OPEN,
        priority=args.priority,
        summary=args.summary,
        evidence=[e.model_dump() for e in args.evidence],
        model_label=args.verdict.label if args.verdict else None,
        model_confidence=args.verdict.confidence if args.verdict else None,
        model_name=args.verdict.model_name if args.verdict else None,
        prompt_version=args.verdict.prompt_version if args.verdict else None,
        created_at=now,
        updated_at=now,
    )
    try:
        async with ctx.session.begin_nested():
            ctx.session.add(ticket)
            await ctx.session.flush()
    except IntegrityError:
        # A concurrent request with the same key won the insert; return its ticket.
        if (winner := await _existing(ctx, key)) is None:
            raise
        return TicketView.of(winner)
    _event(ctx, ticket, TicketEventKind.CREATED, args.summary, {"category": args.category.value})
    if args.escalate:
        _escalation_event(ctx, ticket, "escalated when opened", args.escalation_reason)
    record_audit(
        ctx,
        action="open_ticket",
        subject_type="ticket",
        subject_id=str(ticket.id),
        data={"category": args.category.value, "order_id": args.order_id},
    )
    await ctx.session.flush()
    return TicketView.of(ticket)


async def _within_ticket_limit(ctx: ToolContext, customer_id: str, now: datetime) -> None:
    opened = await ctx.session.scalar(
        select(func.count()).select_from(Ticket)
        .where(Ticket.customer_id == customer_id, Ticket.created_at >= now - TICKET_WINDOW))
    if (opened or 0) >= CUSTOMER_TICKETS_PER_WINDOW:
        raise TicketLimitReached(CUSTOMER_TICKETS_PER_WINDOW, int(TICKET_WINDOW.total_seconds() // 3600))


async def load_ticket(ctx: ToolContext, ticket_id: int, *, for_update: bool = False) -> Ticket:
    """A ticket visible to the caller: any ticket for agents and the system, own tickets for customers.

    `for_update` locks the row until the transaction ends, so a check of its version holds until the write.
    """
    query = select(Ticket).where(Ticket.id == ticket_id).execution_options(populate_existing=True)
    if for_update:
        query = query.with_for_update()
    if ctx.actor.kind is ActorKind.CUSTOMER:
        query = query.where(Ticket.customer_id == ctx.customer_id())
    elif ctx.actor.kind not in (ActorKind.AGENT, ActorKind.SYSTEM):
        raise NotAuthorized("tickets")
    ticket = await ctx.session.scalar(query)
    if ticket is None:
        raise TicketNotFound(ticket_id)
    return ticket


async def get_ticket(ctx: ToolContext, ticket_id: int) -> TicketView:
    ticket = await load_ticket(ctx, ticket_id)
    events = await ctx.session.scalars(
        select(TicketEvent).where(TicketEvent.ticket_id == ticket.id).order_by(TicketEvent.id)
    )
    return TicketView.of(ticket, list(events))


async def save_ticket_change(ctx: ToolContext, ticket: Ticket, expected_version: int | None, action: str) -> TicketView:
    """Flush a change under optimistic locking: a stale form or a concurrent writer gets TicketConflict."""
    ticket_id = ticket.id
    if expected_version is not None and expected_version != ticket.version:
        raise TicketConflict(ticket_id)
    ticket.updated_at = ctx.now()
    record_audit(
        ctx,
        action=action,
        subject_type="ticket",
        subject_id=str(ticket.id),
        data={"status": ticket.status.value, "assignee": ticket.assignee},
    )
    try:
        await ctx.session.flush()
    except StaleDataError as error:
        raise TicketConflict(ticket_id) from error
    return TicketView.of(ticket)


async def add_ticket_event(
    ctx: ToolContext, ticket_id: int, kind: TicketEventKind, body: str, *, dedupe_key: str | None = None,
    evidence: EvidenceRef | None = None,
) -> TicketView:
    """Append a message or note; customers may add their own messages, agents notes and replies.

    With `dedupe_key` (e.g. the chat message id) the same message is logged once however often it is sent.
    `evidence` (a redacted photo sent with the message) is added to the ticket's evidence as well.
    """
    if kind not in EVENTS_BY_ACTOR.get(ctx.actor.kind, set()):
        raise NotAuthorized(f"{ctx.actor.kind.value} cannot add {kind.value} events")
    ticket = await load_ticket(ctx, ticket_id)
    if dedupe_key is not None:
        logged = await ctx.session.scalars(
            select(TicketEvent.data).where(TicketEvent.ticket_id == ticket.id, TicketEvent.kind == kind)
        )
        if any((data or {}).get("dedupe_key") == dedupe_key for data in logged):
            return TicketView.of(ticket)
    data: dict[str, Any] = {"dedupe_key": dedupe_key} if dedupe_key else {}
    if ctx.conversation_id and ctx.conversation_id != ticket.conversation_id:
        # Said in another conversation of the customer's (a request added to this open ticket): the desk's reply
        # goes there too (assistant/web/api/ticket_actions.py).
        data["conversation_id"] = ctx.conversation_id
    if evidence is not None:
        data["evidence"] = evidence.model_dump()
        # A new list, so the JSON column sees the change.
        ticket.evidence = [*ticket.evidence, evidence.model_dump()]
    _event(ctx, ticket, kind, body, data or None)
    return await save_ticket_change(ctx, ticket, None, f"ticket_{kind.value}")


async def escalate_ticket(ctx: ToolContext, ticket_id: int, reason: str, *,
                          because: EscalationReason = EscalationReason.CUSTOMER_REQUEST) -> TicketView:
    """Hand the ticket to a human agent; the conversation waits for them."""
    ticket = await load_ticket(ctx, ticket_id)
    if ticket.status is TicketStatus.ESCALATED:
        return TicketView.of(ticket)
    ticket.status = TicketStatus.ESCALATED
    _escalation_event(ctx, ticket, reason, because)
    return await save_ticket_change(ctx, ticket, None, "escalate_ticket")


async def assign_ticket(
    ctx: ToolContext, ticket_id: int, assignee: str, *, expected_version: int | None = None
) -> TicketView:
    ctx.agent_id()
    ticket = await load_ticket(ctx, ticket_id)
    ticket.assignee = assignee
    _event(ctx, ticket, TicketEventKind.ASSIGNED, None, {"assignee": assignee})
    return await save_ticket_change(ctx, ticket, expected_version, "assign_ticket")


async def hand_back_ticket(
    ctx: ToolContext, ticket_id: int, *, expected_version: int | None = None
) -> TicketView:
    """The agent returns the conversation to the assistant; the ticket stays open."""
    ctx.agent_id()
    ticket = await load_ticket(ctx, ticket_id)
    ticket.status = TicketStatus.OPEN
    _event(ctx, ticket, TicketEventKind.HANDED_BACK)
    return await save_ticket_change(ctx, ticket, expected_version, "hand_back_ticket")


async def resolve_ticket(
    ctx: ToolContext, ticket_id: int, resolution: str, *, expected_version: int | None = None
) -> TicketView:
    ctx.agent_id()
    ticket = await load_ticket(ctx, ticket_id)
    ticket.status = TicketStatus.RESOLVED
    ticket.resolved_at = ctx.now()
    _event(ctx, ticket, TicketEventKind.RESOLVED, resolution)
    return await save_ticket_change(ctx, ticket, expected_version, "resolve_ticket")


async def list_tickets(ctx: ToolContext, filters: TicketFilter) -> list[TicketView]:
    """The desk queue: most urgent first, then oldest first. Customers see only their own tickets."""
    query = select(Ticket).where(Ticket.status.in_(filters.statuses))
    if ctx.actor.kind is ActorKind.CUSTOMER:
        query = query.where(Ticket.customer_id == ctx.customer_id())
    elif ctx.actor.kind is not ActorKind.AGENT:
        raise NotAuthorized("the ticket queue")
    for column, value in (
        (Ticket.priority, filters.priority),
        (Ticket.assignee, filters.assignee),
        (Ticket.category, filters.category),
    ):
        if value is not None:
            query = query.where(column == value)
    if filters.older_than_s is not None:
        query = query.where(Ticket.created_at <= ctx.now() - timedelta(seconds=filters.older_than_s))
    tickets = list(
        await ctx.session.scalars(query.order_by(Ticket.created_at, Ticket.id).limit(filters.limit))
    )
    tickets.sort(key=lambda t: PRIORITY_RANK[t.priority.value])
    return [TicketView.of(t) for t in tickets]


async def ticket_order(ctx: ToolContext, ticket_id: int) -> OrderView | None:
    """The order a ticket is about, for the desk (agents only; customers read orders through their tools)."""
    ctx.agent_id()
    ticket = await load_ticket(ctx, ticket_id)
    if ticket.order_id is None:
        return None
    query = select(Order).where(Order.id == ticket.order_id).options(*ORDER_DETAILS)
    order = (await ctx.session.execute(query)).unique().scalar_one_or_none()
    return OrderView.of(order) if order is not None else None
