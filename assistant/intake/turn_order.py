"""One turn at a time per conversation in this process, and the same words sent again while they are still being
answered (a double tap, four clicks on one Yes button) told apart from a new message.

Turns of one conversation that ran side by side all started from the same checkpoint, so each answered the same
proposal: the write stayed single (the recorded yes is redeemed once) but every copy said "done" again (attack20
A3). Run one after the other, a copy is recognised by its words and answered "already answered", never run.
Across replicas the store's confirmation still keeps the write single; only the repeated reply is not caught there.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from assistant.state import text_digest


class ConversationTurns:
    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._unanswered: dict[str, list[str]] = {}  # per conversation: the words of messages arrived, not answered

    @asynccontextmanager
    async def turn(self, conversation_id: str, text: str, *, with_photo: bool) -> AsyncIterator[bool]:
        """Hold the conversation for one message; yields whether it repeats the words of a message that arrived
        before it and was not answered yet (a message with a photo, or with no words, never does)."""
        words = text_digest(text.strip().casefold()) if text.strip() and not with_photo else ""
        unanswered = self._unanswered.setdefault(conversation_id, [])
        repeated = bool(words) and words in unanswered
        unanswered.append(words)
        lock = self._locks.setdefault(conversation_id, asyncio.Lock())
        try:
            async with lock:
                yield repeated
        finally:
            unanswered.remove(words)
            if not unanswered:  # nobody holds or waits for the conversation: forget it
                self._unanswered.pop(conversation_id, None)
                self._locks.pop(conversation_id, None)
