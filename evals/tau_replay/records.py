"""Vitrine's read views written as tau-retail records, so a read can be compared with tau's record.

Only what the view carries is used: a field tau has and the view lacks shows up as a difference.
"""

from __future__ import annotations

from typing import Any

from tools.money import tau_price_difference, to_amount
from tools.store.enums import AdjustmentKind
from tools.store.tau_export import tau_payment_method, tau_zero_settlement
from tools.views import (
    AddressView,
    AdjustmentView,
    CustomerView,
    OrderView,
    PaymentView,
    ProductType,
    ProductView,
)


def _address(address: AddressView) -> dict[str, str]:
    return address.model_dump()


def tau_user(view: CustomerView) -> dict[str, Any]:
    return {
        "name": {"first_name": view.first_name, "last_name": view.last_name},
        "address": _address(view.address),
        "email": view.email,
        "payment_methods": {m.id: tau_payment_method(m) for m in view.payment_methods},
        "orders": view.order_ids,
    }


def _pairs(adjustment: AdjustmentView) -> list[tuple[int, int]]:
    return [
        (line.old_price_cents, line.new_price_cents) for line in adjustment.lines if line.new_price_cents is not None
    ]


def _amount(payment: PaymentView, adjustments: dict[int | None, AdjustmentView]) -> float | int:
    # tau records an item modification's settlement as its unrounded float sum of price differences.
    adjustment = adjustments.get(payment.adjustment_id) if payment.adjustment_id is not None else None
    if adjustment is not None and adjustment.kind is AdjustmentKind.ITEM_MODIFICATION:
        return abs(tau_price_difference(_pairs(adjustment)))
    return to_amount(payment.amount_cents)


def _adjustment_fields(adjustment: AdjustmentView) -> dict[str, Any]:
    if adjustment.kind is AdjustmentKind.RETURN:
        return {"return_items": adjustment.item_ids, "return_payment_method_id": adjustment.payment_method_id}
    if adjustment.kind is AdjustmentKind.EXCHANGE:
        return {
            "exchange_items": adjustment.item_ids,
            "exchange_new_items": adjustment.new_item_ids,
            "exchange_payment_method_id": adjustment.payment_method_id,
            "exchange_price_difference": round(tau_price_difference(_pairs(adjustment)), 2),
        }
    return {}


def _zero_settlements(view: OrderView) -> list[dict[str, Any]]:
    settled = {p.adjustment_id for p in view.payment_history}
    return [
        entry
        for a in view.adjustments
        if a.id not in settled and (entry := tau_zero_settlement(a.kind, _pairs(a), a.payment_method_id))
    ]


def tau_order(view: OrderView) -> dict[str, Any]:
    adjustments: dict[int | None, AdjustmentView] = {a.id: a for a in view.adjustments}
    record: dict[str, Any] = {
        "order_id": view.order_id,
        "user_id": view.customer_id,
        "address": _address(view.address),
        "items": [
            {
                "name": item.name,
                "product_id": item.product_id,
                "item_id": item.item_id,
                "price": to_amount(item.price_cents),
                "options": item.options,
            }
            for item in view.items
        ],
        "fulfillments": [{"tracking_id": f.tracking_ids, "item_ids": f.item_ids} for f in view.fulfilments],
        "status": view.status.value,
        "payment_history": [
            {
                "transaction_type": p.transaction_type.value,
                "amount": _amount(p, adjustments),
                "payment_method_id": p.payment_method_id,
            }
            for p in view.payment_history
        ] + _zero_settlements(view),
    }
    if view.cancel_reason is not None:
        record["cancel_reason"] = view.cancel_reason
    for adjustment in view.adjustments:
        record.update(_adjustment_fields(adjustment))
    return record


def tau_product(view: ProductView) -> dict[str, Any]:
    return {
        "name": view.name,
        "product_id": view.product_id,
        "variants": {
            v.item_id: {
                "item_id": v.item_id,
                "options": v.options,
                "available": v.available,
                "price": to_amount(v.price_cents),
            }
            for v in view.variants
        },
    }


def tau_product_types(types: list[ProductType]) -> dict[str, str]:
    return dict(sorted((t.name, t.product_id) for t in types))
