"""While a cancellation waits for its yes or its reason, "the other one" without a number ("what if I cancelled
the other order instead?", "et si j'annulais plutôt l'autre ?", "¿y si cancelo el otro?", "nein, lieber die andere
Bestellung") is read against the customer's own orders: their other pending orders (those a cancellation could
still take) are put on the incoming message as `other_orders`, for the weighing question and the switch
(`grounding/other_order_question.py`) to read (attack27 A27-4, attack28 A28-2)."""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.grounding.orders import canonical_order_id, order_numbers
from assistant.grounding.other_order_question import CANCEL_TOOL, means_the_other_order
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Pending
from assistant.steps.order_lookup import CustomerReader


def unnamed_others(state: ConversationState) -> list[str]:
    """The other orders read for this turn (empty when the turn meant none)."""
    return list((state.get("incoming") or {}).get("other_orders") or [])


async def other_orders_read(deps: Deps, seen: ConversationState, text: str) -> dict[str, Any]:
    """`incoming` with `other_orders` when a cancellation waits and the words mean another order without naming
    it; nothing otherwise."""
    pending = cancellation_in_progress(seen) or {}
    if not pending or not seen.get("customer_id") or order_numbers(text) or not means_the_other_order(text):
        return {}
    reader = CustomerReader(deps, seen["customer_id"], seen["conversation_id"])  # type: ignore[arg-type]
    proposed = canonical_order_id((pending.get("arguments") or {}).get("order_id") or "")
    others = [summary["order_id"] for summary in await reader.orders()
              if summary.get("status") == "pending" and canonical_order_id(summary["order_id"]) != proposed]
    return {"incoming": {**(seen.get("incoming") or {}), "other_orders": others}}


def several_others_meant(state: ConversationState, slots: dict[str, Any]) -> list[str]:
    """The customer's other pending orders when the turn's cancellation names exactly them, several, because "the
    other one" fit more than one (`one_of_several_others`, attack29 A29-1): the customer is asked which one, and
    the order they turned down is not among those named back. Empty otherwise."""
    named = [canonical_order_id(order) for order in slots.get("order_ids") or []]
    others = [canonical_order_id(order) for order in unnamed_others(state)]
    return others if len(named) > 1 and sorted(named) == sorted(others) else []


def cancellation_in_progress(state: ConversationState) -> Pending | None:
    """The cancellation the conversation is on: the proposal waiting for its yes, or the one asking its reason (a
    cancellation topic holding one order), shaped as its proposal would be."""
    pending = state.get("pending")
    if pending:
        return pending if pending.get("tool") == CANCEL_TOOL else None
    topic = state.get("topic") or {}
    slots = topic.get("slots") or {}
    orders = slots.get("order_ids") or []
    if topic.get("intent") != Intent.CANCEL_ORDER.value or len(orders) != 1:
        return None
    return Pending(tool=CANCEL_TOOL, arguments={"order_id": canonical_order_id(orders[0]),
                                                "reason": slots.get("cancel_reason")})
