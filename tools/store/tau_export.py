"""Write the store back out in the tau-bench retail JSON shape, byte-identical for unchanged records."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tools.money import tau_price_difference, to_amount
from tools.store.enums import AdjustmentKind
from tools.store.tables import (
    AdjustmentLine,
    Customer,
    Fulfilment,
    GiftCardMovement,
    Order,
    OrderAdjustment,
    OrderItem,
    PaymentMethod,
    PaymentTransaction,
    Product,
    Variant,
)
from tools.store.tau_import import ADDRESS_FIELDS

TauDatabase = dict[str, dict[str, Any]]


def canonical_json(data: TauDatabase) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


def database_sha256(data: TauDatabase) -> str:
    """The hash tau-retail tasks give as `final_sha256`."""
    return hashlib.sha256(canonical_json(data).encode()).hexdigest()


def _address(row: Any) -> dict[str, str]:
    return {field: getattr(row, field) for field in ADDRESS_FIELDS}


def _grouped(rows: Any, key: str) -> dict[Any, list[Any]]:
    groups: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


async def _all(session: AsyncSession, model: Any, *order_by: Any) -> list[Any]:
    return list((await session.execute(select(model).order_by(*order_by))).scalars())


async def export_products(session: AsyncSession) -> dict[str, Any]:
    variants = _grouped(await _all(session, Variant, Variant.product_id, Variant.position), "product_id")
    return {
        product.id: {
            "name": product.name,
            "product_id": product.id,
            "variants": {
                v.item_id: {
                    "item_id": v.item_id,
                    "options": v.options,
                    "price": to_amount(v.price_cents),
                    "available": v.available,
                }
                for v in variants[product.id]
            },
        }
        for product in await _all(session, Product, Product.id)
    }


def _payment_method(method: PaymentMethod, touched: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"source": method.source.value, "id": method.id}
    if method.brand is not None:
        entry["brand"] = method.brand
    if method.last_four is not None:
        entry["last_four"] = method.last_four
    if method.balance_cents is not None:
        # tau-retail writes untouched whole-dollar balances as integers and every balance its tools
        # changed as a rounded float; the ledger tells which is which.
        whole = method.balance_cents % 100 == 0 and not touched
        entry["balance"] = method.balance_cents // 100 if whole else to_amount(method.balance_cents)
    return entry


async def export_users(session: AsyncSession) -> dict[str, Any]:
    methods = _grouped(
        await _all(session, PaymentMethod, PaymentMethod.customer_id, PaymentMethod.position), "customer_id"
    )
    touched = set((await session.execute(select(GiftCardMovement.payment_method_id).distinct())).scalars())
    orders = _grouped(await _all(session, Order, Order.customer_id, Order.customer_seq), "customer_id")
    return {
        customer.id: {
            "name": {"first_name": customer.first_name, "last_name": customer.last_name},
            "address": _address(customer),
            "email": customer.email,
            "payment_methods": {m.id: _payment_method(m, m.id in touched) for m in methods[customer.id]},
            "orders": [order.id for order in orders[customer.id]],
        }
        for customer in await _all(session, Customer, Customer.id)
    }


def _transaction_amount(transaction: PaymentTransaction, adjustments: dict[int, Any]) -> float | int:
    adjustment = adjustments.get(transaction.adjustment_id) if transaction.adjustment_id else None
    if adjustment is not None and adjustment["kind"] is AdjustmentKind.ITEM_MODIFICATION:
        return abs(tau_price_difference(adjustment["pairs"]))
    return to_amount(transaction.amount_cents)


def _adjustment_fields(adjustment: dict[str, Any]) -> dict[str, Any]:
    old_ids = sorted(line.old_item_id for line in adjustment["lines"])
    if adjustment["kind"] is AdjustmentKind.RETURN:
        return {"return_items": old_ids, "return_payment_method_id": adjustment["payment_method_id"]}
    if adjustment["kind"] is AdjustmentKind.EXCHANGE:
        return {
            "exchange_items": old_ids,
            "exchange_new_items": sorted(line.new_item_id for line in adjustment["lines"]),
            "exchange_payment_method_id": adjustment["payment_method_id"],
            "exchange_price_difference": round(tau_price_difference(adjustment["pairs"]), 2),
        }
    return {}


async def _adjustments(session: AsyncSession) -> dict[int, dict[str, Any]]:
    lines = _grouped(
        await _all(session, AdjustmentLine, AdjustmentLine.adjustment_id, AdjustmentLine.position),
        "adjustment_id",
    )
    return {
        adj.id: {
            "kind": adj.kind,
            "order_id": adj.order_id,
            "payment_method_id": adj.payment_method_id,
            "lines": lines[adj.id],
            "pairs": [
                (line.old_price_cents, line.new_price_cents)
                for line in lines[adj.id]
                if line.new_price_cents is not None
            ],
        }
        for adj in await _all(session, OrderAdjustment, OrderAdjustment.id)
    }


async def export_orders(session: AsyncSession) -> dict[str, Any]:
    items = _grouped(await _all(session, OrderItem, OrderItem.order_id, OrderItem.position), "order_id")
    fulfilments = _grouped(
        await _all(session, Fulfilment, Fulfilment.order_id, Fulfilment.position), "order_id"
    )
    transactions = _grouped(
        await _all(session, PaymentTransaction, PaymentTransaction.order_id, PaymentTransaction.position),
        "order_id",
    )
    adjustments = await _adjustments(session)
    by_order: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for adjustment in adjustments.values():
        by_order[adjustment["order_id"]].append(adjustment)
    exported = {}
    for order in await _all(session, Order, Order.id):
        entry: dict[str, Any] = {
            "order_id": order.id,
            "user_id": order.customer_id,
            "address": _address(order),
            "items": [
                {
                    "name": i.name,
                    "product_id": i.product_id,
                    "item_id": i.item_id,
                    "price": to_amount(i.price_cents),
                    "options": i.options,
                }
                for i in items[order.id]
            ],
            "fulfillments": [
                {"tracking_id": f.tracking_ids, "item_ids": f.item_ids} for f in fulfilments[order.id]
            ],
            "status": order.status.value,
            "payment_history": [
                {
                    "transaction_type": t.transaction_type.value,
                    "amount": _transaction_amount(t, adjustments),
                    "payment_method_id": t.payment_method_id,
                }
                for t in transactions[order.id]
            ],
        }
        if order.cancel_reason is not None:
            entry["cancel_reason"] = order.cancel_reason
        for adjustment in by_order[order.id]:
            entry.update(_adjustment_fields(adjustment))
        exported[order.id] = entry
    return exported


async def export_tau_retail(session: AsyncSession) -> TauDatabase:
    return {
        "orders": await export_orders(session),
        "products": await export_products(session),
        "users": await export_users(session),
    }


def write_tau_retail(data: TauDatabase, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, table in data.items():
        (directory / f"{name}.json").write_text(json.dumps(table, indent=2) + "\n")
