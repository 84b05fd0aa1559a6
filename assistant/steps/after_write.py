"""What the assistant's last turn wrote, for the questions asked right after it ("how do I send the old one back?",
"when do I get my money back?", "so is it done?", "la cambiaste?"): they ask about the write just made, never for
another one. The reply keys that say a write was made are those of `prompts/replies.v1.yaml`."""

from __future__ import annotations

from typing import Any

from assistant.grounding.written_questions import asks_if_written
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.meta_follow_up import last_said

RETURN_WRITTEN = frozenset({"return_requested", "return_requested_none", "swap_done", "swap_done_refund",
                            "swaps_done", "swaps_done_refund"})
WRITTEN = RETURN_WRITTEN | {"cancelled", "modified", "default_address_changed", "remedy_done", "remedy_done_none",
                            "photo_passed_on", "photo_passed_on_none"}


def wrote_last(state: ConversationState) -> bool:
    """The assistant's last turn said a write was made."""
    return bool(WRITTEN & set(state.get("said_last") or []))


def returned_last(state: ConversationState) -> bool:
    """The assistant's last turn registered a return or a delivered order's exchange (or a pending order's item
    change, said with the same words: asking how to send it back is then answered with the same rule)."""
    return bool(RETURN_WRITTEN & set(state.get("said_last") or []))


def asks_about_the_write(state: ConversationState) -> bool:
    """ "Is it done?" / "the new address is saved?" right after a write, with no proposal open."""
    text = (state.get("incoming") or {}).get("text", "")
    return wrote_last(state) and not state.get("pending") and asks_if_written(text)


async def confirm_written(state: ConversationState) -> dict[str, Any]:
    """The write just made, said again as done (its own words, with its order, values and amounts)."""
    return {"outbox": with_replies(state, Reply(key="write_confirmed", facts={"previous": last_said(state) or ""}))}
