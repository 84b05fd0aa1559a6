"""Greetings, thanks and turns the assistant cannot act on; repeated misunderstanding counts as dissatisfaction."""

from __future__ import annotations

from typing import Any

from assistant.guardrails import probes_instructions
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Reply
from assistant.steps.routing import turn_intent

REPLY_FOR = {Intent.GREET: "greet", Intent.THANKS_BYE: "goodbye"}


async def chit_chat(state: ConversationState) -> dict[str, Any]:
    intent = turn_intent(state)
    if probes_instructions((state.get("incoming") or {}).get("text", "")):
        return {"outbox": [Reply(key="cannot_share_instructions", facts={})], "pending": None}
    if intent is Intent.AFFIRM and not (state.get("pending") or state.get("topic")):
        # a yes to nothing: asked what they would like, not counted as a misunderstanding
        return {"outbox": [Reply(key="yes_to_nothing", facts={})]}
    key = REPLY_FOR.get(intent, "not_understood")
    update: dict[str, Any] = {"outbox": [Reply(key=key, facts={})]}
    if key == "not_understood" or intent is Intent.DENY:
        update["dissatisfaction"] = state.get("dissatisfaction", 0) + 1
    if state.get("pending"):
        update["pending"] = None  # the customer moved on without answering yes or no
    return update
