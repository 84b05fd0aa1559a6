"""One customer turn in Chainlit: progress in words, streamed reply text, product cards with images, and
Yes/No quick replies as action buttons."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import chainlit as cl

from assistant.conversation import TurnResult
from assistant.web.chat.awaiting_agent import awaiting_agent_line, one_acknowledgement
from assistant.web.chat.message_text import (  # noqa: F401 - ASSISTANT, chat_word and live_message_ids: the chat's names
    ASSISTANT,
    author_of,
    card_markdown,
    chat_word,
    live_message_ids,
    message_content,
)
from assistant.web.chat.progress_note import ProgressNote

QUICK_REPLY = "quick_reply"
IMAGES_PATH = "/catalog-images"


def card_images(cards: list[dict[str, Any]]) -> list[cl.Image]:
    return [cl.Image(name=str(card.get("title") or card.get("product_id") or "product"), display="inline",
                     size="small", url=f"{IMAGES_PATH}/{quote(str(card['image_path']))}")
            for card in cards if card.get("image_path")]


def quick_replies(message: dict[str, Any]) -> list[cl.Action]:
    return [cl.Action(name=QUICK_REPLY, payload={"text": text}, label=text)
            for text in message.get("quick_replies", [])]


def offered_reply(offered: list[cl.Action], clicked_id: str) -> str | None:
    """The words of the button clicked, as this session offered it; None when it offers no such button now (a
    click replayed from an older proposal, or made up by the page). The page's own payload is never read, so a
    "No" rewritten to "yes" on its way is still a "No"."""
    button = next((button for button in offered if button.id == clicked_id), None)
    return None if button is None else str(button.payload.get("text", ""))


async def show_messages(messages: list[dict[str, Any]], sent: list[cl.Message] | None = None,
                        ids: list[str] | None = None, language: str | None = None) -> list[cl.Action]:
    """Send (or finish, where already streamed) each message of a turn; returns the quick-reply buttons shown.
    `ids`: the messages' ids, where they must be the same in every session (see `live_message_ids`)."""
    sent = sent or []
    actions: list[cl.Action] = []
    for position, message in enumerate(messages):
        buttons = quick_replies(message)
        actions.extend(buttons)
        message_id = ids[position] if ids and position < len(ids) else None
        chat_message = (sent[position] if position < len(sent)
                        else cl.Message(content="", author=author_of(message, language), id=message_id))
        chat_message.author = author_of(message, language)
        chat_message.content = message_content(message, language)
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
    waiting: TurnResult | None = None  # the turn whose line under the chat is still to be said (one per stretch)

    async def say_waiting_line() -> None:
        nonlocal waiting
        if waiting is not None and (line := awaiting_agent_line(waiting, language)) is not None:
            await cl.Message(content=line, author=ASSISTANT).send()
        waiting = None

    async for event in events:
        kind = event["type"]
        if kind == "step_start":
            await progress.show(event["name"])
        elif kind == "token":
            await progress.clear()
            if current is None:
                await say_waiting_line()
                current = cl.Message(content="", author=ASSISTANT)
            await current.stream_token(event["text"])
        elif kind == "message_end" and current is not None:
            streamed.append(current)
            current = None
        elif kind == "turn":
            await progress.clear()
            result: TurnResult = event["result"]
            results.append(result)
            if result.messages and not streamed:
                await say_waiting_line()
            actions.extend(await show_messages(result.messages, streamed, language=language))
            streamed, current = [], None
            waiting = one_acknowledgement(waiting, result)
    await say_waiting_line()
    return results, actions
