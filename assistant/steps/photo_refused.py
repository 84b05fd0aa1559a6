"""A message whose file the intake refused (not an image, too large…), with words naming the photo ("here's a
picture of what's wrong", "anbei ein Bild von meinem Problem", attack20 A9): the intake's notice says why the file
was refused, and the turn asks for a readable photo or a description of the problem, never reads the words as a
product search or an order list. Words that name an order go on to the order's own flow."""

from __future__ import annotations

from typing import Any

from assistant.grounding.orders import orders_named
from assistant.grounding.photo_words import names_a_photo
from assistant.state import ConversationState, Reply, with_replies


def photo_words_without_photo(state: ConversationState) -> bool:
    """This message's file was refused, and its words speak of that photo, naming no order."""
    incoming = state.get("incoming") or {}
    text = incoming.get("text", "")
    return bool(incoming.get("photo_refused")) and names_a_photo(text) and not orders_named(text)


async def ask_for_a_readable_photo(state: ConversationState) -> dict[str, Any]:
    """The photo asked again, or the problem in words; a proposal or question open stays as it is."""
    return {"outbox": with_replies(state, Reply(key="photo_unreadable", facts={}))}
