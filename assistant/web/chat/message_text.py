"""How a conversation's messages read in the chat, without Chainlit: their author, their text with product cards,
and the ids of a live event's messages. Used by the chat's sessions (turns.py) and by the desk, which saves its
messages to the chat history (threads.py)."""

from __future__ import annotations

import uuid
from typing import Any

from assistant.chat_lines import chat_word
from assistant.guardrails import literal_message

ASSISTANT = "Vitrine"



def author_of(message: dict[str, Any], language: str | None = None) -> str:
    return chat_word("agent_author", language) if message.get("author") == "agent" else ASSISTANT


def card_markdown(card: dict[str, Any]) -> str:
    colour = card.get("colour_text") or card.get("colour")
    parts = [f"**{card.get('title', '')}**"] + [str(part) for part in (colour, card.get("price")) if part]
    line = " · ".join(parts)
    return f"- {line}" + (f" — {card['reason']}" if card.get("reason") else "")


def message_content(message: dict[str, Any], language: str | None = None) -> str:
    cards = message.get("cards") or []
    text = message.get("text", "")
    if message.get("author") == "agent":  # the widget shows no author names: say who is writing
        text = chat_word("agent_message", language).format(text=literal_message(text))  # no link dressed as another
    return "\n\n".join(part for part in (text, "\n".join(card_markdown(c) for c in cards)) if part)


def live_message_ids(event: dict[str, Any]) -> list[str] | None:
    """Chat message ids for a live event's messages, the same in every chat session showing the event.

    A conversation may be open in several sessions at once (started in the widget, reopened at /chat), each
    relaying the desk's events; with one id per message the chat history saves each message once (Chainlit's
    data layer writes a step by id), where a fresh id per session saved every desk reply twice."""
    event_id = event.get("event_id")
    if not event_id:
        return None
    return [str(uuid.uuid5(uuid.NAMESPACE_URL, f"vitrine:live:{event_id}:{position}"))
            for position in range(len(event.get("messages") or []))]
