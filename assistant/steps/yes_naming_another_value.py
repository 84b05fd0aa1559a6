"""A yes to an item swap that names a value of the product the proposed variant does not have: "yes swap it to the
iron one" after a proposal of the urethane set, "oui, la version en verre" after the ceramic one. The value is read
against the product's own variants (any option: material, pieces, switch type, colour, size...), so it holds for
every option without a word list; the item's current value ("the rubber one to urethane") is no conflict. Such a
reply is no yes to the proposal shown: the proposal is asked again and nothing is written."""

from __future__ import annotations

from typing import Any

from assistant.grounding.option_values import read_values
from assistant.grounding.variants import values_by_option
from assistant.state import Pending
from assistant.steps.changed_detail import SWAP_TOOLS
from assistant.steps.order_lookup import CustomerReader


async def names_another_value(reader: CustomerReader, pending: Pending, text: str) -> bool:
    """The reply names a value of the swapped product that neither the proposed variant nor the item has."""
    arguments: dict[str, Any] = pending.get("arguments") or {}
    if pending.get("tool") not in SWAP_TOOLS or not text.strip():
        return False
    order = await reader.order(str(arguments.get("order_id") or ""))
    if not order:
        return False
    items = {item["item_id"]: item for item in order.get("items") or []}
    for old_id, new_id in zip(arguments.get("item_ids") or [], arguments.get("new_item_ids") or [], strict=False):
        item = items.get(old_id)
        product = await reader.product(str(item["product_id"])) if item else None
        if item and product and _conflicts(product, item.get("options") or {}, new_id, text):
            return True
    return False


def _conflicts(product: dict[str, Any], current: dict[str, Any], new_id: str, text: str) -> bool:
    proposed: dict[str, Any] = next((v["options"] for v in product["variants"] if v["item_id"] == new_id), {})
    for option, values in values_by_option(product).items():
        named, _ = read_values(sorted(values), text)
        allowed = {str(proposed.get(option)), str(current.get(option))}
        if any(value not in allowed for value in named):
            return True
    return False
