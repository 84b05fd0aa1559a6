"""Final-state and reply checks of a case: order statuses, the conversation's ticket, audit writes, facts."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from evals.conversations.suite import ReplyExpectations, StoreExpectations, TicketState, TurnReply
from tools.store.tables import AuditEvent, Order, Ticket
from tools.store.tau_export import export_tau_retail


def _value(field: Any) -> Any:
    return getattr(field, "value", field)


def _ticket_problems(expected: TicketState, ticket: Ticket | None) -> list[str]:
    if ticket is None:
        return ["expected a ticket, none was opened"] if expected.exists else []
    if not expected.exists:
        return [f"expected no ticket, found ticket {ticket.id} ({_value(ticket.category)})"]
    actual = {"category": _value(ticket.category), "status": _value(ticket.status), "order_id": ticket.order_id,
              "item_ids": ticket.item_ids, "escalated": _value(ticket.status) == "escalated",
              "has_evidence": bool(ticket.evidence)}
    wanted = expected.model_dump(exclude={"exists"}, exclude_none=True)
    return [f"ticket {key}: expected {value!r}, got {actual[key]!r}" for key, value in wanted.items()
            if actual[key] != value]


# A guest's identity check is audited (verified, failed, locked) but changes nothing in the shop: not a write
IDENTITY_EVENT_PREFIX = "identity_"


async def store_problems(session: AsyncSession, expected: StoreExpectations, conversation_id: str,
                         tau_changed: dict[str, dict[str, Any]] | None) -> list[str]:
    problems = []
    for order in expected.orders:
        row = await session.get(Order, order.id)
        status = _value(row.status) if row else None
        if status != order.status:
            problems.append(f"order {order.id}: expected status {order.status!r}, got {status!r}")
    if expected.ticket is not None:
        ticket = await session.scalar(select(Ticket).where(Ticket.conversation_id == conversation_id))
        problems += _ticket_problems(expected.ticket, ticket)
    if expected.unchanged:
        actions = [action for action in await session.scalars(select(AuditEvent.action).order_by(AuditEvent.id))
                   if not action.startswith(IDENTITY_EVENT_PREFIX)]
        if actions:
            problems.append(f"expected no writes, the audit log has {len(actions)}: {', '.join(actions)}")
    if tau_changed is not None:
        exported = await export_tau_retail(session)
        problems += [f"tau-retail {table}/{record_id} differs from the task's expected record"
                     for table, records in tau_changed.items() for record_id, record in records.items()
                     if exported[table].get(record_id) != record]
    return problems


# A thousands separator of any locale between digits ("$5,594.62", "1.908,69 $", "1 908,69 $")
_DIGIT_GROUPING = re.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))")


def without_digit_grouping(text: str) -> str:
    """`text` with the thousands separators of amounts taken out, so a fact written "5594.62" or "1908,69" is found
    in a reply that groups the digits as its locale does."""
    return _DIGIT_GROUPING.sub("", text)


def turn_reply_problems(number: int, expected: TurnReply, reply: str) -> list[str]:
    """A scripted turn's own reply checks (`number` counts from 1), on that turn's reply alone."""
    lowered = reply.lower()
    said = (lowered, without_digit_grouping(lowered))
    problems = [f"turn {number} reply never said any of {alternatives}" for alternatives in expected.facts
                if not any(a.lower() in text for a in alternatives for text in said)]
    return problems + [f"turn {number} reply said {phrase!r}" for phrase in expected.must_not_say
                       if phrase.lower() in lowered]


def reply_problems(expected: ReplyExpectations, transcript: str, waiting_for_agent: bool) -> list[str]:
    """`transcript` is every assistant message and notice of the conversation, joined."""
    lowered = transcript.lower()
    said = (lowered, without_digit_grouping(lowered))
    problems = [f"reply never said any of {alternatives}" for alternatives in expected.facts
                if not any(a.lower() in text for a in alternatives for text in said)]
    problems += [f"reply said {phrase!r}" for phrase in expected.must_not_say if phrase.lower() in lowered]
    problems += [f"reply said {phrase!r} {lowered.count(phrase.lower())} times" for phrase in expected.said_at_most_once
                 if lowered.count(phrase.lower()) > 1]
    if expected.waiting_for_agent is not None and waiting_for_agent != expected.waiting_for_agent:
        problems.append(f"waiting for an agent: expected {expected.waiting_for_agent}, got {waiting_for_agent}")
    return problems
