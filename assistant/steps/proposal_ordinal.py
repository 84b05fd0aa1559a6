""""The first one" said while a proposal waits and the last reply named its order beside another ("no, ese no; sí,
cancela el primero", "nein, die nicht; ja, die erste stornieren bitte" after "would it be better to cancel #W…
instead?"): the orders are counted in the order the customer brought them up, the proposal's first, never in the
order the last reply happened to name them (the answer about the other order names that one first; attack24 A24-2).
So "the first one" is the proposal's own order and nothing new is proposed; "the second" or "the last" is the
other, which is a new proposal asked again before anything is written."""

from __future__ import annotations

from assistant.grounding.orders import canonical_order_id, order_numbers
from assistant.grounding.shown_lists import ShownList
from assistant.models.contracts import TurnIntent
from assistant.state import Pending
from assistant.steps.listed_order import ordinal_of


def proposal_first(text: str, decided: TurnIntent, pending: Pending | None, shown: ShownList | None) -> TurnIntent:
    """`decided` with the order an ordinal points at, counted from the proposal's order, when the orders on screen
    are that order and others; unchanged when the words name an order or nothing is proposed."""
    proposed = ((pending or {}).get("arguments") or {}).get("order_id")
    listed = list((shown or {}).get("order_ids") or [])
    if not proposed or (shown or {}).get("kind") != "orders" or order_numbers(text):
        return decided
    canonical = canonical_order_id(proposed)
    if canonical not in {canonical_order_id(order) for order in listed}:
        return decided
    position = ordinal_of(text)
    counted = [proposed, *[order for order in listed if canonical_order_id(order) != canonical]]
    if position is None or not -len(counted) <= position < len(counted):
        return decided
    return decided.model_copy(update={"slots": decided.slots.model_copy(update={"order_ids": [counted[position]]})})
