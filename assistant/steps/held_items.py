"""The name a proposal gives an item: its product name, and its options too when the customer holds that product
more than once (two backpacks in two orders, two sizes in one), so that "Backpack (size small, colour green) of
order #W…" tells the customer which one a yes writes (fresh26 F1: "Backpack del pedido #W5220869" hid that it was
the black one, not the green one discussed)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from assistant.grounding.variants import describe_options
from assistant.steps.order_lookup import CustomerReader, item_names


async def held_product_counts(reader: CustomerReader, order: dict[str, Any]) -> Counter[str]:
    """How many items of each product the customer holds over all their orders (`order` read as given)."""
    orders = [order]
    for summary in await reader.orders():
        if summary.get("order_id") != order["order_id"] and (other := await reader.order(summary["order_id"])):
            orders.append(other)
    return Counter(item.get("product_id") for held in orders for item in held.get("items", []))


async def names_telling_apart(reader: CustomerReader, order: dict[str, Any], item_ids: list[str],
                              language: str) -> list[str]:
    """The items' names, each with its options where the customer holds its product more than once."""
    counts = await held_product_counts(reader, order)
    by_id = {item["item_id"]: item for item in order["items"]}
    names = []
    for item_id, name in zip(item_ids, item_names(order, item_ids), strict=True):
        item = by_id.get(item_id)
        held_twice = item is not None and counts[item.get("product_id")] > 1 and item.get("options")
        names.append(f"{name} ({describe_options(item['options'], language)})" if held_twice and item else name)
    return names
