"""A guest's sign-in message that also asks for every order ("it's ana@…, order W…, zip …, what orders do I have?",
fresh15 F12): the order number was given as proof, not as the order asked about, so the list is answered, never that
one order's status alone. Read on the words left once the proof details are taken out."""

from __future__ import annotations

from typing import Any

from assistant.grounding.details_only import without_details
from assistant.grounding.orders import asked_order_fact, asks_for_order_list
from assistant.models.contracts import Intent
from assistant.steps.question_candidates import REQUEST_TEXT_SLOT


def list_asked_with_proof(text: str) -> str | None:
    """The words of the message less its proof details when they ask for the order list; None otherwise."""
    rest, had_details = without_details(text)
    if not had_details or not asks_for_order_list(rest) or asked_order_fact(rest):
        return None
    return rest


def order_list_topic(text: str, intent: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The topic and turn reading that answer a sign-in message asking for the order list: an order-status request
    naming no order (the proof's order number dropped), read on the words besides the proof; None otherwise."""
    rest = list_asked_with_proof(text)
    if rest is None:
        return None
    reading = dict(intent or {})
    reading["intent"] = Intent.ORDER_STATUS.value
    reading["slots"] = {**(reading.get("slots") or {}), "order_ids": []}
    return {"intent": Intent.ORDER_STATUS.value, "slots": {REQUEST_TEXT_SLOT: rest}}, reading
