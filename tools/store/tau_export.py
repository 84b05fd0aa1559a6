"""Write the store back out in the tau-bench retail JSON shape, byte-identical for unchanged records."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Collection
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
from tools.views import PaymentMethodView

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


async def _all(session: AsyncSession, model: Any, *order_by: Any, where: Any = None) -> list[Any]:
    query = select(model).order_by(*order_by)
    return list((await session.execute(query if where is None else query.where(where))).scalars())


def _among(column: Any, ids: Collection[str] | None) -> Any:
    """A filter to the given ids, or none (the whole table) when `ids` is None."""
    return None if ids is None else column.in_(list(ids))


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


def tau_payment_method(method: PaymentMethod | PaymentMethodView, touched: bool = False) -> dict[str, Any]:
    """A saved payment method as tau-retail writes it (from the table or from a tool's view of it)."""
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


async def export_users(session: AsyncSession, user_ids: Collection[str] | None = None) -> dict[str, Any]:
    """Every customer in tau's shape, or only those in `user_ids`."""
    methods = _grouped(
        await _all(
            session,
            PaymentMethod,
            PaymentMethod.customer_id,
            PaymentMethod.position,
            where=_among(PaymentMethod.customer_id, user_ids),
        ),
        "customer_id",
    )
    touched = set((await session.execute(select(GiftCardMovement.payment_method_id).distinct())).scalars())
    # tau rounds a gift card's balance after a same-price change too, which writes it as a float.
    touched |= set((await session.execute(select(OrderAdjustment.payment_method_id).where(
        OrderAdjustment.kind == AdjustmentKind.ITEM_MODIFICATION, OrderAdjustment.price_difference_cents == 0
    ))).scalars())
    orders = _grouped(
        await _all(session, Order, Order.customer_id, Order.customer_seq, where=_among(Order.customer_id, user_ids)),
        "customer_id",
    )
    return {
        customer.id: {
            "name": {"first_name": customer.first_name, "last_name": customer.last_name},
            "address": _address(customer),
            "email": customer.email,
            "payment_methods": {m.id: tau_payment_method(m, m.id in touched) for m in methods[customer.id]},
            "orders": [order.id for order in orders[customer.id]],
        }
        for customer in await _all(session, Customer, Customer.id, where=_among(Customer.id, user_ids))
    }


def tau_zero_settlement(
    kind: AdjustmentKind, pairs: list[tuple[int, int]], payment_method_id: str
) -> dict[str, Any] | None:
    """tau-retail's ledger entry for a same-price item modification, which Vitrine's ledger does not write.

    No money moves, so the store keeps no row; tau's tool appends one anyway, labelled by the sign of its float
    running sum and with that sum as the amount. Only item modifications settle at once (exchanges do not).
    """
    if kind is not AdjustmentKind.ITEM_MODIFICATION or sum(new - old for old, new in pairs) != 0:
        return None
    float_sum = tau_price_difference(pairs)
    return {
        "transaction_type": "payment" if float_sum > 0 else "refund",
        "amount": abs(float_sum),
        "payment_method_id": payment_method_id,
    }


def _payment_history(transactions: list[PaymentTransaction], adjustments: list[dict[str, Any]],
                     every_adjustment: dict[int, Any]) -> list[dict[str, Any]]:
    history = [
        {
            "transaction_type": t.transaction_type.value,
            "amount": _transaction_amount(t, every_adjustment),
            "payment_method_id": t.payment_method_id,
        }
        for t in transactions
    ]
    # A same-price change is the order's last settlement: its status then allows no other payment change.
    settled = {t.adjustment_id for t in transactions}
    return history + [
        entry
        for adjustment in adjustments
        if adjustment["id"] not in settled
        and (entry := tau_zero_settlement(adjustment["kind"], adjustment["pairs"], adjustment["payment_method_id"]))
    ]


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


async def _adjustments(session: AsyncSession, order_ids: Collection[str] | None) -> dict[int, dict[str, Any]]:
    adjustments = await _all(
        session, OrderAdjustment, OrderAdjustment.id, where=_among(OrderAdjustment.order_id, order_ids)
    )
    of_lines = None if order_ids is None else AdjustmentLine.adjustment_id.in_([a.id for a in adjustments])
    lines = _grouped(
        await _all(session, AdjustmentLine, AdjustmentLine.adjustment_id, AdjustmentLine.position, where=of_lines),
        "adjustment_id",
    )
    return {
        adj.id: {
            "id": adj.id,
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
        for adj in adjustments
    }


async def export_orders(session: AsyncSession, order_ids: Collection[str] | None = None) -> dict[str, Any]:
    """Every order in tau's shape, or only those in `order_ids`."""

    async def rows(model: Any, *order_by: Any) -> dict[Any, list[Any]]:
        return _grouped(await _all(session, model, *order_by, where=_among(model.order_id, order_ids)), "order_id")

    items = await rows(OrderItem, OrderItem.order_id, OrderItem.position)
    fulfilments = await rows(Fulfilment, Fulfilment.order_id, Fulfilment.position)
    transactions = await rows(PaymentTransaction, PaymentTransaction.order_id, PaymentTransaction.position)
    adjustments = await _adjustments(session, order_ids)
    by_order: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for adjustment in adjustments.values():
        by_order[adjustment["order_id"]].append(adjustment)
    exported = {}
    for order in await _all(session, Order, Order.id, where=_among(Order.id, order_ids)):
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
            "payment_history": _payment_history(transactions[order.id], by_order[order.id], adjustments),
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
