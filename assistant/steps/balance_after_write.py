"""A write's "done" line names the gift card it used with the balance the write left, not the one read when it
was proposed: "refunding $11.49 to gift card (balance $62.49)", never the $51.00 it held before (desk19, fresh18
F13). Only the method's words change; every other fact is the proposal's."""

from __future__ import annotations

from typing import Any

from assistant.grounding.payments import describe_payment
from assistant.state import Pending
from assistant.steps.order_lookup import CustomerReader

METHOD_FACTS = ("refund_to", "payment")


async def facts_after_write(reader: CustomerReader, pending: Pending, language: str) -> dict[str, Any]:
    """The done line's facts, the gift card the write used described as it is now."""
    facts = dict(pending.get("reply_facts") or {})
    if pending.get("reply_key") == "cancelled":  # a cancellation proposed before its line named the method
        facts.setdefault("method_note", "")
    method_id = (pending.get("arguments") or {}).get("payment_method_id")
    if not method_id or not any(key in facts for key in METHOD_FACTS):
        return facts
    methods = (await reader.profile() or {}).get("payment_methods", [])
    method = next((m for m in methods if m.get("id") == method_id), None)
    if method is None or method.get("source") != "gift_card":
        return facts
    return {**facts, **{key: describe_payment(method, language) for key in METHOD_FACTS if key in facts}}
