"""What happens next, asked while an item change waits for the saved method that pays or receives its price
difference ("what's the process from here?", "et il faut attendre combien de temps ?", "wie lange dauert das?",
desk28): answered, never met by the same method question alone. Nothing is changed yet; once the method is named and
a yes given, a pending order's item is changed at once, or a delivered order's exchange is requested (an email with
the return label, the new item shipped straight away); an amount to pay is charged at once, money back takes the
refund's time. The method question is then asked again (steps/method_question_replies.py)."""

from __future__ import annotations

from typing import Any

from assistant.models.contracts import Intent
from assistant.state import Reply
from assistant.steps.order_lookup import money


def what_follows_the_method(intent: str | None, order_id: str, item: dict[str, Any], variant: dict[str, Any],
                            language: str) -> list[Reply]:
    """That nothing is changed yet and what the method and a yes lead to, with the difference's timing."""
    difference = int(variant["price_cents"]) - int(item["price_cents"])
    facts = {"order_id": order_id, "difference": money(abs(difference), language)}
    key = "method_wait_next_exchange" if intent == Intent.EXCHANGE_ITEM.value else "method_wait_next_pending"
    timing = "method_wait_charge_timing" if difference > 0 else "method_wait_refund_timing"
    return [Reply(key=key, facts=facts), Reply(key=timing, facts=facts)]
