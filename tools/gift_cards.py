"""Gift-card balance changes, each recorded in the ledger beside the new balance."""

from __future__ import annotations

from tools.context import ToolContext
from tools.store.tables import GiftCardMovement, PaymentMethod


def move_gift_card_balance(
    ctx: ToolContext, method: PaymentMethod, amount_cents: int, *, order_id: str, reason: str
) -> None:
    """Credit (positive) or debit (negative) a gift card at once."""
    method.balance_cents = (method.balance_cents or 0) + amount_cents
    ctx.session.add(
        GiftCardMovement(
            payment_method_id=method.id,
            order_id=order_id,
            amount_cents=amount_cents,
            reason=reason,
            created_at=ctx.now(),
        )
    )
