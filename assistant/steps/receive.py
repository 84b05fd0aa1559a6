"""Take in the customer's message: transcript, photo reference, language, a clean outbox for this turn.

Not a graph step of its own: `understand` takes the message in and asks about it in one step (a step costs
LangGraph's task, checkpoint and stream machinery, more than this work itself).
"""

from __future__ import annotations

from typing import Any

from assistant.language import detect_language
from assistant.state import ConversationState


def receive(state: ConversationState) -> dict[str, Any]:
    incoming = state.get("incoming") or {}
    update: dict[str, Any] = {
        "transcript": [{"role": "customer", "text": incoming.get("text", "")}],
        "outbox": [],
        "notices": [],
        "language": detect_language(incoming.get("text", ""), state.get("language")),
    }
    if incoming.get("photo"):
        update["photo"] = incoming["photo"]
    return update
