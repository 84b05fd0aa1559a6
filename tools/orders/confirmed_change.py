"""The one shape of every customer write to an order: redeem the recorded yes, lock the order, check the
status the policy requires, apply the change, audit it, and return the order as it now is."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tools.arguments import (
    CancelPendingOrder,
    ExchangeDeliveredOrderItems,
    ModifyPendingOrderAddress,
    ModifyPendingOrderItems,
    ModifyPendingOrderPayment,
    ReturnDeliveredOrderItems,
)
from tools.audit import record_audit
from tools.confirmations import ProposedAction, run_confirmed
from tools.context import ToolContext
from tools.errors import PolicyViolation
from tools.orders.loading import load_customer_order
from tools.store.enums import OrderStatus
from tools.store.tables import Order
from tools.views import OrderView

# Applies the change to the locked order; returns what the audit event should record about it.
OrderChange = Callable[[Order], Awaitable[dict[str, Any] | None]]


OrderArguments = (
    CancelPendingOrder
    | ModifyPendingOrderAddress
    | ModifyPendingOrderPayment
    | ModifyPendingOrderItems
    | ReturnDeliveredOrderItems
    | ExchangeDeliveredOrderItems
)


def require_status(order: Order, status: OrderStatus, doing: str) -> None:
    if order.status is not status:
        raise PolicyViolation(
            f"only {status.value} orders can be {doing}; order {order.id} is {order.status.value}",
            code="wrong_status",
            facts={"order_id": order.id, "status": order.status.value, "required": status.value},
        )


async def change_order(
    ctx: ToolContext,
    action: str,
    args: OrderArguments,
    confirmation: str | None,
    *,
    required: OrderStatus,
    doing: str,
    change: OrderChange,
) -> OrderView:
    async def perform() -> OrderView:
        order = await load_customer_order(ctx, args.order_id, for_update=True)
        require_status(order, required, doing)
        audit = await change(order)
        record_audit(ctx, action=action, subject_type="order", subject_id=order.id, data=audit)
        await ctx.session.flush()
        return OrderView.of(order)

    return await run_confirmed(ctx, ProposedAction.of(action, args), confirmation, perform, OrderView)
