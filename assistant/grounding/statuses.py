"""An order's status in the customer's words (never the store's internal string, "exchange requested")."""

from __future__ import annotations

from assistant.grounding.lexicon import lexicon


def describe_status(status: str, language: str = "en") -> str:
    return lexicon().in_language("statuses", language).get(str(status), str(status))


# Orders whose items reached the customer: delivered, also once a return or exchange of them is under way (a photo
# of a wrong colour is still about an item received).
RECEIVED = frozenset({"delivered", "return requested", "exchange requested"})


def was_received(status: str) -> bool:
    return str(status) in RECEIVED
