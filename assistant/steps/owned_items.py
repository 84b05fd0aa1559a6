"""A colour or size wish about an item the customer owns ("das Iris Top hätte ich lieber in Rot", "the caesar pants
are too small, I need a 34") is a swap of that item, and sending it back in words ("mon pantalon Caesar ne me va
pas, je vous le renvoie") a return of it, whatever a classifier made of the turn (it reads like shopping, a
product question, a complaint, an address change, or a cancellation when it names the order). The swap is an
exchange; the order step turns it into a modification while the order is pending."""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.grounding.item_changes import asks_for_return, asks_for_swap, cancels, fits_badly, owned_items_meant
from assistant.models.contracts import Intent, TurnIntent
from assistant.steps.order_lookup import CustomerReader

# Readings a swap or a return is mistaken for. A complaint is one only when the item does not fit (a torn or
# wrong item stays a complaint); a cancellation only when no word asks to cancel.
MISREAD = {Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.OUT_OF_SCOPE, Intent.GREET, Intent.THANKS_BYE,
           Intent.ORDER_STATUS, Intent.CHANGE_DEFAULT_ADDRESS}


# A yes or no the reader is unsure of ("ne me va pas" reads as a no) is read again; a sure one answers a question.
UNSURE_ANSWER = {Intent.AFFIRM, Intent.DENY}
SURE = 0.6


def _misread(text: str, decided: TurnIntent, meant: Intent) -> bool:
    if decided.intent in MISREAD or (decided.intent in UNSURE_ANSWER and decided.confidence < SURE):
        return True
    if decided.intent is Intent.REPORT_PROBLEM:
        return fits_badly(text)
    if decided.intent is Intent.EXCHANGE_ITEM:
        return meant is Intent.RETURN_ITEM
    return decided.intent is Intent.CANCEL_ORDER and not cancels(text)


def _meant(text: str) -> Intent | None:
    if asks_for_return(text):
        return Intent.RETURN_ITEM
    return Intent.EXCHANGE_ITEM if asks_for_swap(text) else None


async def owned_item_change(deps: Deps, customer_id: str | None, conversation_id: str, text: str,
                            decided: TurnIntent) -> TurnIntent:
    """The turn read as a swap or return of the owned item it names, when its words ask for one; else the
    decision as it was. The customer's orders are read only when the words ask for a swap or a return."""
    meant = _meant(text)
    if not customer_id or meant is None or not _misread(text, decided, meant):
        return decided
    reader = CustomerReader(deps, customer_id, conversation_id)
    holding: list[tuple[str, str]] = []
    for summary in await reader.orders():
        order: dict[str, Any] | None = await reader.order(summary["order_id"])
        if order is not None:
            holding.extend((order["order_id"], item_id) for item_id in owned_items_meant(
                text, order["items"], noun_alone=meant is Intent.RETURN_ITEM))
    if not holding:
        return decided
    slots = decided.slots.model_copy(update={"cancel_reason": None, "product_query": None,
                                             "modification": "items" if meant is Intent.EXCHANGE_ITEM else None})
    if len(holding) == 1:
        order_id, item_id = holding[0]
        slots = slots.model_copy(update={"order_ids": [order_id], "item_ids": [item_id]})
    return decided.model_copy(update={"intent": meant, "confidence": max(decided.confidence, 0.9), "slots": slots})
