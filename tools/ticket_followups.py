"""A complaint about an order or item that already has an open ticket goes to that ticket, not a new one.

`find_open_ticket` finds the customer's open or escalated ticket about the same order (and, when both name
items, an item they share; and, when a problem is named, the same problem); `follow_up_ticket` adds the new
message and photo to it and escalates it if asked.

The same problem: the same category, or a ticket or complaint that names none (a request for a person is filed
as `other`, a photo that shows nothing wrong as `not_a_problem`): those are evidence for whatever is open. A
different problem on the same item (a rip reported after a wrong colour) is a complaint of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from tools.context import ToolContext
from tools.store.enums import EscalationReason, TicketCategory, TicketEventKind, TicketStatus
from tools.store.tables import Ticket
from tools.ticket_views import EvidenceRef, TicketView
from tools.tickets import add_ticket_event, escalate_ticket

OPEN_STATUSES = (TicketStatus.OPEN, TicketStatus.ESCALATED)
# Categories that name no problem of their own: a ticket or complaint in one of them is about any problem.
NO_PROBLEM_NAMED = {TicketCategory.OTHER.value, TicketCategory.NOT_A_PROBLEM.value}


def _same_items(ticket: Ticket, item_ids: Sequence[str]) -> bool:
    return not item_ids or not ticket.item_ids or bool(set(item_ids) & set(ticket.item_ids))


def same_problem(ticket_category: str, category: str | None) -> bool:
    """Whether a complaint in `category` is the ticket's problem (None: the complaint names no problem)."""
    return (category is None or category == ticket_category
            or ticket_category in NO_PROBLEM_NAMED or category in NO_PROBLEM_NAMED)


async def find_open_ticket(ctx: ToolContext, *, order_id: str | None, item_ids: Sequence[str] = (),
                           category: str | None = None) -> TicketView | None:
    """The verified customer's most recent unresolved ticket about `order_id` (and one of `item_ids`, and the
    problem `category` names), if any."""
    if order_id is None:
        return None
    query = (select(Ticket)
             .where(Ticket.customer_id == ctx.customer_id(), Ticket.order_id == order_id,
                    Ticket.status.in_(OPEN_STATUSES))
             .order_by(Ticket.created_at.desc(), Ticket.id.desc()))
    for ticket in await ctx.session.scalars(query):
        if _same_items(ticket, item_ids) and same_problem(str(ticket.category), category):
            return TicketView.of(ticket)
    return None


async def latest_open_ticket(ctx: ToolContext) -> TicketView | None:
    """The verified customer's most recently updated unresolved ticket, about any order or none."""
    ticket = await ctx.session.scalar(
        select(Ticket).where(Ticket.customer_id == ctx.customer_id(), Ticket.status.in_(OPEN_STATUSES))
        .order_by(Ticket.updated_at.desc(), Ticket.id.desc()).limit(1))
    return TicketView.of(ticket) if ticket is not None else None


async def follow_up_ticket(ctx: ToolContext, ticket_id: int, text: str, *, dedupe_key: str | None,
                           evidence: EvidenceRef | None = None,
                           escalate_because: EscalationReason | None = None) -> TicketView:
    """Add the customer's new message (and redacted photo) to their open ticket, once per message; escalate
    the ticket too when the system would have escalated a new one."""
    view = await add_ticket_event(ctx, ticket_id, TicketEventKind.CUSTOMER_MESSAGE, text or "(photo)",
                                  dedupe_key=dedupe_key, evidence=evidence)
    if escalate_because is not None and view.status is not TicketStatus.ESCALATED:
        view = await escalate_ticket(ctx, ticket_id, "the customer came back about this", because=escalate_because)
    return view
