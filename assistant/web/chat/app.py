"""The Chainlit app behind `/chat` (loaded by `mount_chainlit` in assistant/web/app.py).

The Chainlit thread id is the conversation id, which is also the LangGraph thread id: resuming a chat thread
resumes the agent graph from its checkpoint. The customer the assistant acts for comes from the logged-in
user's metadata (see identity.py), never from what is typed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import Any

import chainlit as cl
from chainlit.auth import get_jwt_secret
from chainlit.auth.cookie import get_token_from_cookies
from chainlit.server import sio
from chainlit.session import WebsocketSession
from chainlit.socket import _get_token
from chainlit.types import ThreadDict
from fastapi import Request, Response

from assistant.conversation import IdentityConflict
from assistant.intake.validation import PhotoRefused, intake_line
from assistant.language import detect_language
from assistant.language_tables import supported_language
from assistant.message_limits import MAX_MESSAGE_CHARS, too_long_notice
from assistant.web.chat import binding, error_line, held_elsewhere, history, identity, sessions, turns
from assistant.web.chat.button_clicks import (
    give_back_click,
    offer_written_by_typing,
    take_click,
    written_by_typing,
)
from assistant.web.chat.message_text import chat_word
from assistant.web.chat.open_proposal import open_proposal, wrote_last_turn
from assistant.web.chat.opening import after_opening, begin_opening
from assistant.web.chat.page_product import page_product
from assistant.web.chat.photo_copies import REDACTED_COPIES
from assistant.web.chat.progress_note import ProgressNote
from assistant.web.chat.uploads import discard_uploads, read_photo
from assistant.web.request_client import current_client
from assistant.web.runtime import WebRuntime
from assistant.web.turn_admission import admit_turn
from assistant.web.turn_rate import too_fast_notice

log = logging.getLogger("assistant.web.chat")
SESSION_CHECK_S = 15.0
REPEAT_NOTE_WAIT_S = 60.0  # a repeated click's note waits for the first click's reply, at most this long
RESUMED_HISTORY_S = 1.0  # a resumed chat's history reaches the page right after on_chat_resume (chainlit.socket)


def chat_line(key: str) -> str:
    """A fixed line of the chat in the language of this session's browser (its Accept-Language)."""
    return chat_word(key, getattr(cl.context.session, "language", None))


def _chat_language() -> str:
    """The conversation's language as the chat last read it, else the browser's."""
    return cl.user_session.get("language") or supported_language(getattr(cl.context.session, "language", None))


def _secret() -> str:
    return get_jwt_secret() or ""


# Every socket connect is refused once its account is disabled or its sign-in ended (Chainlit itself only checks
# the token's signature and expiry).
sio.on("connect", sessions.guard_connect(sio.handlers["/"]["connect"], binding.current, _get_token, _secret))
# An event Chainlit cannot handle is answered with a fixed line in the customer's language, not the exception text.
error_line.install()


@cl.data_layer
def chat_history() -> Any:
    return history.open_history(binding.current_history_url())


@cl.password_auth_callback
async def password_login(username: str, password: str) -> cl.User | None:
    return await identity.password_user(binding.current(), username, password, client=current_client())


def _conversation_id() -> str:
    return cl.context.session.thread_id


def _customer_id() -> str | None:
    return identity.customer_of(cl.user_session.get("user"))


def _account() -> str | None:
    user = cl.user_session.get("user")
    return getattr(user, "identifier", None)


def _client() -> str:
    """The address the chat's socket connected from (trusted-proxy headers already applied to its scope): guest
    verification is bounded per client as well as per account."""
    environ = getattr(cl.context.session, "environ", None) or {}
    peer = (environ.get("asgi.scope") or {}).get("client")
    return str(peer[0]) if peer else current_client()


async def _session_live() -> bool:
    """The account is still enabled and this sign-in not ended; otherwise the customer is told, once."""
    if await sessions.chat_session_live(binding.current(), cl.context.session.token, _secret()):
        return True
    await cl.Message(content=sessions.SESSION_ENDED, author=turns.ASSISTANT).send()
    return False


async def _may_follow() -> bool:
    """Whether this session may see the conversation's live events (it is new, or its own)."""
    return await binding.current().service.may_follow(_conversation_id(), customer_id=_customer_id(),
                                                      account=_account())


