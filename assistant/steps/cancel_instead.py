"""A change of mind towards cancelling the order while another change of it waits: "no wait, just cancel it instead",
"non attends, annule-la plutôt", "mejor cancélalo, ya no lo necesito", "nee, storniert sie doch lieber". Said while
an item change, an address change or a payment change of the order (or a return or exchange of its items) waits
for its yes or its details, the cancellation replaces it and is itself proposed: never the old question again,
never a later yes that writes what the customer gave up. The order step then checks that the order can still be
cancelled (a delivered order cannot, and is said so).

A cancellation negated ("don't cancel it", "ne l'annulez pas") is none, and "cancel the swap" withdraws the swap
rather than cancel the order: both are left to the proposal's own answer."""

from __future__ import annotations

import re

from assistant.grounding.item_changes import cancels
from assistant.grounding.negations import refuses_action
from assistant.grounding.other_order_question import CANCEL_TOOL
from assistant.models.contracts import Intent
from assistant.state import ConversationState

CANCEL_INTENT = Intent.CANCEL_ORDER
# "cancel it instead of changing the address", "annulez-la plutôt que", "en lugar de", "stattdessen"
INSTEAD = re.compile(r"\b(?:instead|rather|plut[oô]t|en lugar de|en vez de|mejor|lieber|stattdessen|doch)\b", re.I)
# the change itself named as what is cancelled: "cancel the swap", "annule l'échange", "cancela el cambio",
# "den Umtausch stornieren" withdraw that change, they do not cancel the order
CHANGE_NOUNS = re.compile(
    r"\b(?:swap|exchange|change|return|échange|echange|changement|retour|cambio|intercambio|devolución|devolucion"
    r"|tausch|umtausch|änderung|aenderung|rückgabe|rueckgabe|rücksendung)\b", re.I)


def cancel_instead(state: ConversationState) -> bool:
    """Another write of an order is under way, and the turn asks to cancel the order instead."""
    pending = state.get("pending") or {}
    topic = state.get("topic") or {}
    other_write = (pending.get("tool") not in (None, CANCEL_TOOL)) or (
        not pending and topic.get("intent") in _OTHER_WRITES)
    if not other_write:
        return False
    text = (state.get("incoming") or {}).get("text", "")
    heard = (state.get("intent") or {}).get("intent") == CANCEL_INTENT.value or INSTEAD.search(text) is not None
    return heard and cancels(text) and not refuses_action(text, CANCEL_TOOL) and not CHANGE_NOUNS.search(text)


def negated_cancellation(state: ConversationState) -> bool:
    """"no no, don't cancel anything, just the address change is fine", "n'annulez rien surtout": while another
    write waits, a cancellation said negated is never a cancellation request; the proposal's own answer reads it."""
    pending = state.get("pending") or {}
    text = (state.get("incoming") or {}).get("text", "")
    return pending.get("tool") not in (None, CANCEL_TOOL) and cancels(text) and refuses_action(text, CANCEL_TOOL)


_OTHER_WRITES = {Intent.MODIFY_ORDER.value, Intent.EXCHANGE_ITEM.value, Intent.RETURN_ITEM.value}
