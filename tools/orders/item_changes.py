"""Swapping items for other variants of the same product: on a pending order, or as a delivered exchange."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tools.arguments import ExchangeDeliveredOrderItems, ModifyPendingOrderItems
from tools.context import ToolContext
from tools.errors import PolicyViolation
from tools.orders.confirmed_change import change_order
from tools.orders.loading import (
    first_item,
    load_customer_payment_method,
    replacement_variant,
    require_items_present,
)
from tools.orders.payments import append_transaction
from tools.store.enums import AdjustmentKind, OrderStatus, PaymentSource, TransactionType
from tools.store.tables import AdjustmentLine, Order, OrderAdjustment, PaymentMethod, Variant
from tools.views import OrderView


@dataclass(frozen=True)
class Swap:
    old_item_id: str
    old_price_cents: int
    variant: Variant


async def resolve_swaps(
    ctx: ToolContext, order: Order, item_ids: list[str], new_item_ids: list[str]
) -> list[Swap]:
    """Pair each item with its replacement: same product, available, counted with duplicates."""
    require_items_present(order, item_ids)
    if len(item_ids) != len(new_item_ids):
        raise PolicyViolation("each item to change needs exactly one replacement", code="item_mismatch")
    swaps = []
    for old_id, new_id in zip(item_ids, new_item_ids, strict=True):
        item = first_item(order, old_id)
        swaps.append(Swap(old_id, item.price_cents, await replacement_variant(ctx, item, new_id)))
    return swaps


def price_difference(swaps: list[Swap]) -> int:
    return sum(swap.variant.price_cents - swap.old_price_cents for swap in swaps)


def require_gift_card_covers(method: PaymentMethod, amount_cents: int) -> None:
    if method.source is PaymentSource.GIFT_CARD and (method.balance_cents or 0) < amount_cents:
        raise PolicyViolation("the gift card balance does not cover the price difference", code="gift_card_balance")


async def record_adjustment(
    ctx: ToolContext, order: Order, kind: AdjustmentKind, method: PaymentMethod, swaps: list[Swap]
) -> OrderAdjustment:
    adjustment = OrderAdjustment(
        order_id=order.id,
        kind=kind,
        payment_method_id=method.id,
        created_at=ctx.now(),
        price_difference_cents=price_difference(swaps),
        lines=[
            AdjustmentLine(
                position=position,
                old_item_id=swap.old_item_id,
                old_price_cents=swap.old_price_cents,
                new_item_id=swap.variant.item_id,
                new_price_cents=swap.variant.price_cents,
            )
            for position, swap in enumerate(swaps)
        ],
    )
    order.adjustments.append(adjustment)
    await ctx.session.flush()
    return adjustment


def settle_difference(ctx: ToolContext, order: Order, adjustment: OrderAdjustment, method: PaymentMethod) -> None:
    """Charge or refund the price difference; a same-price change moves no money, so it writes no row.

    (tau-retail's ledger does record a zero settlement; the tau export writes it from the adjustment.)
    """
    difference = adjustment.price_difference_cents
    if difference == 0:
        return
    append_transaction(
        ctx,
        order,
        transaction_type=TransactionType.PAYMENT if difference > 0 else TransactionType.REFUND,
        amount_cents=abs(difference),
        method=method,
        adjustment_id=adjustment.id,
    )


async def modify_pending_order_items(
    ctx: ToolContext, args: ModifyPendingOrderItems, *, confirmation: str | None
) -> OrderView:
    async def swap_items(order: Order) -> dict[str, Any]:
        swaps = await resolve_swaps(ctx, order, list(args.item_ids), list(args.new_item_ids))
        method = await load_customer_payment_method(ctx, args.payment_method_id)
        require_gift_card_covers(method, price_difference(swaps))
        adjustment = await record_adjustment(ctx, order, AdjustmentKind.ITEM_MODIFICATION, method, swaps)
        settle_difference(ctx, order, adjustment, method)
        for swap in swaps:
            item = first_item(order, swap.old_item_id)
            item.item_id = swap.variant.item_id
            item.price_cents = swap.variant.price_cents
            item.options = swap.variant.options
        order.status = OrderStatus.PENDING_ITEM_MODIFIED
        return {"item_ids": list(args.item_ids), "new_item_ids": list(args.new_item_ids)}

    return await change_order(ctx, "modify_pending_order_items", args, confirmation,
                              required=OrderStatus.PENDING, doing="modified", change=swap_items)


async def exchange_delivered_order_items(
    ctx: ToolContext, args: ExchangeDeliveredOrderItems, *, confirmation: str | None
) -> OrderView:
    async def request_exchange(order: Order) -> dict[str, Any]:
        swaps = await resolve_swaps(ctx, order, list(args.item_ids), list(args.new_item_ids))
        method = await load_customer_payment_method(ctx, args.payment_method_id)
        require_gift_card_covers(method, price_difference(swaps))
        await record_adjustment(ctx, order, AdjustmentKind.EXCHANGE, method, swaps)
        order.status = OrderStatus.EXCHANGE_REQUESTED
        return {"item_ids": list(args.item_ids), "new_item_ids": list(args.new_item_ids)}

    return await change_order(ctx, "exchange_delivered_order_items", args, confirmation,
                              required=OrderStatus.DELIVERED, doing="exchanged", change=request_exchange)
