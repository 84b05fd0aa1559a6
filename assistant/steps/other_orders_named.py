"""While a cancellation waits for its yes, "the other one" without a number ("what if I cancelled the other order
instead?", "et si j'annulais plutôt l'autre ?", "¿y si cancelo el otro?", "wäre es nicht klüger, die andere
Bestellung zu stornieren?") is read against the customer's own orders: their other pending orders (those a
cancellation could still take) are put on the incoming message as `other_orders`, for the weighing question and
the switch (`grounding/other_order_question.py`) to read (attack27 A27-4)."""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.grounding.orders import canonical_order_id, order_numbers
from assistant.grounding.other_order_question import CANCEL_TOOL, means_the_other_order
from assistant.state import ConversationState
from assistant.steps.order_lookup import CustomerReader


def unnamed_others(state: ConversationState) -> list[str]:
    """The other orders read for this turn (empty when the turn meant none)."""
    return list((state.get("incoming") or {}).get("other_orders") or [])


async def other_orders_read(deps: Deps, seen: ConversationState, text: str) -> dict[str, Any]:
    """`incoming` with `other_orders` when a cancellation waits and the words mean another order without naming
    it; nothing otherwise."""
    pending = seen.get("pending") or {}
    if (pending.get("tool") != CANCEL_TOOL or not seen.get("customer_id") or order_numbers(text)
            or not means_the_other_order(text)):
        return {}
    reader = CustomerReader(deps, seen["customer_id"], seen["conversation_id"])  # type: ignore[arg-type]
    proposed = canonical_order_id((pending.get("arguments") or {}).get("order_id") or "")
    others = [summary["order_id"] for summary in await reader.orders()
              if summary.get("status") == "pending" and canonical_order_id(summary["order_id"]) != proposed]
    return {"incoming": {**(seen.get("incoming") or {}), "other_orders": others}}
