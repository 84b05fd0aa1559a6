"""Write calls whose ids are looked up in, or checked against, data/tau-retail as they are built: an item in its
order (or named by its product), a variant that exists and is available, the method an order was paid with. A case
generator that types an id wrong stops, instead of writing a case that cannot pass."""

from __future__ import annotations

from typing import Any

from evals.generators.tau_data import ORDERS, PRODUCTS, USERS


def item_named(order_id: str, name: str) -> str:
    """The id of the order's item of this product name."""
    return next(i["item_id"] for i in ORDERS[order_id]["items"] if i["name"] == name)


def paid_with(order_id: str) -> str:
    """The payment method the order was paid with."""
    return str(ORDERS[order_id]["payment_history"][0]["payment_method_id"])


def item_in(order_id: str, item_id: str) -> str:
    """The item id, checked to be in the order."""
    if item_id not in {item["item_id"] for item in ORDERS[order_id]["items"]}:
        raise ValueError(f"{item_id} not in {order_id}")
    return item_id


def available_variant(item_id: str) -> str:
    """A catalog variant id, checked to exist and be available."""
    for product in PRODUCTS.values():
        if item_id in product["variants"]:
            if not product["variants"][item_id]["available"]:
                raise ValueError(f"{item_id} unavailable")
            return item_id
    raise ValueError(f"{item_id} unknown")


def return_call(order_id: str, *item_ids: str) -> dict[str, Any]:
    """The return of these items of a delivered order."""
    return {
        "name": "return_delivered_order_items",
        "arguments": {"order_id": order_id, "item_ids": [item_in(order_id, i) for i in item_ids]},
    }


def exchange_call(order_id: str, old: str, new: str) -> dict[str, Any]:
    """The exchange of one item of a delivered order for another available variant."""
    return {
        "name": "exchange_delivered_order_items",
        "arguments": {
            "order_id": order_id,
            "item_ids": [item_in(order_id, old)],
            "new_item_ids": [available_variant(new)],
        },
    }


def named_items_return(order_id: str, names: list[str], method: str) -> dict[str, Any]:
    """The return of the order's items of these product names, refunded to `method`."""
    return {
        "name": "return_delivered_order_items",
        "arguments": {
            "order_id": order_id,
            "item_ids": [item_named(order_id, n) for n in names],
            "payment_method_id": method,
        },
    }


def call(name: str, **arguments: Any) -> dict[str, Any]:
    """A write call as a case expects it."""
    return {"name": name, "arguments": arguments}


def tracking(order_id: str) -> list[str]:
    """The order's tracking ids (none before it ships)."""
    return [t for f in ORDERS[order_id]["fulfillments"] for t in f["tracking_id"]]


def order_holding(customer: str, name: str, **options: str) -> tuple[str, dict[str, Any]]:
    """The one order of the customer holding an item of that name (and those options, `_` for a space in their
    names): (order id, item)."""
    found = [
        (oid, item)
        for oid in USERS[customer]["orders"]
        for item in ORDERS[oid]["items"]
        if item["name"] == name and all(item["options"].get(k.replace("_", " ")) == v for k, v in options.items())
    ]
    assert len(found) == 1, (customer, name, options, found)
    return found[0]


def saved_method(customer: str, source: str) -> str:
    """The customer's one saved method of that kind ("gift_card", "paypal") or brand ("visa", "mastercard")."""
    ids = [
        m for m, v in USERS[customer]["payment_methods"].items() if v["source"] == source or v.get("brand") == source
    ]
    assert len(ids) == 1, (customer, source)
    return ids[0]


def variant_with(item: dict[str, Any], change: dict[str, str]) -> dict[str, Any]:
    """The one available variant of the item's product with the item's options but `change`."""
    wanted = {**item["options"], **change}
    found = [v for v in PRODUCTS[item["product_id"]]["variants"].values() if v["options"] == wanted and v["available"]]
    assert len(found) == 1, (item, change)
    return found[0]


def item_change_call(tool: str, order_id: str, item_id: str, new_id: str, method: str | None = None) -> dict[str, Any]:
    """An item changed to another variant (`tool`: a pending order's swap or a delivered order's exchange), paid or
    refunded by `method` where given."""
    arguments: dict[str, Any] = {"order_id": order_id, "item_ids": [item_id], "new_item_ids": [new_id]}
    if method:
        arguments["payment_method_id"] = method
    return {"name": tool, "arguments": arguments}
