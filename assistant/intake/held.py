"""Customer messages a turn could not answer because a dependency failed, kept until they are answered.

On local disk, one small JSON file per conversation, written atomically: the database or the checkpointer may
be the very thing that is down. Photos are kept by reference to their redacted copy in the evidence store.
Without a directory (tests, a throwaway service) they are kept in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from pydantic import BaseModel

from assistant.intake.validation import intake_line


class HeldMessage(BaseModel):
    conversation_id: str
    message_id: str
    text: str
    photo: dict[str, str] | None = None  # a `Photo` (pydantic cannot take typing.TypedDict on 3.11)
    session_customer_id: str | None = None
    session_account: str | None = None
    session_client: str | None = None  # keyed digest of the client address (`tools.verification.client_key`)
    photo_refused: bool = False  # it came with a file the intake refused (`steps/photo_refused.py`)
    page_product: str | None = None  # the product of the storefront page the chat was opened on (page_focus.py)
    reason: str = ""
    held_at: float = 0.0


class HeldMessages:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory
        self._memory: dict[str, list[HeldMessage]] = {}

    def pending(self, conversation_id: str) -> list[HeldMessage]:
        """Held messages of a conversation, oldest first."""
        if self.directory is None:
            return list(self._memory.get(conversation_id, []))
        path = self._path(conversation_id)
        if not path.exists():
            return []
        return [HeldMessage.model_validate(item) for item in json.loads(path.read_text())]

    def keep(self, message: HeldMessage) -> None:
        """Hold `message`; one already held (a retry) keeps its place, so replies come in the order sent."""
        held = self.pending(message.conversation_id)
        for position, earlier in enumerate(held):
            if earlier.message_id == message.message_id:
                held[position] = message.model_copy(update={"held_at": earlier.held_at})
                break
        else:
            held.append(message.model_copy(update={"held_at": message.held_at or time.time()}))
        self._write(message.conversation_id, held)

    def drop(self, conversation_id: str, message_id: str) -> None:
        held = self.pending(conversation_id)
        if any(m.message_id == message_id for m in held):
            self._write(conversation_id, [m for m in held if m.message_id != message_id])

    def _path(self, conversation_id: str) -> Path:
        assert self.directory is not None  # noqa: S101 - only called with a directory
        return self.directory / f"{hashlib.sha256(conversation_id.encode()).hexdigest()[:32]}.json"

    def _write(self, conversation_id: str, held: list[HeldMessage]) -> None:
        if self.directory is None:
            self._memory[conversation_id] = held
            return
        path = self._path(conversation_id)
        if not held:
            path.unlink(missing_ok=True)
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps([m.model_dump(mode="json") for m in held]))
        os.replace(temporary, path)


def held_reply(message: HeldMessage, language: str | None) -> str:
    """What the customer reads when their turn could not be answered: what happened and what was kept."""
    return intake_line("held_with_photo" if message.photo else "held", language)
