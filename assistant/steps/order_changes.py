"""Turn a request and the details gathered into the exact write to propose, or the question still to ask."""

from __future__ import annotations

from typing import Any

from assistant.models.contracts import Intent
from assistant.steps.addresses import describe_address, read_address
from assistant.steps.order_lookup import (
    CustomerReader,
    item_names,
    money,
    pick_items,
    replacement_for,
    wanted_options,
)
from assistant.steps.payment_choice import describe_method, named_method, named_source, usable_methods

# Kept in the topic while a swap waits for the customer's answer (see `_swap`).
SWAP_ITEMS_SLOT = "swap_item_ids"
DIFFERENCE_METHOD_SLOT = "difference_method_id"


def _original_method(order: dict[str, Any]) -> str:
    return order["payment_history"][0]["payment_method_id"]


def _cancel(order: dict[str, Any], slots: dict[str, Any]) -> dict[str, Any]:
    if not slots.get("cancel_reason"):
        return {"ask": "ask_cancel_reason", "facts": {"order_id": order["order_id"]}}
    reason = slots["cancel_reason"]
    return {"tool": "cancel_pending_order", "arguments": {"order_id": order["order_id"], "reason": reason},
            "confirm_key": "confirm_cancel", "done_key": "cancelled",
            "facts": {"order_id": order["order_id"], "reason": reason,
                      "amount": money(sum(p["amount_cents"] for p in order["payment_history"]))}}


def _ask_items(order: dict[str, Any]) -> dict[str, Any]:
    return {"ask": "ask_items", "facts": {"order_id": order["order_id"],
                                          "items": [f"{i['name']} ({i['item_id']})" for i in order["items"]]}}


def _return(order: dict[str, Any], slots: dict[str, Any]) -> dict[str, Any]:
    items = pick_items(order, slots)
    if not items:
        return _ask_items(order)
    method = _original_method(order)
    return {"tool": "return_delivered_order_items",
            "arguments": {"order_id": order["order_id"], "item_ids": items, "payment_method_id": method},
            "confirm_key": "confirm_return", "done_key": "return_requested",
            "facts": {"order_id": order["order_id"], "items": item_names(order, items), "refund_to": method}}


async def _swap(intent: Intent, order: dict[str, Any], slots: dict[str, Any], reader: CustomerReader,
                text: str) -> dict[str, Any]:
    # The item being swapped stays chosen while the customer answers a follow-up question with only the new
    # variant's id ("the 9 bar one, item 7806008610") or a payment method.
    items = pick_items(order, slots) or [i for i in slots.get(SWAP_ITEMS_SLOT, []) if i in _item_ids(order)]
    if not items:
        return _ask_items(order)
    item = next(i for i in order["items"] if i["item_id"] == items[0])
    product = await reader.product(item["product_id"])
    new_item_named = any(i not in _item_ids(order) for i in slots.get("item_ids", []))
    if not product or not (new_item_named or wanted_options(product, item, slots, text)):
        return {"ask": "ask_new_variant", "facts": {"item": item["name"]}}
    variant = replacement_for(product, item, slots, text)
    if variant is None:
        return {"ask": "no_variant", "facts": {"item": item["name"]}}
    options = ", ".join(f"{k} {v}" for k, v in variant["options"].items())
    difference = variant["price_cents"] - item["price_cents"]
    facts = {"order_id": order["order_id"], "item": item["name"], "new_options": options,
             "difference": money(difference)}
    remember = {SWAP_ITEMS_SLOT: [item["item_id"]]}
    method = await _difference_method(order, slots, reader, text, difference)
    if isinstance(method, list):
        key = "ask_difference_payment" if difference > 0 else "ask_difference_refund"
        return {"ask": key, "remember": remember,
                "facts": {**facts, "difference": money(abs(difference)), "methods": method}}
    tool = "exchange_delivered_order_items" if intent is Intent.EXCHANGE_ITEM else "modify_pending_order_items"
    return {"tool": tool,
            "arguments": {"order_id": order["order_id"], "item_ids": [item["item_id"]],
                          "new_item_ids": [variant["item_id"]], "payment_method_id": method["id"]},
            "confirm_key": "confirm_swap", "done_key": "swap_done",
            "remember": {**remember, DIFFERENCE_METHOD_SLOT: method["id"]},
            "facts": {**facts, "payment": describe_method(method)}}


