"""Agreement that restates the proposal in the customer's own order of words ("#W…, 1500 pieces - yep that's right,
do it", "right, #W… - it was a mistake order so yeah cancel it"): read as a request, the words ground to a
proposal; when that proposal is the one waiting (the same write, with the same arguments: order, items, new
variant, method, address, reason), every detail they restate is the proposal's own, and with words that agree it
is the yes to it. Any detail that grounds differently (another value, method, order) makes another proposal,
which is shown for a yes of its own; words that do not agree (a hedge, a condition, a question) write nothing.

The comparison is on the grounded write, not on words: it holds for any option, method or order the grounding
layer reads, in every language it reads."""

from __future__ import annotations

from typing import Any

from assistant.consent_details import agrees_in_words
from assistant.grounding.kept_options import without_keep_words
from assistant.grounding.negations import refuses_action
from assistant.state import Pending


def same_write(pending: Pending | None, tool: str, arguments: dict[str, Any]) -> bool:
    """The proposal grounded from this turn is the one waiting: the same write with the same arguments."""
    return bool(pending) and pending.get("tool") == tool and (pending.get("arguments") or {}) == arguments  # type: ignore[union-attr]


def agrees_to_the_same(pending: Pending | None, tool: str, arguments: dict[str, Any], text: str) -> bool:
    """The turn restates the waiting proposal (it grounds to the same write) and agrees to it. A keep phrase there
    keeps the proposal's own value ("bon je garde le 11, oui allez-y" when size 11 is proposed, after a comparison):
    it is no "no" to the proposal, whose write the words ground to."""
    if not same_write(pending, tool, arguments) or refuses_action(text, tool):
        return False
    return agrees_in_words(text, tool=tool) or agrees_in_words(without_keep_words(text), tool=tool)
