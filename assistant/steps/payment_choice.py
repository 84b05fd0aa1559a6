"""Which saved payment methods may settle an item swap's price difference (the policy; the grounding module
reads which one the customer names).

tau-retail's policy: when items are modified or exchanged the customer provides the payment method for the
difference, and a gift card must cover what it pays. With a single usable method (or no difference) there is
nothing to choose; with several, the assistant asks instead of picking the order's original one.
"""

from __future__ import annotations

from typing import Any


def usable_methods(methods: list[dict[str, Any]], difference_cents: int) -> list[dict[str, Any]]:
    """Methods that can settle the difference: a gift card only pays what its balance covers."""
    if difference_cents <= 0:
        return list(methods)
    return [m for m in methods if m["source"] != "gift_card" or (m.get("balance_cents") or 0) >= difference_cents]


def refund_methods(methods: list[dict[str, Any]], original_id: str) -> list[dict[str, Any]]:
    """Where a return's refund may go: the original payment method or a gift card."""
    return [m for m in methods if m["id"] == original_id or m["source"] == "gift_card"]
