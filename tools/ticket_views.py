"""Arguments and views of the ticketing tools."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tools.arguments import ItemId, OrderId
from tools.store.enums import (
    ActorKind,
    EscalationReason,
    TicketCategory,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
)
from tools.store.tables import Ticket, TicketEvent

# tickets.id and tickets.version are INTEGER columns (32-bit in PostgreSQL): a larger number is no ticket, and
# the drivers refuse to send it (OverflowError, DataError), so arguments stop at the column's range.
TICKET_INT_MAX = 2**31 - 1
# A queue filter older than ten years matches every ticket; some 2,000 years back, `now - age` is before year 1.
MAX_TICKET_AGE_S = 10 * 366 * 24 * 3600


class EvidenceRef(BaseModel):
    """A stored, redacted file attached to a ticket (never the customer's original)."""

    uri: str = Field(max_length=500, description="Storage reference of the redacted file.")
    kind: str = Field(default="photo", max_length=32)
    sha256: str | None = Field(default=None, max_length=64)


class ModelVerdict(BaseModel):
    """What the triage model said, with the model and prompt version that said it."""

    label: str = Field(max_length=64)
    confidence: float = Field(ge=0.0, le=1.0)
    model_name: str = Field(max_length=200)
    prompt_version: str = Field(max_length=100)


class OpenTicket(BaseModel):
    """Open a support ticket for the verified customer, e.g. for a damaged or wrong item."""

    model_config = ConfigDict(extra="forbid")

    category: TicketCategory
    summary: str = Field(min_length=1, max_length=4000)
    order_id: OrderId | None = None
    item_ids: list[ItemId] = []
    priority: TicketPriority = TicketPriority.NORMAL
    evidence: list[EvidenceRef] = []
    verdict: ModelVerdict | None = None
    escalate: bool = Field(default=False, description="Hand the ticket to a human agent straight away.")
    escalation_reason: EscalationReason = Field(
        default=EscalationReason.CUSTOMER_REQUEST,
        description="Why it goes to a person: the customer asked, or low confidence, policy, dissatisfaction.")


class TicketEventView(BaseModel):
    kind: TicketEventKind
    actor_kind: ActorKind
    actor_id: str | None
    body: str | None
    data: dict[str, Any] | None
    created_at: datetime

    @classmethod
    def of(cls, event: TicketEvent) -> TicketEventView:
        return cls(
            kind=event.kind,
            actor_kind=event.actor_kind,
            actor_id=event.actor_id,
            body=event.body,
            data=event.data,
            created_at=event.created_at,
        )


class TicketView(BaseModel):
    id: int
    number: str
    status: TicketStatus
    category: TicketCategory
    priority: TicketPriority
    customer_id: str
    conversation_id: str | None
    order_id: str | None
    item_ids: list[str]
    summary: str
    evidence: list[EvidenceRef]
    verdict: ModelVerdict | None
    assignee: str | None
    version: int
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    events: list[TicketEventView] = []

    @classmethod
    def of(cls, ticket: Ticket, events: list[TicketEvent] | None = None) -> TicketView:
        verdict = None
        if ticket.model_label is not None:
            verdict = ModelVerdict(
                label=ticket.model_label,
                confidence=ticket.model_confidence or 0.0,
                model_name=ticket.model_name or "",
                prompt_version=ticket.prompt_version or "",
            )
        return cls(
            id=ticket.id,
            number=ticket.number,
            status=ticket.status,
            category=ticket.category,
            priority=ticket.priority,
            customer_id=ticket.customer_id,
            conversation_id=ticket.conversation_id,
            order_id=ticket.order_id,
            item_ids=ticket.item_ids,
            summary=ticket.summary,
            evidence=[EvidenceRef.model_validate(e) for e in ticket.evidence],
            verdict=verdict,
            assignee=ticket.assignee,
            version=ticket.version,
            created_at=ticket.created_at,
            updated_at=ticket.updated_at,
            resolved_at=ticket.resolved_at,
            events=[TicketEventView.of(e) for e in events or []],
        )


class TicketFilter(BaseModel):
    """Desk queue filters."""

    statuses: list[TicketStatus] = [TicketStatus.ESCALATED, TicketStatus.OPEN]
    priority: TicketPriority | None = None
    assignee: str | None = None
    category: TicketCategory | None = None
    older_than_s: int | None = Field(default=None, ge=0, le=MAX_TICKET_AGE_S,
                                     description="Only tickets opened at least this long ago.")
    limit: int = Field(default=50, ge=1, le=500)


class TicketReference(BaseModel):
    """Look up one ticket, with its event log."""

    model_config = ConfigDict(extra="forbid")

    ticket_id: int = Field(ge=1, le=TICKET_INT_MAX,
                           description="The ticket's number without prefix, such as 42 for VT-000042.")


class EscalateTicket(TicketReference):
    """Hand a ticket to a human agent, for example when the customer asks for a person."""

    reason: str = Field(min_length=1, max_length=1000)
    escalation_reason: EscalationReason = EscalationReason.CUSTOMER_REQUEST


class AddTicketEvent(TicketReference):
    """Add a message or note to a ticket's log."""

    kind: TicketEventKind
    body: str = Field(min_length=1, max_length=8000)


class AssignTicket(TicketReference):
    """Assign a ticket to an agent (desk only)."""

    assignee: str = Field(min_length=1, max_length=100)
    expected_version: int | None = Field(default=None, description="The version the agent saw.")


class ResolveTicket(TicketReference):
    """Resolve a ticket with a short resolution note (desk only)."""

    resolution: str = Field(min_length=1, max_length=4000)
    expected_version: int | None = None


class HandBackTicket(TicketReference):
    """Return the conversation to the assistant (desk only)."""

    expected_version: int | None = None
