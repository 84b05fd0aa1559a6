"""A new address from a customer none of whose orders can still change where it ships ("I moved - my new address
is …", "me mudé, mi nueva dirección es …" with every order delivered): the account's default address is offered
instead (tau's `modify_user_address`), said to be so, and written only after a yes (`profile_address` proposes,
`confirm` performs). An order named by its number keeps the order's own answer (why its address cannot change)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.orders import order_numbers
from assistant.grounding.statuses import describe_status
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.eligible_orders import qualifying
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.profile_address import change_default_address


async def no_order_takes_the_address(reader: CustomerReader, intent: Intent, slots: dict[str, Any],
                                     text: str) -> bool:
    """An order's address change that names no order, from a customer with orders but none still pending."""
    if intent is not Intent.MODIFY_ORDER or slots.get("modification") != "address":
        return False
    if order_numbers(text) or slots.get("order_ids"):
        return False
    orders = await reader.orders()
    return bool(orders) and not qualifying(orders, Intent.MODIFY_ORDER)


async def default_address_instead(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """Why no order's address changes (each order with its status), then the account's default address proposed
    (or asked for)."""
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    language = state.get("language") or "en"
    orders = ", ".join(f"{summary['order_id']} ({describe_status(summary['status'], language)})"
                       for summary in await reader.orders())
    note = Reply(key="no_open_order_for_address", facts={"orders": orders})
    noted: ConversationState = {**state, "outbox": with_replies(state, note)}
    return await change_default_address(noted, runtime)