async def _difference_method(order: dict[str, Any], slots: dict[str, Any], reader: CustomerReader, text: str,
                             difference: int) -> dict[str, Any] | list[str]:
    """The method settling the difference, or the usable methods to ask the customer to choose among."""
    saved = (await reader.profile()).get("payment_methods", [])
    usable = usable_methods(saved, difference)
    chosen = named_method(text, usable) or next(
        (m for m in usable if m["id"] == slots.get(DIFFERENCE_METHOD_SLOT)), None)
    if chosen:
        return chosen
    if difference == 0 or not usable:
        # Nothing to settle, or nothing usable (the tool then gives the policy's reason): the original method.
        original = _original_method(order)
        return next((m for m in saved if m["id"] == original), {"id": original, "source": "unknown"})
    if len(usable) == 1:
        return usable[0]
    return [describe_method(m) for m in usable]


def _item_ids(order: dict[str, Any]) -> set[str]:
    return {i["item_id"] for i in order["items"]}


def _swap_in_progress(order: dict[str, Any], slots: dict[str, Any]) -> bool:
    """An item swap under way: one was started, or a new variant is named by id (a payment method named in
    the same breath pays its difference, it is not a change of the order's payment)."""
    return bool(slots.get(SWAP_ITEMS_SLOT)) or any(i not in _item_ids(order) for i in slots.get("item_ids", []))


async def _payment(order: dict[str, Any], text: str, reader: CustomerReader) -> dict[str, Any] | None:
    source = named_source(text)
    if source is None:
        return None
    current = _original_method(order)
    methods = [m for m in (await reader.profile()).get("payment_methods", [])
               if m["source"] == source and m["id"] != current]
    if not methods:
        return {"ask": "no_payment_method", "facts": {"source": source.replace("_", " ")}}
    method = methods[0]["id"]
    return {"tool": "modify_pending_order_payment",
            "arguments": {"order_id": order["order_id"], "payment_method_id": method},
            "confirm_key": "confirm_modify", "done_key": "modified",
            "facts": {"order_id": order["order_id"], "what": "payment method", "new_value": method}}


def _address(order: dict[str, Any], text: str) -> dict[str, Any] | None:
    address = read_address(text, order["address"]["country"])
    if address is None:
        return None
    new_value = describe_address(address)
    return {"tool": "modify_pending_order_address", "arguments": {"order_id": order["order_id"], **address},
            "confirm_key": "confirm_modify", "done_key": "modified",
            "facts": {"order_id": order["order_id"], "what": "shipping address", "new_value": new_value}}


async def propose_change(
    intent: Intent, order: dict[str, Any], slots: dict[str, Any], reader: CustomerReader, text: str = ""
) -> dict[str, Any]:
    if intent is Intent.CANCEL_ORDER:
        return _cancel(order, slots)
    if intent is Intent.RETURN_ITEM:
        return _return(order, slots)
    if intent is Intent.EXCHANGE_ITEM:
        return await _swap(intent, order, slots, reader, text)
    modification = None if _swap_in_progress(order, slots) else slots.get("modification")
    if modification == "address":
        return _address(order, text) or {"ask": "ask_address", "facts": {"order_id": order["order_id"]}}
    if modification == "payment":
        return await _payment(order, text, reader) or {"ask": "ask_payment", "facts": {"order_id": order["order_id"]}}
    return await _swap(intent, order, slots, reader, text)
