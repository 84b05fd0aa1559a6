"""After the desk handed the conversation back, "did the person note I want it in black?" or "what did the agent
promise me?" is answered from the conversation's ticket: the agent's own replies on it (or, delivered straight into the
chat, in its transcript), quoted (fresh20 F9). Such a
question is never a new choice of an option, nor another request for a person. Internal notes are not shown.

A question about what follows from the agent's own reply ("do I need to mail the torn ones back?" after "we're shipping
you a new pair", "bekomme ich das Geld zurück oder einen Ersatz?" after a return label, desk28) is answered the same
way, with the ticket's number and that nothing was changed here: never a return or exchange proposal contradicting
the agent. An agent's note passing the customer back to the assistant ("I'll hand you back for the exchange") or
asking them something is no decision: the assistant's own steps take the question then."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.desk_said import asks_what_follows_the_desk, asks_what_the_desk_said
from assistant.grounding.hand_back_note import asks_the_customer, passes_back
from assistant.grounding.orders import order_numbers
from assistant.grounding.policy_questions import policy_question
from assistant.grounding.write_follow_ups import reads_as_a_question
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.shop_policy import policy_reply
from tools.context import Actor
from tools.errors import TicketNotFound
from tools.store.enums import TicketEventKind
from tools.tickets import get_ticket

QUOTED = 2  # the agent's last replies quoted
QUOTE_CHARS = 400


def asks_about_the_desk(state: ConversationState) -> bool:
    """A question about what the agent said, or about what follows from their reply, once the desk handed this
    conversation back, with no proposal open."""
    handoff = state.get("handoff") or {}
    text = (state.get("incoming") or {}).get("text", "")
    if not handoff.get("ticket_id") or handoff.get("active") or state.get("pending"):
        return False
    return asks_what_the_desk_said(text) or asks_after_the_desk_decision(state)


def asks_after_the_desk_decision(state: ConversationState) -> bool:
    """A question about what follows from the agent's last reply (a decision, not a note passing the customer back
    nor a question to them), naming no order the conversation has not named."""
    text = (state.get("incoming") or {}).get("text", "")
    transcript = state.get("transcript") or []
    decided = next((t["text"] for t in reversed(transcript) if t.get("role") == "agent"), "")
    if not decided.strip() or passes_back(decided) or asks_the_customer(decided):
        return False
    named = set(order_numbers(" ".join(t.get("text", "") for t in transcript)))
    return (reads_as_a_question(text) and asks_what_follows_the_desk(text)
            and set(order_numbers(text)) <= named)


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
    text = (state.get("incoming") or {}).get("text", "")
    if asks_what_the_desk_said(text):
        reply = Reply(key="desk_said", facts={"ticket_id": ticket.number, "said": quote,
                                              "agent": handoff.get("agent_name") or ""})
        return {"outbox": with_replies(state, reply), "topic": None}
    # "how many days does the refund take?": the shop's rule beside the agent's words (never how to send back,
    # which the agent decides)
    rule = policy_question(text)
    rules = [policy_reply(rule, state.get("language") or "en")] if rule and rule != "send_back" else []
    decided = Reply(key="desk_decided", facts={"ticket_id": ticket.number, "said": quote})
    return {"outbox": with_replies(state, decided, *rules), "topic": None}
