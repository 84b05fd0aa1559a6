"""Reading the verified customer's orders and profile for the order steps (READ tools only)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from assistant.context import Deps
from assistant.grounding.items_acted_on import items_acted_on, lists_items
from assistant.grounding.other_items import with_other_items
from tools.context import Actor, ToolContext
from tools.money import format_money
from tools.registry import invoke_tool

READ_TOOLS = {"list_orders", "get_order_details", "get_customer_details", "get_product_details"}


class CustomerReader:
    """READ tools as the verified customer, in one conversation."""

    def __init__(self, deps: Deps, customer_id: str, conversation_id: str) -> None:
        self.deps, self.customer_id, self.conversation_id = deps, customer_id, conversation_id
        self._shared: ToolContext | None = None

    @asynccontextmanager
    async def one_transaction(self) -> AsyncIterator[None]:
        """The reads inside share one read transaction: one connection checkout, BEGIN and COMMIT for a step's
        reads instead of one each (on aiosqlite each is a trip through the driver's thread). The same tools, the
        same customer filter; calls must not overlap (one session), as they do not in a step."""
        if self._shared is not None:
            yield
            return
        async with self.deps.tools(Actor.customer(self.customer_id), self.conversation_id, read_only=True) as ctx:
            self._shared = ctx
            try:
                yield
            finally:
                self._shared = None

    async def call(self, tool: str, arguments: dict[str, Any] | None = None) -> Any:
        if self._shared is not None:
            result = await invoke_tool(tool, self._shared, arguments or {}, allowed=READ_TOOLS)
            return result.data if result.ok else None
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


def money(cents: int, language: str = "en") -> str:
    return format_money(cents, language)


def item_names(order: dict[str, Any], item_ids: list[str]) -> list[str]:
    names = {item["item_id"]: item["name"] for item in order["items"]}
    return [names.get(item_id, item_id) for item_id in item_ids]


def pick_items(order: dict[str, Any], slots: dict[str, Any], text: str = "") -> list[str]:
    """Items named by id in the conversation, else the items named in words ("the shorts", "the puzzle and the
    backpack"), else the only item of a one-item order; [] when it is still to be asked (two items fit the words:
    never a guess)."""
    in_order = [item["item_id"] for item in order["items"]]
    chosen = [item_id for item_id in slots.get("item_ids", []) if item_id in in_order]
    if chosen:
        return chosen
    # "the headphones from the order with the thermostat", "the small 28 inch one", "the puzzle and the backpack"
    named = items_acted_on(text, order["items"]) if text else []
    # "the boots, and the other item too", "beide Artikel": the order's other item, where one is meant
    if (whole := with_other_items(text, order["items"], named)) != named:
        return whole
    if len(set(named)) == 1:
        return named[:1]
    names = [item["name"] for item in order["items"] if item["item_id"] in named]
    if len(named) > 1 and lists_items(text) and len(set(names)) == len(names):
        return named  # several different things listed; the same product twice unnamed is asked about
    return in_order if len(in_order) == 1 else []
