"""Returning items of a delivered order."""

from __future__ import annotations

from tools.arguments import ReturnDeliveredOrderItems
from tools.audit import record_audit
from tools.confirmations import ProposedAction, run_confirmed
from tools.context import ToolContext
from tools.errors import PolicyViolation
from tools.orders.loading import (
    first_item,
    load_customer_order,
    load_customer_payment_method,
    require_items_present,
)
from tools.orders.pending import require_status
from tools.store.enums import AdjustmentKind, OrderStatus, PaymentSource
from tools.store.tables import AdjustmentLine, OrderAdjustment
from tools.views import OrderView


async def return_delivered_order_items(
    ctx: ToolContext, args: ReturnDeliveredOrderItems, *, confirmation: str | None
) -> OrderView:
    async def perform() -> OrderView:
        order = await load_customer_order(ctx, args.order_id, for_update=True)
        require_status(order, OrderStatus.DELIVERED, "returned")
        method = await load_customer_payment_method(ctx, args.payment_method_id)
        original_method_id = order.transactions[0].payment_method_id if order.transactions else None
        if method.source is not PaymentSource.GIFT_CARD and method.id != original_method_id:
            raise PolicyViolation("refunds go to the original payment method or a gift card")
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
        record_audit(
            ctx,
            action="return_delivered_order_items",
            subject_type="order",
            subject_id=order.id,
            data={"item_ids": list(args.item_ids), "payment_method_id": method.id},
        )
        await ctx.session.flush()
        return OrderView.of(order)

    return await run_confirmed(
        ctx, ProposedAction.of("return_delivered_order_items", args), confirmation, perform, OrderView
    )
