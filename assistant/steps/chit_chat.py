"""Greetings, thanks and turns the assistant cannot act on; repeated misunderstanding counts as dissatisfaction."""

from __future__ import annotations

from typing import Any

from assistant.consent import thanks_for_the_answer
from assistant.guardrails import probes_instructions
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Reply
from assistant.steps.routing import turn_intent

REPLY_FOR = {Intent.GREET: "greet", Intent.THANKS_BYE: "goodbye"}


async def chit_chat(state: ConversationState) -> dict[str, Any]:
    intent = turn_intent(state)
    text = (state.get("incoming") or {}).get("text", "")
    if probes_instructions(text):
        return {"outbox": [Reply(key="cannot_share_instructions", facts={})], "pending": None}
    if intent is Intent.AFFIRM and not (state.get("pending") or state.get("topic")):
        # "ok thanks", "d'accord merci", "vale gracias", "ok danke" with nothing open (after a withdrawal, a write or
        # an answer): it ends the talk, a closing line (fresh28 F16); a bare yes to nothing is asked what they would
        # like, not counted as a misunderstanding
        key = "goodbye" if thanks_for_the_answer(text) else "yes_to_nothing"
        return {"outbox": [Reply(key=key, facts={})]}
    key = REPLY_FOR.get(intent, "not_understood")
    update: dict[str, Any] = {"outbox": [Reply(key=key, facts={})]}
    if key == "not_understood" or intent is Intent.DENY:
        update["dissatisfaction"] = state.get("dissatisfaction", 0) + 1
    if state.get("pending"):
        update["pending"] = None  # the customer moved on without answering yes or no
    return update
