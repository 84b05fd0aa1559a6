"""The order a request naming none applies to: the one in discussion (fresh13 W2, W6).

After "where is order #W…?", "what's in #W…?", a guest's proof of one order or "and #W…?", the last reply named one
order, and "cancel it", "ese pedido", "mi pedido", "change the puzzle in my order" mean that order, never another
one found by status (the only pending one) or by an item another order also holds. The order is kept when it cannot
do the request (a processed order is said to be so, nothing else is proposed). Words that point elsewhere win: an
order number, "my other order", "my open/last order", or a product the order does not hold."""

from __future__ import annotations

from assistant.context import Deps
from assistant.grounding.items import items_named, nouns_said
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import order_numbers
from assistant.grounding.status_aside import OTHER_ORDER
from assistant.models.contracts import Intent, TurnIntent
from assistant.state import ConversationState
from assistant.steps.order_lookup import CustomerReader

ORDER_REQUESTS = {Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM}
# An order no request can act on any more: "cancel my order" after it was cancelled means another one.
SPENT = {"cancelled"}


def points_elsewhere(text: str) -> bool:
    """The words name their order themselves: a number, "the other order", "my open order", "my last order"."""
    words = lexicon().patterns
    return bool(order_numbers(text) or OTHER_ORDER.search(text) or words["open_order"].search(text)
                or words["last_order"].search(text))


def _under_way(state: ConversationState) -> bool:
    """A proposal waits, or the request under way already has its order: its own grounding goes on."""
    return bool(state.get("pending") or ((state.get("topic") or {}).get("slots") or {}).get("order_ids"))


async def order_in_discussion(deps: Deps, state: ConversationState, text: str, decided: TurnIntent,
                              discussed: list[str]) -> TurnIntent:
    """`decided` with the order in discussion (`discussed`: the seven digits of the one order the last reply named)
    as its order, when it is a new order request whose words name no order of their own; the items it names are
    that order's. Unchanged otherwise."""
    customer_id = state.get("customer_id")
    if (decided.intent not in ORDER_REQUESTS or len(discussed) != 1 or not customer_id or _under_way(state)
            or points_elsewhere(text)):
        return decided
    reader = CustomerReader(deps, customer_id, state["conversation_id"])
    order_id = next((o["order_id"] for o in await reader.orders() or [] if o["order_id"][-7:] == discussed[0][-7:]),
                    None)
    order = await reader.order(order_id) if order_id else None
    if order is None or order.get("status") in SPENT:
        return decided
    held = {item["item_id"] for item in order.get("items") or []}
    items = [item for item in decided.slots.item_ids if item in held]
    if nouns_said(text):  # "the puzzle": the order in discussion must hold it, else the item says which order
        items = items_named(text, order.get("items") or [])
        if not items:
            return decided
    slots = decided.slots.model_copy(update={"order_ids": [order["order_id"]], "item_ids": items})
    return decided.model_copy(update={"slots": slots})
