"""Support tickets and their append-only event log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from tools.store.base import Base, utcnow
from tools.store.enums import (
    ActorKind,
    TicketCategory,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
    enum_column,
)


def ticket_number(ticket_id: int) -> str:
    """The number customers and agents read for a ticket id (42 -> "VT-000042")."""
    return f"VT-{ticket_id:06d}"


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    conversation_id: Mapped[str | None] = mapped_column(String(100), index=True)
    order_id: Mapped[str | None] = mapped_column(ForeignKey("orders.id"), index=True)
    item_ids: Mapped[list[Any]] = mapped_column(default=list)
    category: Mapped[TicketCategory] = mapped_column(enum_column(TicketCategory, "ticket_category"))
    status: Mapped[TicketStatus] = mapped_column(enum_column(TicketStatus, "ticket_status"), index=True)
    priority: Mapped[TicketPriority] = mapped_column(enum_column(TicketPriority, "ticket_priority"))
    summary: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    model_label: Mapped[str | None] = mapped_column(String(64))
    model_confidence: Mapped[float | None] = mapped_column(Float)
    model_name: Mapped[str | None] = mapped_column(String(200))
    prompt_version: Mapped[str | None] = mapped_column(String(100))
    assignee: Mapped[str | None] = mapped_column(String(100), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    # Optimistic locking: every UPDATE checks and bumps `version`.
    __mapper_args__ = {"version_id_col": version}

    @property
    def number(self) -> str:
        return ticket_number(self.id)


class TicketEvent(Base):
    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    kind: Mapped[TicketEventKind] = mapped_column(enum_column(TicketEventKind, "ticket_event_kind"))
    actor_kind: Mapped[ActorKind] = mapped_column(enum_column(ActorKind, "actor_kind"))
    actor_id: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


@event.listens_for(TicketEvent, "before_update")
@event.listens_for(TicketEvent, "before_delete")
def _ticket_events_are_append_only(*_: object) -> None:
    raise PermissionError("ticket events are append-only")
