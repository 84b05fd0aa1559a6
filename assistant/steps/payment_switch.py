"""A pending order's payment switch, told as it is (issue 17, payment29): the order's total is charged to the new
method and the old method's payment refunded in full (tools/orders/pending.py), so the customer is never charged
twice. Said in the proposal's question and its done line, and again when the amount, the method or the refund's
timing is asked before or after the yes."""

from __future__ import annotations

from typing import Any

from assistant.state import Pending, Reply

PAYMENT_TOOL = "modify_pending_order_payment"
SWITCH_FACTS = ("order_id", "amount", "new_value", "old_value")


def switch_facts(pending: Pending) -> dict[str, Any] | None:
    """The switch's facts (order, amount, new and old method) when `pending` is a payment switch that has them."""
    facts: dict[str, Any] = pending.get("reply_facts") or {}
    if pending.get("tool") != PAYMENT_TOOL or any(key not in facts for key in SWITCH_FACTS):
        return None
    return facts


def switch_line(pending: Pending, *, written: bool = False) -> Reply | None:
    """The amount and both methods, before or after the write: "The total of order #W…, $54.04, would be (is)
    charged to Visa ending 3660, and the payment on PayPal refunded in full"."""
    facts = switch_facts(pending)
    if facts is None:
        return None
    key = "payment_switch_written" if written else "proposal_fact_payment_switch"
    return Reply(key=key, facts={key_: facts[key_] for key_ in SWITCH_FACTS})


def switch_refund(pending: Pending) -> tuple[str, str, str] | None:
    """The refund the switch makes: its amount, the old method named, and that method's source (its timing)."""
    facts = switch_facts(pending)
    if facts is None:
        return None
    return facts["amount"], facts["old_value"], str(facts.get("old_source") or "")
