"""Tickets over the API: customers read their own; agents work the queue (reply, hand back, resolve, reassign).

Desk writes carry `expected_version` (the version the agent saw); a stale one gets 409 and changes nothing.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, status

from assistant.web.api import ticket_actions
from assistant.web.api.errors import api_errors
from assistant.web.api.params import Login, OlderThanS, TicketId
from assistant.web.api.routing import EncodableErrors
from assistant.web.api.schemas import (
    ActionResult,
    AssignRequest,
    HandBackRequest,
    ReplyRequest,
    ResolveRequest,
    TicketDetail,
    TicketOut,
)
from assistant.web.auth import Principal, agent_principal, api_principal
from assistant.web.runtime import WebRuntime, get_runtime
from tools.store.enums import TicketCategory, TicketPriority, TicketStatus
from tools.ticket_views import TicketFilter

router = APIRouter(prefix="/tickets", tags=["tickets"], route_class=EncodableErrors)
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"description": "The ticket changed since `expected_version`, or its chat is not held"}}


async def reader(principal: Principal = Depends(api_principal)) -> Principal:
    """Customers (their own tickets) and agents (all tickets) may read; other accounts get 403."""
    if not principal.is_agent and not principal.customer_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this needs a customer or agent account")
    return principal


@router.get("", response_model=list[TicketOut])
async def list_queue(
    status_: Annotated[list[TicketStatus] | None, Query(alias="status")] = None,
    priority: TicketPriority | None = None,
    category: TicketCategory | None = None,
    assignee: Login = None,
    older_than_s: OlderThanS = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    principal: Principal = Depends(reader),
    runtime: WebRuntime = Depends(get_runtime),
) -> list[TicketOut]:
    """Agents: the queue (escalated and open by default), most urgent then oldest first. Customers: their own."""
    filters = TicketFilter(statuses=status_ or [TicketStatus.ESCALATED, TicketStatus.OPEN], priority=priority,
                           category=category, assignee=assignee, older_than_s=older_than_s, limit=limit)
    with api_errors():
        return await ticket_actions.queue(runtime, principal, filters)


@router.get("/{ticket_id}", response_model=TicketDetail, responses={404: {"description": "No such ticket"}})
async def read_ticket(ticket_id: TicketId, principal: Principal = Depends(reader),
                      runtime: WebRuntime = Depends(get_runtime)) -> TicketDetail:
    """One ticket with its events; agents also get the transcript and the order. Others' tickets are 404."""
    with api_errors():
        return await ticket_actions.ticket_detail(runtime, principal, ticket_id)


@router.post("/{ticket_id}/reply", response_model=ActionResult, responses=CONFLICT)
async def reply(ticket_id: TicketId, body: ReplyRequest, agent: Principal = Depends(agent_principal),
                runtime: WebRuntime = Depends(get_runtime)) -> ActionResult:
    """Reply to the customer: logged on the ticket, shown in their live chat, and the conversation resumes."""
    with api_errors():
        return await ticket_actions.reply(runtime, agent, ticket_id, body.text, body.expected_version)


@router.post("/{ticket_id}/hand-back", response_model=ActionResult, responses=CONFLICT)
async def hand_back(ticket_id: TicketId, body: HandBackRequest, agent: Principal = Depends(agent_principal),
                    runtime: WebRuntime = Depends(get_runtime)) -> ActionResult:
    """Return the conversation to the assistant; the ticket stays open."""
    with api_errors():
        return await ticket_actions.hand_back(runtime, agent, ticket_id, body.expected_version)


@router.post("/{ticket_id}/resolve", response_model=ActionResult, responses=CONFLICT)
async def resolve(ticket_id: TicketId, body: ResolveRequest, agent: Principal = Depends(agent_principal),
                  runtime: WebRuntime = Depends(get_runtime)) -> ActionResult:
    """Resolve the ticket; a chat still waiting for the desk goes back to the assistant."""
    with api_errors():
        return await ticket_actions.resolve(runtime, agent, ticket_id, body.resolution, body.expected_version)


@router.post("/{ticket_id}/assign", response_model=ActionResult, responses=CONFLICT)
async def reassign(ticket_id: TicketId, body: AssignRequest, agent: Principal = Depends(agent_principal),
                   runtime: WebRuntime = Depends(get_runtime)) -> ActionResult:
    """Assign the ticket to an agent by login."""
    with api_errors():
        return await ticket_actions.reassign(runtime, agent, ticket_id, body.assignee, body.expected_version)
