"""What the desk does to a ticket and its conversation, shared by the API routes and the desk pages.

Ticket changes go through `tools/tickets.py` (optimistic locking included); the conversation is resumed
through `ConversationService`, and whatever it says to the customer is published on the live hub so the
customer's open chat shows it at once. Live events look like
`{"type": "desk", "action": "reply" | "hand_back", "conversation_id": ..., "ticket_id": ...,
"messages": [...], "waiting_for_agent": bool}`.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from assistant.conversation import TurnResult
from assistant.web.api.schemas import ActionResult, DeskTurn, TicketDetail, TicketOut
from assistant.web.auth import Principal
from assistant.web.runtime import WebRuntime
from tools.accounts import find_account
from tools.context import Actor, ToolContext
from tools.errors import PolicyViolation, TicketConflict
from tools.store.engine import read_session, session_scope
from tools.store.enums import TicketEventKind
from tools.store.tables import AccountRole
from tools.ticket_views import TicketFilter, TicketView
from tools.tickets import (
    add_ticket_event,
    assign_ticket,
    get_ticket,
    hand_back_ticket,
    list_tickets,
    load_ticket,
    resolve_ticket,
    ticket_order,
)


class NotWaitingForAgent(Exception):
    """The ticket's conversation is not held by the desk (already handed back, or no chat)."""


def actor_of(principal: Principal) -> Actor:
    if principal.is_agent:
        return Actor.agent(principal.subject)
    if principal.customer_id:
        return Actor.customer(principal.customer_id)
    return Actor.anonymous()


def now(runtime: WebRuntime) -> datetime:
    return runtime.service.deps.clock()


@asynccontextmanager
async def tool_context(runtime: WebRuntime, principal: Principal, *, read_only: bool = False
                       ) -> AsyncIterator[ToolContext]:
    """A tool context for the caller in its own transaction, committed when the block ends."""
    async with session_scope(runtime.sessions, read_only=read_only) as session:
        yield ToolContext(session=session, actor=actor_of(principal), clock=runtime.service.deps.clock)


async def conversation_state(runtime: WebRuntime, conversation_id: str) -> tuple[dict[str, Any], bool]:
    """The conversation's checkpointed values and whether it is waiting for an agent."""
    snapshot = await runtime.service.graph.aget_state({"configurable": {"thread_id": conversation_id}})
    return dict(snapshot.values or {}), bool(snapshot.interrupts)


async def queue(runtime: WebRuntime, principal: Principal, filters: TicketFilter) -> list[TicketOut]:
    async with tool_context(runtime, principal, read_only=True) as ctx:
        views = await list_tickets(ctx, filters)
    return [TicketOut.of(v, now=now(runtime), for_agent=principal.is_agent) for v in views]


async def ticket_detail(runtime: WebRuntime, principal: Principal, ticket_id: int) -> TicketDetail:
    """One ticket with its events; for agents also the transcript, the order and whether the chat waits."""
    async with tool_context(runtime, principal, read_only=True) as ctx:
        view = await get_ticket(ctx, ticket_id)
        order = await ticket_order(ctx, ticket_id) if principal.is_agent else None
    detail = TicketDetail(**TicketOut.of(view, now=now(runtime), for_agent=principal.is_agent).model_dump(),
                          order=order)
    if principal.is_agent and view.conversation_id:
        values, waiting = await conversation_state(runtime, view.conversation_id)
        detail.transcript = [DeskTurn.of(t) for t in values.get("transcript", [])]
        detail.waiting_for_agent = waiting
    return detail


async def _publish(runtime: WebRuntime, action: str, view: TicketView, turn: TurnResult,
                   delivered_to: list[str] | None = None) -> None:
    # The event id names the event in every chat session that shows it (message_text.live_message_ids). It is
    # saved in the chat history first, so a chat opened later (a reload, another device) shows it too.
    event = {
        "type": "desk", "action": action, "event_id": uuid.uuid4().hex,
        "conversation_id": turn.conversation_id, "ticket_id": view.id,
        "messages": turn.messages, "waiting_for_agent": turn.waiting_for_agent,
        # every conversation the same reply went to: a chat that shows it already does not show it twice
        # (chat/held_elsewhere.py)
        "delivered_to": delivered_to or [turn.conversation_id],
    }
    if runtime.chat_threads is not None:
        language = await runtime.service.language_of(turn.conversation_id)
        await runtime.chat_threads.record_desk_event(turn.conversation_id, event, now=now(runtime),
                                                     service=runtime.service, language=language)
    await runtime.live.publish(turn.conversation_id, event)


