"""Reading the verified customer's orders and profile for the order steps (READ tools only)."""

from __future__ import annotations

import re
from typing import Any

from assistant.context import Deps
from tools.context import Actor
from tools.registry import invoke_tool

READ_TOOLS = {"list_orders", "get_order_details", "get_customer_details", "get_product_details"}


class CustomerReader:
    """READ tools as the verified customer, in one conversation."""

    def __init__(self, deps: Deps, customer_id: str, conversation_id: str) -> None:
        self.deps, self.customer_id, self.conversation_id = deps, customer_id, conversation_id

    async def call(self, tool: str, arguments: dict[str, Any] | None = None) -> Any:
        async with self.deps.tools(Actor.customer(self.customer_id), self.conversation_id, read_only=True) as ctx:
            result = await invoke_tool(tool, ctx, arguments or {}, allowed=READ_TOOLS)
        return result.data if result.ok else None

    async def order(self, order_id: str) -> dict[str, Any] | None:
        return await self.call("get_order_details", {"order_id": order_id})

    async def orders(self) -> list[dict[str, Any]]:
        return await self.call("list_orders") or []

    async def profile(self) -> dict[str, Any]:
        return await self.call("get_customer_details") or {}

    async def product(self, product_id: str) -> dict[str, Any] | None:
        return await self.call("get_product_details", {"product_id": product_id})


def money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def item_names(order: dict[str, Any], item_ids: list[str]) -> list[str]:
    names = {item["item_id"]: item["name"] for item in order["items"]}
    return [names.get(item_id, item_id) for item_id in item_ids]


def pick_items(order: dict[str, Any], slots: dict[str, Any]) -> list[str]:
    """Items named by id in the conversation, else the only item of a one-item order."""
    in_order = [item["item_id"] for item in order["items"]]
    chosen = [item_id for item_id in slots.get("item_ids", []) if item_id in in_order]
    if chosen:
        return chosen
    return in_order if len(in_order) == 1 else []


def wanted_options(product: dict[str, Any], item: dict[str, Any], slots: dict[str, Any], text: str) -> dict[str, str]:
    """The option values the customer asked for: colour and size slots, or any other option value of this
    product named in their words ("the bamboo deck", "1.5L", "full size") that differs from what they have."""
    wanted = {key: str(slots[slot]).lower() for key, slot in (("color", "colour"), ("size", "size")) if slots.get(slot)}
    lowered = f" {text.lower()} "
    for variant in product["variants"]:
        for key, value in variant["options"].items():
            value = str(value).lower()
            if key in wanted or value == str(item["options"].get(key, "")).lower() or len(value) < 3:
                continue
            if re.search(rf"(?<![\w.]){re.escape(value)}(?![\w.])", lowered):
                wanted[key] = value
    return wanted


def replacement_for(product: dict[str, Any], item: dict[str, Any], slots: dict[str, Any],
                    text: str = "") -> dict[str, Any] | None:
    """An available variant of the same product: the one named by item id, else the one with the requested
    options that keeps the most of the others."""
    def option(variant: dict[str, Any], key: str) -> str:
        return str(variant["options"].get(key, "")).lower()

    available = [v for v in product["variants"] if v["available"] and v["item_id"] != item["item_id"]]
    named = [v for v in available if v["item_id"] in slots.get("item_ids", [])]
    if named:
        return named[0]
    wanted = wanted_options(product, item, slots, text)
    candidates = [v for v in available if wanted and all(option(v, k) == w for k, w in wanted.items())]
    if not candidates:
        return None
    kept = {k: str(v).lower() for k, v in item["options"].items() if k not in wanted}
    return max(candidates, key=lambda v: sum(option(v, k) == value for k, value in kept.items()))
