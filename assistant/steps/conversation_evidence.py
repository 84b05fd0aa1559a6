"""What a conversation already holds that a ticket opened from it should carry: the photos the customer sent (the
redacted copies the transcript keeps, each once) and the order last named in it. A request for a person ("talk to
a human") opens a ticket with these, so the desk sees the photos and the order the customer spoke about instead of
"No photos." and "No order on this ticket."."""

from __future__ import annotations

from typing import Any

from assistant.grounding.orders import ORDER_NUMBER, canonical_order_id
from assistant.state import ConversationState

MAX_PHOTOS = 10  # the latest ones, if a long conversation sent more


def photos_sent(state: ConversationState) -> list[dict[str, Any]]:
    """The redacted photos of the conversation's customer messages, oldest first, each photo once."""
    seen: dict[str, dict[str, Any]] = {}
    for turn in state.get("transcript", []):
        photo = turn.get("photo")
        if turn["role"] == "customer" and photo and photo["sha256"] not in seen:
            seen[photo["sha256"]] = {"uri": photo["uri"], "kind": "photo", "sha256": photo["sha256"]}
    return list(seen.values())[-MAX_PHOTOS:]


def order_named(state: ConversationState) -> str | None:
    """The order number written last in the conversation (by the customer or in a reply), as the shop spells it;
    the ticket tool checks that it is the customer's own."""
    for turn in reversed(state.get("transcript", [])):
        written = [match.group(0) for match in ORDER_NUMBER.finditer(turn["text"])]
        if turn["role"] != "agent" and written:
            return canonical_order_id(written[-1])
    return None
