"""A colour or size wish about an item the customer owns ("das Iris Top hätte ich lieber in Rot", "the caesar pants
are too small, I need a 34") is a swap of that item, whatever a classifier made of it (it reads like shopping, a
product question, a complaint, or a cancellation when it names the order). The swap is an exchange; the order
step turns it into a modification while the order is pending."""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.grounding.item_changes import asks_for_swap, cancels, fits_badly, owned_items_meant
from assistant.models.contracts import Intent, TurnIntent
from assistant.steps.order_lookup import CustomerReader

# Readings a swap wish is mistaken for. A complaint is one only when the item does not fit (a torn or wrong item
# stays a complaint); a cancellation only when no word asks to cancel.
MISREAD = {Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.OUT_OF_SCOPE, Intent.GREET, Intent.THANKS_BYE,
           Intent.ORDER_STATUS}


def _may_be_swap(text: str, decided: TurnIntent) -> bool:
    if decided.intent in MISREAD:
        return True
    if decided.intent is Intent.REPORT_PROBLEM:
        return fits_badly(text)
    return decided.intent is Intent.CANCEL_ORDER and not cancels(text)


async def owned_item_change(deps: Deps, customer_id: str | None, conversation_id: str, text: str,
                            decided: TurnIntent) -> TurnIntent:
    """The turn read as an exchange of the owned item it names, when it asks for another colour or size of it;
    else the decision as it was. The customer's orders are read only when the words ask for a swap."""
    if not customer_id or not _may_be_swap(text, decided) or not asks_for_swap(text):
        return decided
    reader = CustomerReader(deps, customer_id, conversation_id)
    holding: list[tuple[str, str]] = []
    for summary in await reader.orders():
        order: dict[str, Any] | None = await reader.order(summary["order_id"])
        if order is not None:
            holding.extend((order["order_id"], item_id) for item_id in owned_items_meant(text, order["items"]))
    if not holding:
        return decided
    slots = decided.slots.model_copy(update={"cancel_reason": None, "modification": "items", "product_query": None})
    if len(holding) == 1:
        order_id, item_id = holding[0]
        slots = slots.model_copy(update={"order_ids": [order_id], "item_ids": [item_id]})
    return decided.model_copy(update={"intent": Intent.EXCHANGE_ITEM, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})
