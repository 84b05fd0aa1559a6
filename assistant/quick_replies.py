"""Quick-reply buttons in the customer's language: steps propose them by their English name ("Yes", "No");
the labels per language are data (`prompts/quick_replies.v1.yaml`)."""

from __future__ import annotations

from assistant.language import DEFAULT_LANGUAGE
from assistant.language_tables import language_table
from assistant.settings import PROJECT_ROOT

QUICK_REPLIES_FILE = PROJECT_ROOT / "prompts" / "quick_replies.v1.yaml"


def quick_reply_labels() -> dict[str, dict[str, str]]:
    """Language → (English name → label); every supported language labels every name English has."""
    return language_table(QUICK_REPLIES_FILE)


def localised_quick_replies(names: list[str], language: str | None) -> list[str]:
    """The buttons' labels in `language` (English, and the name itself, for what the file does not know)."""
    labels = quick_reply_labels()
    table = labels.get(language or DEFAULT_LANGUAGE, labels[DEFAULT_LANGUAGE])
    return [table.get(name, name) for name in names]
