"""Take in the customer's message: transcript, photo reference, language, a clean outbox for this turn."""

from __future__ import annotations

from typing import Any

from assistant.language import detect_language
from assistant.state import ConversationState


async def receive(state: ConversationState) -> dict[str, Any]:
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
