"""How long one message may be, the same on every surface (chat, widget, API, desk replies)."""

from __future__ import annotations

from babel.numbers import format_decimal

from assistant.language_tables import language_table, supported_language
from assistant.settings import PROJECT_ROOT

MAX_MESSAGE_CHARS = 4000
CHAT_LINES = PROJECT_ROOT / "prompts" / "chat_lines.v1.yaml"


def too_long_notice(length: int, language: str | None = None) -> str:
    """The chat's answer to an over-long message, in `language` (prompts/chat_lines.v1.yaml `too_long`)."""
    language = supported_language(language)
    line = language_table(CHAT_LINES)[language]["too_long"]
    return line.format(length=format_decimal(length, locale=language),
                       limit=format_decimal(MAX_MESSAGE_CHARS, locale=language))