async def _relay(runtime: WebRuntime, conversation_id: str, session_id: str) -> None:
    """Show what the desk says into this conversation (agent replies, hand-backs) as it is published.

    It lives as long as the Chainlit session, not the socket: Chainlit calls `on_chat_end` on every
    disconnect, and a session whose socket reconnects is restored without a new `on_chat_start`.
    """
    async with runtime.live.subscribe(conversation_id) as queue:
        log.debug("chat %s listens for desk messages", conversation_id)
        while WebsocketSession.get_by_id(session_id) is not None:
            try:
                event = await asyncio.wait_for(queue.get(), SESSION_CHECK_S)
            except TimeoutError:
                continue
            log.debug("chat %s shows %d desk message(s)", conversation_id, len(event.get("messages") or []))
            try:  # signed in the conversation's language, not this browser's (a resumed chat has read no turn)
                language = await runtime.service.language_of(conversation_id) or _chat_language()
                shown = await turns.show_messages(event.get("messages") or [], ids=turns.live_message_ids(event),
                                                  language=language)
                if shown:  # buttons a desk event offers (a hand-back's question) are on offer like a turn's
                    cl.user_session.set("buttons", [*(cl.user_session.get("buttons") or []), *shown])
            except Exception:  # noqa: BLE001 - one undeliverable event must not end the relay
                log.exception("could not show a desk event in chat %s", conversation_id)


async def _follow() -> bool:
    """Listen for the desk on this session's conversation (again if the session's thread id changed); a
    conversation that is not this session's own is refused, once per subscription, not on every message."""
    conversation_id = _conversation_id()
    task = cl.user_session.get("relay")
    if task is not None and not task.done() and cl.user_session.get("relay_for") == conversation_id:
        return True
    if not await _may_follow():
        log.warning("chat session refused the live events of a conversation that is not its own")
        await cl.Message(content=chat_line("other_account"), author=turns.ASSISTANT).send()
        return False
    if task is not None:
        task.cancel()
    relay = asyncio.create_task(_relay(binding.current(), conversation_id, cl.context.session.id))
    cl.user_session.set("relay", relay)
    cl.user_session.set("relay_for", conversation_id)
    return True


async def _follow_if_allowed() -> bool:
    if not (await _session_live() and await _follow()):
        return False
    await _follow_held_elsewhere()
    return True


async def _follow_held_elsewhere() -> str | None:
    """Relay the desk's replies on the customer's held conversation when this chat is another one; returns it."""
    runtime, task = binding.current(), cl.user_session.get("held_relay")
    if task is not None and not task.done():
        return cl.user_session.get("held_relay_for")
    held = await held_elsewhere.held_conversation(runtime, account=_account(), customer_id=_customer_id(),
                                                  current=_conversation_id())
    if held is not None:
        cl.user_session.set("held_relay", asyncio.create_task(
            held_elsewhere.relay_replies(runtime, held, cl.context.session.id, _chat_language,
                                         current=_conversation_id())))
        cl.user_session.set("held_relay_for", held)
    return held


@cl.on_chat_start
async def start() -> None:
    """A new conversation: the greeting, then, where the desk holds another of the customer's conversations, its
    ticket and the agent's replies they may not have read (held_elsewhere.opening_notices). A message sent
    meanwhile waits for all of it (opening.py)."""
    opened = begin_opening(cl.user_session)
    try:
        if not (await _session_live() and await _follow()):
            return
        held = await _follow_held_elsewhere()
        await cl.Message(content=chat_line("greeting"), author=turns.ASSISTANT).send()
        if held is not None:
            await held_elsewhere.opening_notices(binding.current(), held, _chat_language())
    finally:
        opened.set()


@cl.on_chat_resume
async def resume(thread: ThreadDict) -> None:
    opened = begin_opening(cl.user_session)
    try:
        if await _follow_if_allowed():  # the chat's own lines go on in the conversation's language
            language = await binding.current().service.language_of(_conversation_id())
            if language:
                cl.user_session.set("language", language)
            # Chainlit sends the thread's history to the page after this hook returns, and the page replaces what
            # it shows with it: a message sent from here would be wiped. So the offer goes out once it is sent.
            cl.user_session.set("reoffer", asyncio.create_task(_offer_open_proposal(delay_s=RESUMED_HISTORY_S)))
    finally:
        opened.set()


