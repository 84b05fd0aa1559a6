"""Order self-service: status and tracking, then proposals for cancel, change, return and exchange.

Every change is only proposed here (with the exact tool arguments); `confirm` performs it after a yes.
"""

from __future__ import annotations

import uuid
from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.order_changes import propose_change
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.order_options import OPTIONS_SLOT, asks_for_options, options_reply
from assistant.steps.routing import active_intent, merged_slots

# The order status each request needs (tau-retail policy).
REQUIRED_STATUS = {
    Intent.CANCEL_ORDER: "pending",
    Intent.MODIFY_ORDER: "pending",
    Intent.RETURN_ITEM: "delivered",
    Intent.EXCHANGE_ITEM: "delivered",
}


def _ask(state: ConversationState, key: str, topic: dict[str, Any] | None, **facts: Any) -> dict[str, Any]:
    return {"topic": topic, "outbox": with_replies(state, Reply(key=key, facts=facts))}


async def _choose_order(reader: CustomerReader, slots: dict[str, Any], status: str | None) -> tuple[str | None, list]:
    """The order named in the conversation, or the only one in the right status; else the candidates."""
    if slots.get("order_ids"):
        return slots["order_ids"][0], []
    orders = await reader.orders()
    candidates = [o for o in orders if status is None or o["status"] == status]
    if len(candidates) == 1:
        return candidates[0]["order_id"], candidates
    return None, candidates or orders


def _status_reply(order: dict[str, Any]) -> Reply:
    tracking = [t for f in order["fulfilments"] for t in f["tracking_ids"]]
    if tracking:
        return Reply(key="order_tracking", facts={"order_id": order["order_id"], "status": order["status"],
                                                  "tracking_id": ", ".join(tracking)})
    return Reply(key="order_status", facts={"order_id": order["order_id"], "status": order["status"]})


async def order_service(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    intent = active_intent(state)
    slots = merged_slots(state)
    options = asks_for_options(state)
    if options:
        slots[OPTIONS_SLOT] = True  # kept while the order number is still to be asked
    topic: dict[str, Any] = {"intent": intent.value, "slots": slots}
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    order_id, candidates = await _choose_order(reader, slots, None if options else REQUIRED_STATUS.get(intent))
    if order_id is None:
        listing = [f"{o['order_id']} ({o['status']})" for o in candidates]
        if not listing:
            return _ask(state, "no_orders", None)
        return _ask(state, "ask_order", topic, orders=listing)
    order = await reader.order(order_id)
    if order is None:
        return _ask(state, "order_not_found", {"intent": intent.value, "slots": {**slots, "order_ids": []}},
                    order_id=order_id)
    if options:
        return {"topic": None, "outbox": with_replies(state, options_reply(order))}
    if intent is Intent.ORDER_STATUS:
        return {"topic": None, "outbox": with_replies(state, _status_reply(order))}
    required = REQUIRED_STATUS[intent]
    if order["status"] != required:
        return _ask(state, "wrong_status", None, order_id=order_id, status=order["status"], required=required)
    text = (state.get("incoming") or {}).get("text", "")
    proposal = await propose_change(intent, order, slots, reader, text)
    topic["slots"].update(proposal.get("remember", {}))
    if proposal.get("ask"):
        return _ask(state, proposal["ask"], topic, **proposal.get("facts", {}))
    pending = {"action_id": uuid.uuid4().hex, "tool": proposal["tool"], "arguments": proposal["arguments"],
               "ticket": None, "reply_key": proposal["done_key"], "reply_facts": proposal["facts"]}
    return {
        "topic": topic,
        "pending": pending,
        "outbox": with_replies(
            state, Reply(key=proposal["confirm_key"], facts=proposal["facts"], quick_replies=["Yes", "No"])
        ),
    }
