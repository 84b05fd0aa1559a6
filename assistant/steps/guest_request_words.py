"""A guest's request said before their proof is complete (mixed23): "I'm Ivan Khan, zip 28243. Please change the
backpack in order W5782623 to the grey one and pay with my gift card", then the email a turn or two later. The
request's own words are kept in the topic while the proof comes in pieces, and read again against the customer's
orders once verified, as a signed-in customer's words are read (the item, the variant, the method): the email's
turn alone names none of them, and the change was asked again from scratch ("Which items of order #W…?")."""

from __future__ import annotations

from typing import Any

from assistant.models.contracts import Intent
from assistant.state import ConversationState
from assistant.steps.routing import STEP_FOR_INTENT

REQUEST_WORDS = "guest_request_words"  # the topic slot holding them and their reading, never a request's slot


def _text(state: ConversationState) -> str:
    return str((state.get("incoming") or {}).get("text", ""))


def _turn_is_a_request(state: ConversationState) -> bool:
    reading = (state.get("intent") or {}).get("intent")
    return reading is not None and Intent(reading) in STEP_FOR_INTENT


def with_request_words(slots: dict[str, Any], state: ConversationState) -> dict[str, Any]:
    """The topic's slots with this turn's words kept as the request's when the turn asks something (a request);
    a turn of details alone keeps the words said before."""
    if _turn_is_a_request(state) and _text(state):
        return {**slots, REQUEST_WORDS: {"text": _text(state), "reading": state.get("intent")}}
    return slots


def request_read_again(slots: dict[str, Any], state: ConversationState) -> tuple[str, dict[str, Any] | None]:
    """The words to read the request in once the guest is verified, and the reading they start from: this turn's
    words and reading, or the request's own when it was said in an earlier turn."""
    said, text, understood = slots.get(REQUEST_WORDS) or {}, _text(state), state.get("intent")
    if not said.get("text") or said["text"] == text or _turn_is_a_request(state):
        return text, understood
    return f"{said['text']} {text}", said.get("reading") or understood
