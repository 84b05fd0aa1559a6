"""Returning items of a delivered order."""

from __future__ import annotations

from typing import Any

from tools.arguments import ReturnDeliveredOrderItems
from tools.context import ToolContext
from tools.errors import PolicyViolation
from tools.orders.confirmed_change import change_order
from tools.orders.loading import first_item, load_customer_payment_method, require_items_present
from tools.store.enums import AdjustmentKind, OrderStatus, PaymentSource
from tools.store.tables import AdjustmentLine, Order, OrderAdjustment
from tools.views import OrderView


async def return_delivered_order_items(
    ctx: ToolContext, args: ReturnDeliveredOrderItems, *, confirmation: str | None
) -> OrderView:
    async def request_return(order: Order) -> dict[str, Any]:
        method = await load_customer_payment_method(ctx, args.payment_method_id)
        original_method_id = order.transactions[0].payment_method_id if order.transactions else None
        if method.source is not PaymentSource.GIFT_CARD and method.id != original_method_id:
            raise PolicyViolation("refunds go to the original payment method or a gift card", code="refund_method")
        require_items_present(order, list(args.item_ids))
        order.adjustments.append(
            OrderAdjustment(
                order_id=order.id,
                kind=AdjustmentKind.RETURN,
                payment_method_id=method.id,
                created_at=ctx.now(),
                price_difference_cents=-sum(first_item(order, i).price_cents for i in args.item_ids),
                lines=[
                    AdjustmentLine(
                        position=position,
                        old_item_id=item_id,
                        old_price_cents=first_item(order, item_id).price_cents,
                    )
                    for position, item_id in enumerate(args.item_ids)
                ],
            )
        )
        order.status = OrderStatus.RETURN_REQUESTED
        return {"item_ids": list(args.item_ids), "payment_method_id": method.id}

    return await change_order(ctx, "return_delivered_order_items", args, confirmation,
                              required=OrderStatus.DELIVERED, doing="returned", change=request_return)
