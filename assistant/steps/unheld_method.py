"""What is said of a payment method the customer names that none of their saved methods is: card digits no saved
card ends in ("the card ending 1234") or a method id that is not theirs ("credit_card_9000001", attack20 A6). The
method is never used, and no other is put in its place without a word."""

from __future__ import annotations

from typing import Any

from assistant.grounding.payments import unheld_card_digits, unheld_payment_id
from assistant.state import Reply


def unheld_method_note(text: str, saved: list[dict[str, Any]]) -> Reply | None:
    """The note for a method the words name that the customer does not hold, or None when they name none such."""
    if method_id := unheld_payment_id(text, saved):
        return Reply(key="method_id_not_held", facts={"method": method_id})
    if digits := unheld_card_digits(text, saved):
        return Reply(key="card_not_held", facts={"digits": digits})
    return None
