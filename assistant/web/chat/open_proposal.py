"""The proposal a conversation holds open (a write described and waiting for a yes or no), read from its
checkpoint outside a turn.

Chainlit keeps no buttons in its history: a reopened chat (a reload, another tab) showed the proposal's text but no
Yes/No, so `reopened_buttons` offers them again. Buttons are tied to the proposal they were offered for
(`action_id`): a click after it ended (answered in another tab, or the conversation moved on) is told so instead of
sending a yes that no longer means anything.
"""

from __future__ import annotations

from pydantic import BaseModel

from assistant.conversation import ConversationService
from assistant.steps.last_write import WRITTEN


class OpenProposal(BaseModel):
    action_id: str
    quick_replies: list[str]  # the labels its message offered, in the conversation's language


async def open_proposal(service: ConversationService, conversation_id: str) -> OpenProposal | None:
    """The proposal waiting for the customer's yes or no, with the buttons its message offered; None when there
    is none (or the desk holds the conversation)."""
    snapshot = await service.graph.aget_state({"configurable": {"thread_id": conversation_id}})
    values = snapshot.values or {}
    pending = values.get("pending")
    if not pending or snapshot.interrupts:
        return None
    messages = values.get("messages") or []
    labels = list(messages[-1].get("quick_replies") or []) if messages else []
    return OpenProposal(action_id=str(pending.get("action_id") or ""), quick_replies=labels)


async def wrote_last_turn(service: ConversationService, conversation_id: str) -> bool:
    """The conversation's last turn said a write was made (steps/last_write.py)."""
    snapshot = await service.graph.aget_state({"configurable": {"thread_id": conversation_id}})
    return bool(WRITTEN & set((snapshot.values or {}).get("said_last") or []))