def _result(runtime: WebRuntime, view: TicketView, turn: TurnResult | None) -> ActionResult:
    return ActionResult(ticket=TicketOut.of(view, now=now(runtime), for_agent=True),
                        delivered=turn.messages if turn else [],
                        waiting_for_agent=bool(turn and turn.waiting_for_agent))


def conversation_now(view: TicketView) -> str | None:
    """The conversation the customer last wrote to this ticket from, where it is not the ticket's own: a request
    made in another chat and added to this open ticket (tools.tickets.add_ticket_event records where)."""
    said = [event for event in view.events if event.kind is TicketEventKind.CUSTOMER_MESSAGE]
    latest = (said[-1].data or {}).get("conversation_id") if said else None
    return latest if latest and latest != view.conversation_id else None


async def _deliver(runtime: WebRuntime, agent: Principal, conversation_id: str, text: str) -> TurnResult | None:
    """The agent's reply into one conversation: a held one resumes with it, one the assistant holds gets it as a
    message from the team; None for a conversation that has not started."""
    values, held = await conversation_state(runtime, conversation_id)
    if not values:
        return None
    if held:
        return await runtime.service.agent_reply(conversation_id, agent.subject, text, agent_name=agent.name)
    return await runtime.service.agent_message(conversation_id, agent.subject, text)


async def reply(runtime: WebRuntime, agent: Principal, ticket_id: int, text: str,
                expected_version: int | None) -> ActionResult:
    """Log the agent's reply on the ticket, deliver it to the conversation and publish it live: a held
    conversation resumes with it; one the assistant holds gets it as a message from the team. Where the customer
    last wrote to the ticket from another conversation, it reaches that one too."""
    async with tool_context(runtime, agent, read_only=True) as ctx:
        current = await get_ticket(ctx, ticket_id)  # with its events: where the customer wrote from
    if expected_version is not None and expected_version != current.version:
        raise TicketConflict(ticket_id)
    targets = [c for c in (current.conversation_id, conversation_now(current)) if c]
    started = [c for c in targets if (await conversation_state(runtime, c))[0]]
    if not started:
        raise NotWaitingForAgent(f"ticket {current.number} has no conversation to reply to")
    async with tool_context(runtime, agent) as ctx:
        ticket = await load_ticket(ctx, ticket_id, for_update=True)  # a concurrent reply waits, then conflicts
        if expected_version is not None and expected_version != ticket.version:
            raise TicketConflict(ticket_id)
        view = await add_ticket_event(ctx, ticket_id, TicketEventKind.AGENT_REPLY, text)
    turns = [turn for conversation_id in started
             if (turn := await _deliver(runtime, agent, conversation_id, text)) is not None]
    for turn in turns:
        await _publish(runtime, "reply", view, turn, delivered_to=[t.conversation_id for t in turns])
    return _result(runtime, view, turns[0] if turns else None)


async def _release_conversation(runtime: WebRuntime, agent: Principal, view: TicketView) -> TurnResult | None:
    """Give a held conversation back to the assistant; the customer is told in their chat."""
    if not view.conversation_id or not (await conversation_state(runtime, view.conversation_id))[1]:
        return None
    turn = await runtime.service.hand_back(view.conversation_id, agent.subject)
    await _publish(runtime, "hand_back", view, turn)
    return turn


async def hand_back(runtime: WebRuntime, agent: Principal, ticket_id: int,
                    expected_version: int | None) -> ActionResult:
    async with tool_context(runtime, agent) as ctx:
        view = await hand_back_ticket(ctx, ticket_id, expected_version=expected_version)
    return _result(runtime, view, await _release_conversation(runtime, agent, view))


async def resolve(runtime: WebRuntime, agent: Principal, ticket_id: int, resolution: str,
                  expected_version: int | None) -> ActionResult:
    """Resolve the ticket; a conversation still waiting for the desk goes back to the assistant."""
    async with tool_context(runtime, agent) as ctx:
        view = await resolve_ticket(ctx, ticket_id, resolution, expected_version=expected_version)
    return _result(runtime, view, await _release_conversation(runtime, agent, view))


async def reassign(runtime: WebRuntime, agent: Principal, ticket_id: int, assignee: str,
                   expected_version: int | None) -> ActionResult:
    """Assign the ticket to another agent (an enabled agent or admin account)."""
    async with read_session(runtime.sessions) as session:
        account = await find_account(session, assignee)
    if account is None or account.disabled or account.role not in (AccountRole.AGENT, AccountRole.ADMIN):
        raise PolicyViolation(f"{assignee} is not an agent")
    async with tool_context(runtime, agent) as ctx:
        view = await assign_ticket(ctx, ticket_id, account.login, expected_version=expected_version)
    return _result(runtime, view, None)
