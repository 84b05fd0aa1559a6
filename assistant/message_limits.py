"""How long one message may be, the same on every surface (chat, widget, API, desk replies)."""

from __future__ import annotations

from babel.numbers import format_decimal

from assistant.chat_lines import chat_word
from assistant.language_tables import supported_language

MAX_MESSAGE_CHARS = 4000


def too_long_notice(length: int, language: str | None = None) -> str:
    """The chat's answer to an over-long message, in `language` (prompts/chat_lines.v1.yaml `too_long`)."""
    language = supported_language(language)
    line = chat_word("too_long", language)
    return line.format(length=format_decimal(length, locale=language),
                       limit=format_decimal(MAX_MESSAGE_CHARS, locale=language))
