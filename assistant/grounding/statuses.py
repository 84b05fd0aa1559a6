"""An order's status in the customer's words (never the store's internal string, "exchange requested")."""

from __future__ import annotations

from assistant.grounding.lexicon import lexicon


def describe_status(status: str, language: str = "en") -> str:
    return lexicon().in_language("statuses", language).get(str(status), str(status))
