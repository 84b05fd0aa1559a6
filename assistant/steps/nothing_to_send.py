""""How do I send the old one back?" right after an item change of an order that has not shipped (fresh20 F11),
or "do I need to mail anything back?" right after a cancellation: there is nothing to send back, the item never
left (the return email of `shop_policy` is for delivered orders). The order is the one the write's own message
names, read again from the store."""

from __future__ import annotations

import re

from assistant.context import Deps
from assistant.state import ConversationState, Reply
from assistant.steps.last_write import returned_last
from assistant.steps.order_lookup import CustomerReader

# Questions about sending an item back (grounding/policy_questions.py topics)
SEND_BACK_TOPICS = frozenset({"send_back", "return_shipping"})
# An order in these has not left the shop (tools/orders/item_changes.py: "pending (item modified)")
NOT_SHIPPED = frozenset({"pending", "pending (item modified)"})
ORDER_ID = re.compile(r"#[A-Z]\d{7}\b")


async def nothing_to_send_back(deps: Deps, state: ConversationState, topic: str) -> Reply | None:
    """The reply that the order just changed has nothing to send back, or None when the question is not about
    sending back, the last write was no return or item change, or its order has shipped."""
    customer = state.get("customer_id")
    cancelled = "cancelled" in (state.get("said_last") or [])
    if topic not in SEND_BACK_TOPICS or not customer or not (returned_last(state) or cancelled):
        return None
    named = ORDER_ID.findall(state.get("written_said") or "")
    if not named:
        return None
    order = await CustomerReader(deps, customer, state["conversation_id"]).order(named[-1])
    status = str((order or {}).get("status") or "")
    if order and cancelled and status == "cancelled":
        return Reply(key="nothing_to_send_back_cancelled", facts={"order_id": order.get("order_id") or named[-1]})
    if not order or status not in NOT_SHIPPED:
        return None
    return Reply(key="nothing_to_send_back", facts={"order_id": order.get("order_id") or named[-1]})
