"""Take in the customer's message: transcript, photo reference, language, a clean outbox for this turn.

Not a graph step of its own: `understand` takes the message in and asks about it in one step (a step costs
LangGraph's task, checkpoint and stream machinery, more than this work itself).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from assistant.grounding.details_only import details_language
from assistant.grounding.language_request import requested_language
from assistant.language import detect_language
from assistant.state import ConversationState, Photo, Turn


def customer_turn(text: str, photo: Photo | None) -> Turn:
    """The customer's message as the transcript keeps it: with the photo it came with, if any."""
    turn: Turn = {"role": "customer", "text": text}
    if photo:
        turn["photo"] = photo
    return turn


def receive(state: ConversationState, name_pairs: Collection[tuple[str, str]] = ()) -> dict[str, Any]:
    """`name_pairs`: words that follow each other in the catalog's product names, left out of the language reading."""
    incoming = state.get("incoming") or {}
    update: dict[str, Any] = {
        # a message sent to the desk, read again at hand-back (steps/hand_back.py), is in the transcript already
        "transcript": [] if incoming.get("picked_up") else [customer_turn(incoming.get("text", ""),
                                                                           incoming.get("photo"))],
        "outbox": [],
        "notices": [],
        "language": reply_language(state, incoming.get("text", ""), name_pairs),
    }
    if asked := requested_language(incoming.get("text", "")):
        update["language_asked"] = asked
    if incoming.get("photo"):
        update["photo"] = incoming["photo"]
    return update


def reply_language(state: ConversationState, text: str, name_pairs: Collection[tuple[str, str]] = ()) -> str:
    """The language to answer `text` in: the one this turn asks for ("parle moi en anglais stp"), else the one
    asked for earlier in the conversation, else, for a first message of details alone ("pedido #… CP …"), the
    language of the words naming them (too few for a language reader), else the one the customer writes in."""
    current = state.get("language")
    return (requested_language(text) or state.get("language_asked") or (None if current else details_language(text))
            or detect_language(text, current, name_pairs))
