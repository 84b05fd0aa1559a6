"""Load the tau-bench retail JSON database (`products.json`, `users.json`, `orders.json`) into the store."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from tools.money import to_cents
from tools.store.base import Base
from tools.store.enums import PaymentSource
from tools.store.tables import (
    Customer,
    Fulfilment,
    Order,
    OrderItem,
    PaymentMethod,
    PaymentTransaction,
    Product,
    Variant,
)

IMPORTED_AT = datetime(2024, 1, 1, tzinfo=UTC)
ADDRESS_FIELDS = ("address1", "address2", "city", "state", "country", "zip")


class StoreNotEmpty(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(f"the store already holds {what}; import into a fresh database")


def read_tau_retail(directory: Path) -> dict[str, dict[str, Any]]:
    """The three tables of the tau-retail database as the JSON gives them, keyed by id."""
    tables = {}
    for name in ("products", "users", "orders"):
        path = directory / f"{name}.json"
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: expected a tau-retail data directory")
        tables[name] = json.loads(path.read_text())
    return tables


def _address(address: dict[str, str]) -> dict[str, str]:
    return {field: address[field] for field in ADDRESS_FIELDS}


def _product_rows(products: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    product_rows, variant_rows = [], []
    for product in products.values():
        product_rows.append(
            {
                "id": product["product_id"],
                "name": product["name"],
                "source": "tau-retail",
                "created_at": IMPORTED_AT,
            }
        )
        for position, variant in enumerate(product["variants"].values()):
            variant_rows.append(
                {
                    "item_id": variant["item_id"],
                    "product_id": product["product_id"],
                    "position": position,
                    "options": variant["options"],
                    "price_cents": to_cents(variant["price"]),
                    "available": variant["available"],
                    "images": None,
                    "sku": None,
                }
            )
    return product_rows, variant_rows


def _customer_rows(users: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    customer_rows, method_rows = [], []
    for user_id, user in users.items():
        customer_rows.append(
            {
                "id": user_id,
                "first_name": user["name"]["first_name"],
                "last_name": user["name"]["last_name"],
                "email": user["email"],
                "created_at": IMPORTED_AT,
                **_address(user["address"]),
            }
        )
        for position, method in enumerate(user["payment_methods"].values()):
            balance = method.get("balance")
            method_rows.append(
                {
                    "id": method["id"],
                    "customer_id": user_id,
                    "position": position,
                    "source": PaymentSource(method["source"]),
                    "brand": method.get("brand"),
                    "last_four": method.get("last_four"),
                    "balance_cents": None if balance is None else to_cents(balance),
                }
            )
    return customer_rows, method_rows


def _order_rows(
    orders: dict[str, Any], users: dict[str, Any]
) -> list[tuple[type[Base], list[dict[str, Any]]]]:
    sequence = {order_id: seq for user in users.values() for seq, order_id in enumerate(user["orders"])}
    order_rows: list[dict[str, Any]] = []
    item_rows: list[dict[str, Any]] = []
    fulfilment_rows: list[dict[str, Any]] = []
    payment_rows: list[dict[str, Any]] = []
    for order_id, order in orders.items():
        order_rows.append(
            {
                "id": order_id,
                "customer_id": order["user_id"],
                "customer_seq": sequence.get(order_id, 0),
                "status": order["status"],
                "cancel_reason": order.get("cancel_reason"),
                "created_at": IMPORTED_AT,
                "updated_at": IMPORTED_AT,
                **_address(order["address"]),
            }
        )
        item_rows.extend(
            {
                "order_id": order_id,
                "position": position,
                "product_id": item["product_id"],
                "item_id": item["item_id"],
                "name": item["name"],
                "price_cents": to_cents(item["price"]),
                "options": item["options"],
            }
            for position, item in enumerate(order["items"])
        )
        fulfilment_rows.extend(
            {
                "order_id": order_id,
                "position": position,
                "tracking_ids": fulfilment["tracking_id"],
                "item_ids": fulfilment["item_ids"],
            }
            for position, fulfilment in enumerate(order["fulfillments"])
        )
        payment_rows.extend(
            {
                "order_id": order_id,
                "position": position,
                "transaction_type": payment["transaction_type"],
                "amount_cents": to_cents(payment["amount"]),
                "payment_method_id": payment["payment_method_id"],
                "created_at": IMPORTED_AT,
            }
            for position, payment in enumerate(order["payment_history"])
        )
    return [
        (Order, order_rows),
        (OrderItem, item_rows),
        (Fulfilment, fulfilment_rows),
        (PaymentTransaction, payment_rows),
    ]


async def _insert(session: AsyncSession, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        await session.execute(insert(table), list(rows))


async def import_tau_retail(session: AsyncSession, data: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Insert the whole database in the caller's transaction; refuses a store that already holds it."""
    first_user = next(iter(data["users"]), None)
    if first_user and await session.scalar(select(Customer.id).where(Customer.id == first_user)):
        raise StoreNotEmpty("these tau-retail customers")
    products, variants = _product_rows(data["products"])
    customers, methods = _customer_rows(data["users"])
    await _insert(session, Product, products)
    await _insert(session, Variant, variants)
    await _insert(session, Customer, customers)
    await _insert(session, PaymentMethod, methods)
    for table, rows in _order_rows(data["orders"], data["users"]):
        await _insert(session, table, rows)
    return {
        "products": len(products),
        "variants": len(variants),
        "customers": len(customers),
        "orders": len(data["orders"]),
    }
