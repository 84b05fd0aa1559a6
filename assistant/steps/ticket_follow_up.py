"""A customer who complains again about an order or item with an open ticket about the same problem is told about
that ticket (its number and status) and what they sent is added to it, instead of a second ticket being opened
(a different problem is a complaint of its own: `tools.ticket_followups.same_problem`). So is a customer
who has opened as many tickets as the shop allows in a window (`tools.tickets.CUSTOMER_TICKETS_PER_WINDOW`):
their latest open ticket gets the message."""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.state import ConversationState, Reply, with_replies
from tools.context import Actor
from tools.store.enums import EscalationReason, TicketStatus
from tools.ticket_followups import find_open_ticket, follow_up_ticket, latest_open_ticket
from tools.ticket_views import EvidenceRef, TicketView

# The refusal code of a new ticket over the customer's limit (tools.errors.TicketLimitReached).
TICKET_LIMIT = "ticket_limit_reached"

# Status facts in words; prompts/replies_*.yaml translate them under `terms`.
STATUS_TEXT = {TicketStatus.OPEN: "open", TicketStatus.ESCALATED: "with our team"}


def _evidence(ticket_args: dict[str, Any]) -> EvidenceRef | None:
    photos = ticket_args.get("evidence") or []
    return EvidenceRef.model_validate(photos[0]) if photos else None


async def follow_up_open_ticket(deps: Deps, state: ConversationState, ticket_args: dict[str, Any], *,
                                escalate_because: EscalationReason | None,
                                reply_key: str = "open_ticket_exists") -> dict[str, Any] | None:
    """The graph update that puts this message on the customer's open ticket about the same order/item and
    problem and says so (`reply_key`: a photo assessed as that problem says it), or None when there is no such
    ticket. When the ticket is this conversation's and it is being escalated, the conversation waits for the
    desk as for a new escalation."""
    return await _add_to_open_ticket(deps, state, ticket_args, escalate_because=escalate_because, any_order=False,
                                     reply_key=reply_key)


async def follow_up_latest_ticket(deps: Deps, state: ConversationState, ticket_args: dict[str, Any], *,
                                  escalate_because: EscalationReason | None) -> dict[str, Any] | None:
    """As `follow_up_open_ticket`, onto the customer's latest open ticket whatever it is about: used when the
    ticket limit refused a new one. None when they have no open ticket."""
    return await _add_to_open_ticket(deps, state, ticket_args, escalate_because=escalate_because, any_order=True)


async def _add_to_open_ticket(deps: Deps, state: ConversationState, ticket_args: dict[str, Any], *,
                              escalate_because: EscalationReason | None, any_order: bool,
                              reply_key: str = "open_ticket_exists") -> dict[str, Any] | None:
    incoming = state.get("incoming") or {}
    async with deps.tools(Actor.customer(state["customer_id"]), state["conversation_id"]) as ctx:  # type: ignore[arg-type]
        found: TicketView | None = (
            await latest_open_ticket(ctx) if any_order
            else await find_open_ticket(ctx, order_id=ticket_args.get("order_id"),
                                        item_ids=ticket_args.get("item_ids") or [],
                                        category=ticket_args.get("category")))
        if found is None:
            return None
        ticket = await follow_up_ticket(ctx, found.id, incoming.get("text", ""),
                                        dedupe_key=incoming.get("message_id"), evidence=_evidence(ticket_args),
                                        escalate_because=escalate_because)
    status = STATUS_TEXT.get(ticket.status, "open")
    reply = (Reply(key=reply_key, facts={"ticket_id": ticket.number, "order_id": ticket.order_id,
                                                    "status": status})
             if ticket.order_id else
             Reply(key="added_to_open_ticket", facts={"ticket_id": ticket.number, "status": status}))
    update: dict[str, Any] = {"pending": None, "topic": None, "outbox": with_replies(state, reply)}
    if escalate_because is not None and ticket.conversation_id == state.get("conversation_id"):
        update["handoff"] = {"ticket_id": ticket.id, "active": True}
    return update
