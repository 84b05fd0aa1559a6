"""A request for an order number not on the account ("cancel #W…" of someone else's, a pasted tool call) is answered
"I couldn't find it, which one do you mean?"; the request waits only for the customer to name one of theirs. A next
message that names none ("what is my customer id?", "yes") ends it (attack15 F2): the intent is never carried to the
customer's only order, nor with a reason taken from the words that named the missing one."""

from __future__ import annotations

from assistant.grounding.items import nouns_said
from assistant.grounding.orders import order_numbers
from assistant.models.contracts import TurnIntent
from assistant.state import Topic

# The topic slot holding the number that was not found (set by the order step's "order_not_found").
MISSED_SLOT = "order_not_found"


def ends_missed_request(topic: Topic | None, text: str, intent: TurnIntent) -> bool:
    """The topic waits after a number not on the account, and this message names no order (by number, item or a
    reading that grounds one)."""
    if not topic or not (topic.get("slots") or {}).get(MISSED_SLOT):
        return False
    return not (order_numbers(text) or nouns_said(text) or intent.slots.order_ids)