async def _offer_open_proposal(delay_s: float = 0.0) -> None:
    """A reopened chat shows no buttons (Chainlit keeps none in its history): a proposal still open is offered
    again, with its Yes/No, so what is on screen can still be confirmed."""
    await asyncio.sleep(delay_s)
    proposal = await open_proposal(binding.current().service, _conversation_id())
    if proposal is None or not proposal.quick_replies:
        return
    buttons = turns.quick_replies({"quick_replies": proposal.quick_replies})
    await cl.Message(content=chat_word("proposal_still_open", _chat_language()), author=turns.ASSISTANT,
                     actions=buttons).send()
    cl.user_session.set("buttons", buttons)
    cl.user_session.set("buttons_for", proposal.action_id)


@cl.on_logout
async def logout(request: Request, response: Response) -> dict[str, bool]:
    """Sign-out ends this chat session for good: its token no longer opens a socket or sends a message."""
    await sessions.sign_out_chat(binding.current(), get_token_from_cookies(request.cookies), _secret())
    return {"success": True}


async def _within_turn_budget(text: str) -> bool:
    """Whether this turn fits its account's and client's budgets; otherwise the customer is told, in their
    language, that it was not read and when to send it again (Chainlit keeps their message on screen)."""
    refusal = await admit_turn(binding.current(), surface="chat", conversation_id=_conversation_id(),
                               account=_account(), customer_id=_customer_id(), client=_client())
    if refusal is None:
        return True
    language = detect_language(text, _chat_language()) if text.strip() else _chat_language()
    await cl.Message(content=too_fast_notice(refusal.retry_after_s, language), author=turns.ASSISTANT).send()
    return False


async def _clear_buttons(taken: list[cl.Action] | None = None) -> None:
    """Remove the buttons on offer (or the offer a click has `taken`) from the page."""
    for action in [*(cl.user_session.get("buttons") or []), *(taken or [])]:
        with contextlib.suppress(Exception):
            await action.remove()
    cl.user_session.set("buttons", [])
    cl.user_session.set("buttons_for", None)


def _page_product_once() -> str | None:
    """The product of the storefront page this chat was opened on, with the session's first turn only: it is the
    conversation's focus from there until the customer names another (assistant/page_focus.py)."""
    if cl.user_session.get("page_product_given"):
        return None
    cl.user_session.set("page_product_given", True)
    return page_product(getattr(cl.context.session, "environ", None))


async def _turn(text: str, photo_data: bytes | None, message_id: str, upload_ids: list[str] | None = None,
                photo_refused: bool = False) -> None:
    """One customer turn; the caller has checked the session is live. Posting into a conversation of another
    account is refused by the service itself (`IdentityConflict`). `photo_refused`: the file sent with the words was
    refused already (the graph answers "here's a photo" knowing it)."""
    runtime, customer_id = binding.current(), _customer_id()
    if not await _follow():
        return
    offered, offered_for = list(cl.user_session.get("buttons") or []), cl.user_session.get("buttons_for")
    await _clear_buttons()
    # The graph keeps the conversation's language by the same rule; the chat only needs it for its labels.
    language = detect_language(text, cl.user_session.get("language"))
    cl.user_session.set("language", language)
    progress = ProgressNote(language, author=turns.ASSISTANT)
    photo = None
    if photo_data is not None:
        await progress.show("photo")
        try:
            photo = await runtime.service.accept_photo(photo_data, owner=customer_id or _conversation_id())
            REDACTED_COPIES.resolve(upload_ids or [], cl.context.session.id, Path(photo["uri"]))
        except PhotoRefused as refusal:
            await progress.clear()
            await cl.Message(content=f"**{intake_line('not_accepted', language)}** {refusal.words(language)}",
                             author=turns.ASSISTANT).send()
            if not text.strip():
                return
            photo_refused = True
    events = runtime.service.stream(_conversation_id(), text, photo=photo, session_customer_id=customer_id,
                                    message_id=message_id, session_account=_account(), session_client=_client(),
                                    photo_refused=photo_refused, page_product=_page_product_once())
    try:
        _results, buttons = await turns.show_turn(events, progress, language)
    except IdentityConflict:
        await cl.Message(content=chat_line("other_account"), author=turns.ASSISTANT).send()
        return
    finally:
        await progress.clear()
    cl.user_session.set("buttons", buttons)
    if buttons:  # the proposal they answer, if any: a click once it has ended is told so (on_quick_reply)
        proposal = await open_proposal(runtime.service, _conversation_id())
        cl.user_session.set("buttons_for", proposal.action_id if proposal else None)
    if offered_for and await wrote_last_turn(runtime.service, _conversation_id()):
        offer_written_by_typing(cl.user_session, offered)  # the typed words wrote what these buttons offered


