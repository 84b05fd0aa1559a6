"""How long one message may be, the same on every surface (chat, widget, API, desk replies)."""

from __future__ import annotations

MAX_MESSAGE_CHARS = 4000


def too_long_notice(length: int) -> str:
    return (f"Your message is {length:,} characters long; please keep it under {MAX_MESSAGE_CHARS:,} characters "
            "and send it again (nothing was lost: your text is still here in the chat).")
