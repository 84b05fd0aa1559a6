"""One customer turn in Chainlit: progress in words, streamed reply text, product cards with images, and
Yes/No quick replies as action buttons."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import chainlit as cl

from assistant.conversation import TurnResult
from assistant.web.chat.awaiting_agent import awaiting_agent_line
from assistant.web.chat.progress_note import ProgressNote

ASSISTANT = "Vitrine"
AGENT = "Customer service"
QUICK_REPLY = "quick_reply"
IMAGES_PATH = "/catalog-images"


def author_of(message: dict[str, Any]) -> str:
    return AGENT if message.get("author") == "agent" else ASSISTANT


def card_markdown(card: dict[str, Any]) -> str:
    parts = [f"**{card.get('title', '')}**"] + [str(card[k]) for k in ("colour", "price") if card.get(k)]
    line = " · ".join(parts)
    return f"- {line}" + (f" — {card['reason']}" if card.get("reason") else "")


def card_images(cards: list[dict[str, Any]]) -> list[cl.Image]:
    return [cl.Image(name=str(card.get("title") or card.get("product_id") or "product"), display="inline",
                     size="small", url=f"{IMAGES_PATH}/{quote(str(card['image_path']))}")
            for card in cards if card.get("image_path")]


def quick_replies(message: dict[str, Any]) -> list[cl.Action]:
    return [cl.Action(name=QUICK_REPLY, payload={"text": text}, label=text)
            for text in message.get("quick_replies", [])]


def message_content(message: dict[str, Any]) -> str:
    cards = message.get("cards") or []
    text = message.get("text", "")
    if message.get("author") == "agent":  # the widget shows no author names: say who is writing
        text = f"{AGENT}: {text}"
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


async def show_messages(messages: list[dict[str, Any]], sent: list[cl.Message] | None = None,
                        ids: list[str] | None = None) -> list[cl.Action]:
    """Send (or finish, where already streamed) each message of a turn; returns the quick-reply buttons shown.
    `ids`: the messages' ids, where they must be the same in every session (see `live_message_ids`)."""
    sent = sent or []
    actions: list[cl.Action] = []
    for position, message in enumerate(messages):
        buttons = quick_replies(message)
        actions.extend(buttons)
        message_id = ids[position] if ids and position < len(ids) else None
        chat_message = (sent[position] if position < len(sent)
                        else cl.Message(content="", author=author_of(message), id=message_id))
        chat_message.author = author_of(message)
        chat_message.content = message_content(message)
        chat_message.elements = card_images(message.get("cards") or [])  # type: ignore[assignment]
        chat_message.actions = buttons
        await chat_message.send()  # ends a streamed message and persists it, with its images and buttons
    return actions


async def show_turn(events: AsyncIterator[dict[str, Any]], progress: ProgressNote, language: str | None = None
                    ) -> tuple[list[TurnResult], list[cl.Action]]:
    """Render a turn's event stream (see `ConversationService.stream`) as it arrives: progress in words while
    the steps run (see progress_note.py; steps themselves are not shown), then the streamed reply."""
    streamed: list[cl.Message] = []
    current: cl.Message | None = None
    results: list[TurnResult] = []
    actions: list[cl.Action] = []
    async for event in events:
        kind = event["type"]
        if kind == "step_start":
            await progress.show(event["name"])
        elif kind == "token":
            await progress.clear()
            if current is None:
                current = cl.Message(content="", author=ASSISTANT)
            await current.stream_token(event["text"])
        elif kind == "message_end" and current is not None:
            streamed.append(current)
            current = None
        elif kind == "turn":
            await progress.clear()
            result: TurnResult = event["result"]
            results.append(result)
            actions.extend(await show_messages(result.messages, streamed))
            streamed, current = [], None
            if (line := awaiting_agent_line(result, language)) is not None:
                await cl.Message(content=line, author=ASSISTANT).send()
    return results, actions
