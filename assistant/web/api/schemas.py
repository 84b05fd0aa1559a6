"""Request and response bodies of the REST API (`/api`), as they appear in its OpenAPI document."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.message_limits import MAX_MESSAGE_CHARS
from tools.store.enums import TicketCategory, TicketEventKind, TicketPriority, TicketStatus
from tools.store.tables import AccountRole
from tools.ticket_views import TICKET_INT_MAX, ModelVerdict, TicketEventView, TicketView
from tools.views import OrderView

CONVERSATION_ID = r"^[A-Za-z0-9_-]{1,100}$"
# Text that reaches the store: PostgreSQL's text cannot hold U+0000, so it is refused here (422), not in the driver.
PLAIN_TEXT = r"^[^\x00]*$"
# Internal notes stay on the desk; customers see the conversation-facing events of their ticket.
CUSTOMER_VISIBLE_EVENTS = {TicketEventKind.CREATED, TicketEventKind.CUSTOMER_MESSAGE, TicketEventKind.AGENT_REPLY,
                           TicketEventKind.ESCALATED, TicketEventKind.RESOLVED, TicketEventKind.REOPENED}


class FieldError(BaseModel):
    """What is wrong with one part of a malformed request, and where (`["query", "older_than_s"]`)."""

    loc: list[str | int]
    msg: str
    type: str


class ErrorMessage(BaseModel):
    """A refused request: `detail` says why, or for a malformed request lists what is wrong in it."""

    detail: str | list[FieldError]


class Turn(BaseModel):
    """One message of the conversation, as the transcript keeps it."""

    role: Literal["customer", "assistant", "agent"]
    text: str


class DeskTurn(Turn):
    """A turn as the desk shows it: `photo` marks a customer message that came with a photo (its redacted copy is
    among the ticket's photos)."""

    photo: bool = False

    @classmethod
    def of(cls, turn: dict[str, Any]) -> DeskTurn:
        return cls(role=turn["role"], text=turn["text"], photo=bool(turn.get("photo")))


class TokenRequest(BaseModel):
    login: str = Field(min_length=1, max_length=64, pattern=PLAIN_TEXT, examples=["demo_mia_novak"])
    password: str = Field(min_length=1, max_length=256)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    role: AccountRole
    customer_id: str | None


class ConversationHistory(BaseModel):
    conversation_id: str
    transcript: list[Turn]
    waiting_for_agent: bool
    ticket_id: int | None


class EvidenceOut(BaseModel):
    """A redacted photo on a ticket; `url` (agents only) serves the redacted copy, never the original."""

    kind: str
    sha256: str | None
    url: str | None = None


def _without_storage_paths(event: TicketEventView, view: TicketView, for_agent: bool) -> TicketEventView:
    """An event as the API shows it: a photo it added is named by its hash and (agents) the URL serving it, never
    by where the server keeps the file (attack10, F6: `var/evidence/<sha>.jpg` in the agents' ticket API)."""
    stored = (event.data or {}).get("evidence")
    if not isinstance(stored, dict):
        return event
    index = next((n for n, e in enumerate(view.evidence) if e.uri == stored.get("uri")), None)
    url = f"/api/tickets/{view.id}/evidence/{index}" if for_agent and index is not None else None
    shown = EvidenceOut(kind=str(stored.get("kind", "photo")), sha256=stored.get("sha256"), url=url)
    return event.model_copy(update={"data": {**(event.data or {}), "evidence": shown.model_dump()}})


class TicketOut(BaseModel):
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
    evidence: list[EvidenceOut]
    verdict: ModelVerdict | None
    assignee: str | None
    version: int = Field(description="Send it back as `expected_version`; a stale one gets 409.")
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    age_s: int
    events: list[TicketEventView] = []

    @classmethod
    def of(cls, view: TicketView, *, now: datetime, for_agent: bool) -> TicketOut:
        data: dict[str, Any] = view.model_dump(exclude={"evidence", "events"})
        evidence = [EvidenceOut(kind=e.kind, sha256=e.sha256,
                                url=f"/api/tickets/{view.id}/evidence/{n}" if for_agent else None)
                    for n, e in enumerate(view.evidence)]
        shown = view.events if for_agent else [e for e in view.events if e.kind in CUSTOMER_VISIBLE_EVENTS]
        events = [_without_storage_paths(e, view, for_agent) for e in shown]
        if not for_agent:  # the model, its prompt and its confidence are the shop's business (attacker pass)
            data["verdict"] = None
        return cls(**data, evidence=evidence, events=events, age_s=int((now - view.created_at).total_seconds()))


class TicketDetail(TicketOut):
    """A ticket for the desk: with the conversation's transcript and the order it is about."""

    transcript: list[DeskTurn] = []
    waiting_for_agent: bool = False
    order: OrderView | None = None


class Versioned(BaseModel):
    expected_version: int | None = Field(default=None, ge=1, le=TICKET_INT_MAX,
                                         description="The ticket version the agent saw.")


class ReplyRequest(Versioned):
    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS, pattern=PLAIN_TEXT)


class ResolveRequest(Versioned):
    resolution: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS, pattern=PLAIN_TEXT)


class AssignRequest(Versioned):
    assignee: str = Field(min_length=1, max_length=64, pattern=PLAIN_TEXT,
                          description="Login of an agent, e.g. agent_ana.")


class HandBackRequest(Versioned):
    pass


class ActionResult(BaseModel):
    """A desk action's outcome: the ticket after it, and what the customer's chat was sent."""

    ticket: TicketOut
    delivered: list[dict[str, Any]] = []
    waiting_for_agent: bool = False
