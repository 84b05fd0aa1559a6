"""A chat session's opening comes before its first answer (issue 17 F8).

Chainlit runs a new session's `on_chat_start` as a task of its own and each message as another, side by side: a
message sent the instant the chat opened ran its turn while the opening was still checking the session, following
the conversation and looking up a ticket the desk holds, and both wrote into the same session (its relay, its
language). The customer then saw the greeting and the ticket notice, and their own message neither shown nor
answered. So the opening (`on_chat_start`, `on_chat_resume`) is marked begun before its first await and done when it
ends, and a message waits for it: the greeting and the ticket notice come first, then the reply, always in that
order, and no message is lost whatever the timing.

A message can also reach the server before the opening has begun (Chainlit handles `connection_successful` as a
task too, and marks the chat started just before the task that opens it runs): it waits, a short while, for the
opening that is due to begin.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Protocol

OPENING_KEY = "opening"
OPENING_WAIT_S = 30.0  # the longest a message waits for an opening under way (a store lookup, a few lines)
DUE_WAIT_S = 5.0  # the longest it waits for an opening that has not begun yet
POLL_S = 0.05


class UserSession(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any) -> None: ...


def begin_opening(user_session: UserSession) -> asyncio.Event:
    """Mark the session's opening under way (call before the opening's first await); set the event it returns
    once the opening has said everything it says."""
    opening = asyncio.Event()
    user_session.set(OPENING_KEY, opening)
    return opening


async def after_opening(user_session: UserSession, *, opening_due: bool, under_way_s: float = OPENING_WAIT_S,
                        due_s: float = DUE_WAIT_S) -> None:
    """Wait until the session's opening is over: the one under way, or, where `opening_due` (a new session whose
    opening Chainlit has not begun yet), the one about to begin. Never waits past the bounds: a message is answered
    late rather than not at all."""
    started = time.monotonic()
    opening = user_session.get(OPENING_KEY)
    while opening is None and opening_due and time.monotonic() - started < due_s:
        await asyncio.sleep(POLL_S)
        opening = user_session.get(OPENING_KEY)
    if opening is None or opening.is_set():
        return
    try:
        await asyncio.wait_for(opening.wait(), max(0.0, under_way_s - (time.monotonic() - started)))
    except TimeoutError:
        return
