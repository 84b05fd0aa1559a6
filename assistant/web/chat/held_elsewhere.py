"""Desk replies on the customer's other conversation, told in the chat they have open.

A customer who leaves a conversation the desk holds ("New chat") is not cut off from it: the desk's replies are
saved in that conversation's thread (threads.py), and a chat open on another conversation of the same account
shows each agent reply as a notice, under a line saying it was written in their other conversation (which the
chat history opens). Only a conversation the service confirms is this customer's is followed.

A new chat (a new visit: the shop's widget no longer reopens the held conversation by itself, fresh12 F11) opens
with a line naming that conversation's ticket, and the agent's messages there since the customer last wrote in it
(`opening_notices`): the customer starts afresh with the assistant, and misses nothing the desk said.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import chainlit as cl
from chainlit.session import WebsocketSession

from assistant.web.chat.message_text import ASSISTANT, author_of, chat_word, message_content
from assistant.web.chat.threads import thread_to_resume
from assistant.web.runtime import WebRuntime
from tools.store.tables.tickets import ticket_number

log = logging.getLogger(__name__)
SESSION_CHECK_S = 30.0


def notice_text(message: dict[str, Any], language: str | None) -> str:
    return f"{chat_word('other_conversation_reply', language)}\n\n{message_content(message, language)}"


async def held_conversation(runtime: WebRuntime, *, account: str | None, customer_id: str | None,
                            current: str) -> str | None:
    """The account's recent conversation the desk holds, when it is not the one open here."""
    if runtime.chat_threads is None or not account:
        return None
    held = await thread_to_resume(runtime.chat_threads, runtime.service, account=account, customer_id=customer_id)
    return held if held and held != current else None


async def opening_notices(runtime: WebRuntime, held: str, language: str | None) -> None:
    """Said once when a new chat opens beside `held`: its ticket is still with the team, then what the agent wrote
    there since the customer's last message, as the relay shows it."""
    ticket_id, unread = await runtime.service.desk_view(held)
    if ticket_id is None:
        return
    await cl.Message(content=chat_word("held_elsewhere", language).format(ticket=ticket_number(ticket_id)),
                     author=ASSISTANT).send()
    for text in unread:
        message = {"text": text, "author": "agent"}
        await cl.Message(content=notice_text(message, language), author=author_of(message, language)).send()


async def relay_replies(runtime: WebRuntime, held: str, session_id: str,
                        chat_language: Callable[[], str], current: str | None = None) -> None:
    """Show the agent's messages in `held` as notices in this session's chat, while the session lasts: in the
    open chat's language (`chat_language`), which may not be the held conversation's; the agent's words as typed.
    A reply the desk also sent into `current` (the chat open here) is shown there already, not again."""
    async with runtime.live.subscribe(held) as queue:
        while WebsocketSession.get_by_id(session_id) is not None:
            try:
                event = await asyncio.wait_for(queue.get(), SESSION_CHECK_S)
            except TimeoutError:
                continue
            if current is not None and current in (event.get("delivered_to") or []):
                continue
            try:
                language = chat_language()
                for message in event.get("messages") or []:
                    if message.get("author") == "agent":  # a fresh id: the held thread keeps its own copy
                        await cl.Message(content=notice_text(message, language),
                                         author=author_of(message, language)).send()
            except Exception:  # noqa: BLE001 - one undeliverable event must not end the relay
                log.exception("could not show a desk reply of another conversation")
