"""A swap named by the new value alone ("lieber in weiss", "finalement en XL") means the open items whose product
comes in that value with every other option kept (round 16: it was read as shopping, or as the value an item has)."""

from __future__ import annotations

import asyncio
from typing import Any

from assistant.steps.swap_by_value import items_taking_the_value

PRODUCTS = {
    "mouse": {"variants": [
        {"item_id": "m-black", "options": {"color": "black", "sensor": "optical"}, "available": True},
        {"item_id": "m-white", "options": {"color": "white", "sensor": "optical"}, "available": True}]},
    "jacket": {"variants": [
        {"item_id": "j-xs", "options": {"size": "XS", "color": "navy"}, "available": True},
        {"item_id": "j-xl", "options": {"size": "XL", "color": "navy"}, "available": True},
        {"item_id": "j-xl-red", "options": {"size": "XL", "color": "red"}, "available": False}]},
}


class Reader:
    async def product(self, product_id: str) -> dict[str, Any] | None:
        return PRODUCTS.get(product_id)


def _orders(status: str = "pending") -> list[dict[str, Any]]:
    return [{"order_id": "#W1", "status": status, "items": [
        {"item_id": "m-black", "product_id": "mouse", "options": {"color": "black", "sensor": "optical"}},
        {"item_id": "j-xs", "product_id": "jacket", "options": {"size": "XS", "color": "navy"}}]}]


def _taking(text: str, status: str = "pending") -> list[tuple[str, str]]:
    return asyncio.run(items_taking_the_value(Reader(), text, _orders(status)))  # type: ignore[arg-type]


def test_the_one_open_item_that_comes_in_the_value() -> None:
    assert _taking("lieber in weiss") == [("#W1", "m-black")]
    assert _taking("finalement en XL stp") == [("#W1", "j-xs")]


def test_an_unavailable_variant_or_a_delivered_order_is_not_taken() -> None:
    assert _taking("plutot en rouge svp") == []  # the red jacket exists only in XL and is not available
    assert _taking("lieber in weiss", status="delivered") == []


def test_a_product_named_by_its_noun_is_left_to_the_noun() -> None:
    assert _taking("the jacket in white instead") == []
