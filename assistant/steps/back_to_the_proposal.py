"""A turn back to the proposal after the answer weighing another order against it (steps/weighed_order.py): a no to
that other order, then the proposal's own order ("no, yes cancel the first one", "non, finalement la première",
"no, al final la primera", "nein, doch die erste, ja", "no ok, yes cancel the lamp one"). The leading no answers the
alternative just weighed, never the proposal: with a yes said after it, it is the yes to the proposal (its order
counted first, as `proposal_ordinal` counts it, or named by one of its items); without one, the proposal is asked
again, naming its order. A bare no, a question, another order's number or item, or "the second one" are none of
this: they are read as before (a bare no lets the proposal go, nothing written)."""

from __future__ import annotations

from typing import Literal

from assistant.consent_vocabulary import BREAK, normalise, read_phrases, split_words
from assistant.grounding.items import nouns_said
from assistant.grounding.negations import refuses_action
from assistant.grounding.orders import canonical_order_id, orders_named
from assistant.state import ConversationState, Pending
from assistant.steps.listed_order import ordinal_of
from assistant.steps.meta_follow_up import last_said
from assistant.steps.order_lookup import CustomerReader

# The replies weighing another order while a proposal waits (`weighed_order_replies`, `weighed_orders_reply`).
WEIGHED = frozenset({"weighed_order", "weighed_orders"})
# Words before the no that say nothing ("hmm", "ah"): a pause, or a break.
_PAUSE = frozenset({"hedge", "break"})

TurnBack = Literal["yes", "again"]


def _after_the_no(text: str) -> list[set[str]] | None:
    """The phrases after a leading no (a pause before it allowed); None when the words do not open with a no or
    say nothing after it."""
    phrases = read_phrases(split_words(normalise(text)))
    while phrases and phrases[0] and phrases[0] <= _PAUSE:
        phrases.pop(0)
    if not phrases or "no" not in phrases[0] or "yes" in phrases[0]:
        return None
    rest = [kinds for kinds in phrases[1:] if kinds != {BREAK}]
    return rest or None


def _pointer(text: str, pending: Pending) -> bool | None:
    """True when the words point at the proposal's own order by its number or as "the first one" (counted from the
    proposal, as `proposal_ordinal` counts); False when they point at another one; None when they say no order."""
    proposed = canonical_order_id(str((pending.get("arguments") or {}).get("order_id") or ""))
    if named := orders_named(text):
        return named == [proposed]
    if (position := ordinal_of(text)) is not None:
        return position == 0
    return None


def _shaped(state: ConversationState, text: str) -> list[set[str]] | None:
    """The phrases after the leading no of a turn right after a weighing answer; None for any other turn."""
    if not WEIGHED & set(state.get("said_last") or []) or "?" in text:
        return None
    return _after_the_no(text)


def turns_back_in_words(state: ConversationState, pending: Pending, text: str) -> bool:
    """The turn may turn back to the proposal (read from the words and the last reply alone, for routing): a no after
    the weighing answer, then the proposal's order by number or as the first one, or items none of which the
    weighing answer named (the other order's contents); the confirm step reads it against the orders themselves."""
    if _shaped(state, text) is None or refuses_action(text, pending["tool"]):
        return False
    if (pointed := _pointer(text, pending)) is not None:
        return pointed
    said = nouns_said(text)
    return bool(said) and not said & nouns_said(last_said(state) or "")


async def _items_of_the_proposal(reader: CustomerReader, pending: Pending, text: str) -> bool:
    """The items named are in the proposal's order and in no other order of the customer's."""
    proposed = canonical_order_id(str((pending.get("arguments") or {}).get("order_id") or ""))
    said = nouns_said(text)
    if not said:
        return False
    own: set[str] = set()
    others: set[str] = set()
    for summary in await reader.orders():
        order = await reader.order(summary["order_id"])
        if order is None:
            continue
        nouns = nouns_said(" ; ".join(item["name"] for item in order.get("items", [])))
        (own if order["order_id"] == proposed else others).update(nouns)
    return bool(said & own) and not said & others - own


async def turns_back_to_the_proposal(
    reader: CustomerReader, state: ConversationState, pending: Pending, text: str
) -> TurnBack | None:
    """ "yes" when the turn says no to the order just weighed and yes to the proposal's own; "again" when it turns
    back to the proposal's order without a yes (asked again, naming it); None for any other turn."""
    rest = _shaped(state, text)
    if rest is None or refuses_action(text, pending["tool"]):
        return None
    pointed = _pointer(text, pending)
    if pointed is False or (pointed is None and not await _items_of_the_proposal(reader, pending, text)):
        return None
    return "yes" if any("yes" in kinds for kinds in rest) else "again"