@cl.on_message
async def on_message(message: cl.Message) -> None:
    runtime = binding.current()
    log.debug("chat %s message %s received", _conversation_id(), message.id)
    # Sent the instant the chat opened: answered after the greeting and the ticket notice, never beside them.
    # Chainlit marks the chat started just before its on_chat_start task runs: until that task has begun its opening,
    # the opening is due whatever that mark says (every session opens: on_chat_start or on_chat_resume).
    await after_opening(cl.user_session, opening_due=True)
    if not await _session_live():
        return
    if len(message.content) > MAX_MESSAGE_CHARS:  # the API's limit too: one rule on every surface
        await cl.Message(content=too_long_notice(len(message.content), _chat_language()),
                         author=turns.ASSISTANT).send()
        return
    if not await _within_turn_budget(message.content):
        await asyncio.to_thread(discard_uploads, message.elements)  # not read: only redacted copies are kept
        return
    # The chat shows the customer's photo as the redacted copy, once the intake has made it (photo_copies.py).
    upload_ids = [element.id for element in message.elements or [] if getattr(element, "path", None)]
    REDACTED_COPIES.expect(upload_ids, cl.context.session.id, _account())
    try:
        try:
            data = await read_photo(message.elements, max_bytes=runtime.settings.intake.max_bytes)
        except PhotoRefused as refusal:
            language = detect_language(message.content, _chat_language())
            await cl.Message(content=f"**{intake_line('not_accepted', language)}** {refusal.words(language)}",
                             author=turns.ASSISTANT).send()
            if not message.content.strip():
                return
            data, refused = None, True
        else:
            refused = False
        await _turn(message.content, data, message.id, upload_ids, photo_refused=refused)
        log.debug("chat %s message %s answered", _conversation_id(), message.id)
    finally:
        REDACTED_COPIES.resolve(upload_ids, cl.context.session.id, None)  # not redacted: nothing to show


async def _offer_still_open() -> bool:
    """Whether the proposal this session's buttons were offered for is still the conversation's open one (it may
    have been answered in another tab); buttons offered for no proposal (a desk question) stay valid."""
    offered_for = cl.user_session.get("buttons_for")
    if not offered_for:
        return True
    proposal = await open_proposal(binding.current().service, _conversation_id())
    return proposal is not None and proposal.action_id == offered_for


@cl.action_callback(turns.QUICK_REPLY)
async def on_quick_reply(action: cl.Action) -> None:
    # Only a button this session is offering now counts, with the words it was offered with: a click replayed
    # from an older proposal, or a payload the page rewrote ("No" made "yes"), sends nothing. The first click
    # takes the offer before anything awaits; clicks sent with it are told once, after its reply (button_clicks).
    click = take_click(cl.user_session, action.id)
    if click.repeat and click.offer is not None:
        if click.tell:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(click.offer.replied.wait(), timeout=REPEAT_NOTE_WAIT_S)
            await cl.Message(content=chat_word("offer_answered", _chat_language()), author=turns.ASSISTANT).send()
        return
    if not await _session_live():
        return
    if click.text is None or click.offer is None or not await _offer_still_open():
        log.info("quick reply %s is not on offer in this session: ignored", action.id)
        await _clear_buttons()
        closed = "offer_done" if written_by_typing(cl.user_session, action.id) else "offer_closed"
        await cl.Message(content=chat_word(closed, _chat_language()), author=turns.ASSISTANT).send()
        return
    try:
        if not await _within_turn_budget(click.text):  # on offer again: the same click works after the wait
            give_back_click(cl.user_session, click.offer)
            return
        await _clear_buttons(click.offer.buttons)
        user = cl.user_session.get("user")
        echo = cl.Message(content=click.text, author=getattr(user, "identifier", "you"), type="user_message")
        await echo.send()
        await _turn(click.text, None, echo.id)
    finally:
        click.offer.replied.set()
