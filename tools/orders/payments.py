"""Appending to an order's payment history and settling gift cards with it."""

from __future__ import annotations

from tools.context import ToolContext
from tools.gift_cards import move_gift_card_balance
from tools.store.enums import PaymentSource, TransactionType
from tools.store.tables import Order, PaymentMethod, PaymentTransaction


def append_transaction(
    ctx: ToolContext,
    order: Order,
    *,
    transaction_type: TransactionType,
    amount_cents: int,
    method: PaymentMethod,
    adjustment_id: int | None = None,
    settle_gift_card: bool = True,
) -> None:
    """Record a payment or refund; gift cards are charged or credited immediately."""
    order.transactions.append(
        PaymentTransaction(
            order_id=order.id,
            position=len(order.transactions),
            transaction_type=transaction_type,
            amount_cents=amount_cents,
            payment_method_id=method.id,
            adjustment_id=adjustment_id,
            created_at=ctx.now(),
        )
    )
    if settle_gift_card and method.source is PaymentSource.GIFT_CARD:
        signed = amount_cents if transaction_type is TransactionType.REFUND else -amount_cents
        move_gift_card_balance(
            ctx, method, signed, order_id=order.id, reason=f"order {transaction_type.value}"
        )
