"""A write's "done" line names the gift card it used with the balance the write left, not the one read when it
was proposed: "refunding $11.49 to gift card (balance $62.49)", never the $51.00 it held before (desk19, fresh18
F13). Only the method's words change; every other fact is the proposal's. A cancellation's line names the order's
original method (after20/cases21: "where does the money go?" is answered from it)."""

from __future__ import annotations

from typing import Any

from assistant.grounding.payments import describe_payment
from assistant.state import Pending
from assistant.steps.order_lookup import CustomerReader

METHOD_FACTS = ("refund_to", "payment")


async def facts_after_write(reader: CustomerReader, pending: Pending, language: str) -> dict[str, Any]:
    """The done line's facts, the gift card the write used described as it is now."""
    facts = dict(pending.get("reply_facts") or {})
    if pending.get("reply_key") == "cancelled":
        return {**facts, "method_note": await _original_method_note(reader, pending, language)}
    method_id = (pending.get("arguments") or {}).get("payment_method_id")
    if not method_id or not any(key in facts for key in METHOD_FACTS):
        return facts
    methods = (await reader.profile() or {}).get("payment_methods", [])
    method = next((m for m in methods if m.get("id") == method_id), None)
    if method is None or method.get("source") != "gift_card":
        return facts
    return {**facts, **{key: describe_payment(method, language) for key in METHOD_FACTS if key in facts}}


async def _original_method_note(reader: CustomerReader, pending: Pending, language: str) -> str:
    """" (Visa ending 4242)" after "the original payment method" in a cancellation's done line, so a question
    about where the money goes is answered from it; a gift card by its name alone (its balance changes with the
    refund); nothing when the method is no longer saved."""
    order = await reader.order(str((pending.get("arguments") or {}).get("order_id") or ""))
    history = (order or {}).get("payment_history") or []
    if not history:
        return ""
    methods = (await reader.profile() or {}).get("payment_methods", [])
    method = next((m for m in methods if m.get("id") == history[0].get("payment_method_id")), None)
    return f" ({describe_payment({**method, 'balance_cents': None}, language)})" if method else ""
