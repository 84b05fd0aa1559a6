"""What the assistant's last turn wrote, by its reply keys (those of `prompts/replies.v1.yaml` that say a write was
made): the turn after it reads questions about that write (steps/after_write.py, steps/shop_policy.py)."""

from __future__ import annotations

import re

from assistant.grounding.lexicon import lexicon
from assistant.state import ConversationState
from assistant.steps.meta_follow_up import last_said

RETURN_WRITTEN = frozenset({"return_requested", "return_requested_none", "swap_done", "swap_done_refund",
                            "swaps_done", "swaps_done_refund"})
WRITTEN = RETURN_WRITTEN | {"cancelled", "modified", "modified_payment", "default_address_changed", "remedy_done",
                            "remedy_done_none", "photo_passed_on", "photo_passed_on_none"}
# the write just made, said again (or the items its cancellation took)
RECALLED = frozenset({"write_confirmed", "write_recalled", "written_items_cancelled", "write_already_done",
                      "write_already_done_order", "no_after_cancelled", "no_after_written"})


def wrote_last(state: ConversationState) -> bool:
    """The assistant's last turn said a write was made (or said again what the write just made did)."""
    return bool((WRITTEN | RECALLED) & set(state.get("said_last") or []))


def returned_last(state: ConversationState) -> bool:
    """The assistant's last turn registered a return or a delivered order's exchange (or a pending order's item
    change, said with the same words: asking how to send it back is then answered with the same rule)."""
    return bool(RETURN_WRITTEN & set(state.get("said_last") or []))


def written_message(state: ConversationState) -> str:
    """The assistant's message that said the last write was made (kept across the questions about it)."""
    return state.get("written_said") or last_said(state) or ""


def without_done_opener(message: str) -> str:
    """The done line without its opener ("Done:", "Hecho:"), to follow "Yes, that's done:" or "Here is what was
    done:": the write is said done once, never "Sí, ya está hecho: Hecho: …" (fresh28 F8)."""
    openers = "|".join(re.escape(opener) for opener in lexicon().done_openers.values())
    if not openers:
        return message
    return re.sub(rf"^\s*(?:{openers})\s*", "", message, count=1, flags=re.I)
