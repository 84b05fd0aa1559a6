"""What the desk says about a ticket's chat: who is to answer next.

A conversation the desk holds stays held after the agent replies (the agent keeps it until they hand it back), so
"held" alone said "waiting for an agent" after the agent had answered. Who wrote last tells who waits for whom.
"""

from __future__ import annotations

from assistant.web.api.schemas import TicketDetail
from tools.store.enums import TicketEventKind

CONVERSATION_EVENTS = (TicketEventKind.CUSTOMER_MESSAGE, TicketEventKind.AGENT_REPLY, TicketEventKind.ESCALATED)


def chat_state(ticket: TicketDetail) -> str:
    if not ticket.conversation_id:
        return "no chat"
    if not ticket.waiting_for_agent:
        return "with the assistant"
    said = [event.kind for event in ticket.events if event.kind in CONVERSATION_EVENTS]
    if said and said[-1] is TicketEventKind.AGENT_REPLY:
        return "agent replied, waiting for the customer"
    return "waiting for an agent"
