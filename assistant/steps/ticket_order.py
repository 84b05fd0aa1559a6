"""The order a request for a person is about when it names the order by its item ("about my pants exchange",
"au sujet de l'échange de mon pantalon"): the ticket is filed on it, so the desk sees the order and a second
request about it goes to the ticket already open on it (`ticket_follow_up`) instead of opening another
(desk19, fresh18 F12). Only an item that one order alone holds counts; otherwise the ticket names no order."""

from __future__ import annotations

from assistant.context import Deps
from assistant.grounding.orders import ground_order
from assistant.steps.order_lookup import CustomerReader


async def order_of_item_named(deps: Deps, customer_id: str, conversation_id: str, text: str) -> str | None:
    """The customer's one order holding the item the words name, or None (no item named, or several orders)."""
    if not text:
        return None
    reader = CustomerReader(deps, customer_id, conversation_id)
    async with reader.one_transaction():
        orders = await reader.orders()
        if not orders:
            return None
        details = [d for o in orders if (d := await reader.order(o["order_id"])) is not None]
        choice = ground_order(text, [], orders, None, details)
    # by the item, never by place or as the only order ("my order" with one order is not an item named)
    return None if choice.fallback or choice.unknown else choice.order_id
