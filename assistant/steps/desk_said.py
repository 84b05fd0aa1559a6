"""After the desk handed the conversation back, "did the person note I want it in black?" or "what did the agent
promise me?" is answered from the conversation's ticket: the agent's own replies on it (or, delivered straight into the
chat, in its transcript), quoted (fresh20 F9). Such a
question is never a new choice of an option, nor another request for a person. Internal notes are not shown."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.desk_said import asks_what_the_desk_said
from assistant.state import ConversationState, Reply, with_replies
from tools.context import Actor
from tools.errors import TicketNotFound
from tools.store.enums import TicketEventKind
from tools.tickets import get_ticket

QUOTED = 2  # the agent's last replies quoted
QUOTE_CHARS = 400


def asks_about_the_desk(state: ConversationState) -> bool:
    """A question about what the agent said, once the desk handed this conversation back, with no proposal open."""
    handoff = state.get("handoff") or {}
    text = (state.get("incoming") or {}).get("text", "")
    return (bool(handoff.get("ticket_id")) and not handoff.get("active") and not state.get("pending")
            and asks_what_the_desk_said(text))


async def answer_desk_said(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """The agent's replies on the ticket, quoted with its number; that there is none when the agent wrote none."""
    handoff = state.get("handoff") or {}
    actor = Actor.customer(state["customer_id"])  # type: ignore[arg-type]
    try:
        async with runtime.context.tools(actor, state["conversation_id"], read_only=True) as ctx:
            ticket = await get_ticket(ctx, int(handoff["ticket_id"]))
    except TicketNotFound:
        return {"outbox": with_replies(state, Reply(key="desk_said_none", facts={"ticket_id": ""}))}
    said = [body for e in ticket.events if e.kind == TicketEventKind.AGENT_REPLY and (body := (e.body or "").strip())]
    # a reply delivered straight into the conversation (not through the desk's ticket page) is in its transcript
    said = said or [t["text"].strip() for t in state.get("transcript") or []
                    if t.get("role") == "agent" and t.get("text", "").strip()]
    if not said:
        return {"outbox": with_replies(state, Reply(key="desk_said_none", facts={"ticket_id": ticket.number}))}
    quote = " / ".join(f"“{body[:QUOTE_CHARS]}”" for body in said[-QUOTED:])
    reply = Reply(key="desk_said", facts={"ticket_id": ticket.number, "said": quote,
                                          "agent": handoff.get("agent_name") or ""})
    return {"outbox": with_replies(state, reply), "topic": None}
