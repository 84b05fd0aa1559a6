"""The chat's fixed lines (prompts/chat_lines.v1.yaml), in a conversation's language."""

from __future__ import annotations

from assistant.language_tables import language_table, supported_language
from assistant.settings import PROJECT_ROOT

CHAT_LINES = PROJECT_ROOT / "prompts" / "chat_lines.v1.yaml"


def chat_word(key: str, language: str | None) -> str:
    """A fixed chat line in `language` (the default where it is not supported)."""
    return language_table(CHAT_LINES)[supported_language(language)][key]
