"""A question about the ticket this conversation opened, asked after it (photo29): "whats the ticket number again?",
"c'est quoi le numero du ticket ?", "a que correo me lo mandan?", "will i get an email about it?". Answered from the
customer's latest open ticket (its number and status) and their account (the email the shop writes to); never
"I didn't get that", a product search or the order list. Read as the conversation's customer with the READ tools;
nothing is written. While the desk holds the conversation it is answered too (steps/held_answers.py): it only reads.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.ticket_questions import ticket_facts_asked
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.ticket_follow_up import STATUS_TEXT
from tools.context import Actor
from tools.ticket_followups import latest_open_ticket


def asks_ticket_facts(state: ConversationState) -> bool:
    """A question about the ticket's number or email, with no proposal open, once this conversation opened one (a
    write's ticket, or a hand-over's)."""
    if state.get("pending") or not state.get("customer_id"):
        return False
    opened = bool((state.get("written") or {}).get("ticket")) or bool((state.get("handoff") or {}).get("ticket_id"))
    return opened and bool(ticket_facts_asked((state.get("incoming") or {}).get("text", "")))


async def ticket_fact_replies(deps: Deps, customer_id: str, conversation_id: str, text: str) -> list[Reply]:
    """The facts asked: the latest open ticket's number and status, the account's email; [] when no ticket is
    open or nothing is asked."""
    asked = ticket_facts_asked(text)
    if not asked:
        return []
    async with deps.tools(Actor.customer(customer_id), conversation_id, read_only=True) as ctx:
        ticket = await latest_open_ticket(ctx)
    if ticket is None:
        return []
    replies = []
    if "number" in asked:
        replies.append(
            Reply(
                key="ticket_number",
                facts={"ticket_id": ticket.number, "status": STATUS_TEXT.get(ticket.status, "open")},
            )
        )
    if "email" in asked:
        email = (await CustomerReader(deps, customer_id, conversation_id).profile()).get("email")
        if email:
            replies.append(Reply(key="ticket_email", facts={"ticket_id": ticket.number, "email": email}))
    return replies


async def answer_ticket_facts(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """The ticket's number or email asked, or, when no ticket is open any more, the question as not understood."""
    text = (state.get("incoming") or {}).get("text", "")
    customer_id = state["customer_id"] or ""
    replies = await ticket_fact_replies(runtime.context, customer_id, state["conversation_id"], text)
    return {"outbox": with_replies(state, *(replies or [Reply(key="not_understood", facts={})])), "topic": None}
