"""An order's status in the customer's words (never the store's internal string, "exchange requested")."""

from __future__ import annotations

from assistant.grounding.lexicon import lexicon


def describe_status(status: str, language: str = "en") -> str:
    return lexicon().in_language("statuses", language).get(str(status), str(status))


# Orders whose items reached the customer: delivered, also once a return or exchange of them is under way (a photo
# of a wrong colour is still about an item received).
RECEIVED = frozenset({"delivered", "return requested", "exchange requested"})


# A pending order whose items were changed once (tau-retail policy: no further change nor cancellation).
ITEMS_CHANGED = "pending (item modified)"
# An item swap is a modification while the order is still pending and an exchange once it was received: the
# statuses of each family, so that a swap refused is refused for its family's reason ("changed once", "a return
# under way").
STILL_PENDING = frozenset({"pending", ITEMS_CHANGED})
SWAP_FAMILIES = STILL_PENDING | RECEIVED


def was_received(status: str) -> bool:
    return str(status) in RECEIVED
