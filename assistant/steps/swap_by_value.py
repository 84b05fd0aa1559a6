"""The item a swap named by the new option value alone means ("the 9 instead", "en XL stp", "lieber in weiß"):
the one item of the customer's open orders whose product comes in that value."""

from __future__ import annotations

from typing import Any

from assistant.grounding.items import nouns_said
from assistant.grounding.variants import wanted_options
from assistant.steps.order_lookup import CustomerReader

OPEN = ("pending",)  # a value alone is said of what is still on its way: a delivered item is named to be exchanged


async def items_taking_the_value(reader: CustomerReader, text: str,
                                 orders: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(order id, item id) of every item of an open order the words can change to the value they name, when they
    name no product (a product named by its noun is grounded by its noun). Several: the step asks which."""
    if nouns_said(text):
        return []
    taking: list[tuple[str, str]] = []
    for order in orders:
        if order.get("status") not in OPEN:
            continue
        for item in order["items"]:
            product = await reader.product(item["product_id"])
            if product and _offers(product, item, wanted_options(product, item, text)):
                taking.append((order["order_id"], item["item_id"]))
    return list(dict.fromkeys(taking))


def _offers(product: dict[str, Any], item: dict[str, Any], wanted: dict[str, str]) -> bool:
    """An available variant of the product has the values wanted and keeps every other option of the item."""
    if not wanted:
        return False
    kept = {key: value for key, value in item["options"].items() if key not in wanted}
    for variant in product.get("variants") or []:
        options = variant.get("options") or {}
        if variant.get("available", True) and all(str(options.get(k, "")).lower() == str(v).lower()
                                                   for k, v in {**kept, **wanted}.items()):
            return True
    return False
