"""Changes to pending orders: cancel, new shipping address, new payment method."""

from __future__ import annotations

from typing import Any

from tools.arguments import CancelPendingOrder, ModifyPendingOrderAddress, ModifyPendingOrderPayment
from tools.context import ToolContext
from tools.errors import PolicyViolation
from tools.orders.confirmed_change import change_order
from tools.orders.loading import load_customer_payment_method
from tools.orders.payments import append_transaction
from tools.store.enums import OrderStatus, PaymentSource, TransactionType
from tools.store.tables import Order
from tools.store.tau_import import ADDRESS_FIELDS
from tools.views import OrderView


async def cancel_pending_order(
    ctx: ToolContext, args: CancelPendingOrder, *, confirmation: str | None
) -> OrderView:
    async def cancel(order: Order) -> dict[str, Any]:
        for payment in list(order.transactions):
            method = await load_customer_payment_method(ctx, payment.payment_method_id)
            append_transaction(
                ctx, order, transaction_type=TransactionType.REFUND, amount_cents=payment.amount_cents, method=method
            )
        order.status = OrderStatus.CANCELLED
        order.cancel_reason = args.reason
        return {"reason": args.reason}

    return await change_order(ctx, "cancel_pending_order", args, confirmation,
                              required=OrderStatus.PENDING, doing="cancelled", change=cancel)


async def modify_pending_order_address(
    ctx: ToolContext, args: ModifyPendingOrderAddress, *, confirmation: str | None
) -> OrderView:
    async def readdress(order: Order) -> None:
        for field in ADDRESS_FIELDS:
            setattr(order, field, getattr(args, field))

    return await change_order(ctx, "modify_pending_order_address", args, confirmation,
                              required=OrderStatus.PENDING, doing="modified", change=readdress)


async def modify_pending_order_payment(
    ctx: ToolContext, args: ModifyPendingOrderPayment, *, confirmation: str | None
) -> OrderView:
    async def repay(order: Order) -> dict[str, Any]:
        new_method = await load_customer_payment_method(ctx, args.payment_method_id)
        history = order.transactions
        if len(history) != 1 or history[0].transaction_type is not TransactionType.PAYMENT:
            raise PolicyViolation(
                "the payment method can only be changed while the order has exactly one payment",
                code="split_payment",
            )
        original = history[0]
        if original.payment_method_id == new_method.id:
            raise PolicyViolation("the new payment method must differ from the current one", code="same_payment_method")
        if (
            new_method.source is PaymentSource.GIFT_CARD
            and (new_method.balance_cents or 0) < original.amount_cents
        ):
            raise PolicyViolation("the gift card balance does not cover the order", code="gift_card_balance")
        old_method = await load_customer_payment_method(ctx, original.payment_method_id)
        amount = original.amount_cents
        append_transaction(
            ctx, order, transaction_type=TransactionType.PAYMENT, amount_cents=amount, method=new_method
        )
        append_transaction(
            ctx, order, transaction_type=TransactionType.REFUND, amount_cents=amount, method=old_method
        )
        return {"payment_method_id": new_method.id}

    return await change_order(ctx, "modify_pending_order_payment", args, confirmation,
                              required=OrderStatus.PENDING, doing="modified", change=repay)
