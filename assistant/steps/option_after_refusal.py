"""An option said alone right after an order's return or exchange was refused or written (refused28): "ok what about
a medium then", "sinon je prendrais le noir", "¿y si es en verde?", "und in Blau vielleicht?". The order in focus
already has its one request under way (a return or an exchange of a delivered order, or a pending order's items
changed once), so the option cannot be had on it either: the customer hears that order's reason again, for this
option, never "which product do you mean" nor a catalog search (nothing in the words names a product). A turn that
names a product kind ("do you sell hoodies in black?"), or says more than an option, is read as usual."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.catalog_questions import names_only_options
from assistant.grounding.statuses import ITEMS_CHANGED
from assistant.state import ConversationState, Reply
from assistant.steps.last_write import RETURN_WRITTEN
from assistant.steps.order_lookup import CustomerReader

# The replies that leave an order with its one request under way: its refusal as such, and the write itself.
UNDER_WAY_SAID = RETURN_WRITTEN | {"already_returning", "already_exchanging", "already_modified",
                                   "option_refused_returning", "option_refused_exchanging"}
# The order's status, and the line that refuses an option on it for that reason.
OPTION_REFUSALS = {"return requested": "option_refused_returning", "exchange requested": "option_refused_exchanging",
                   ITEMS_CHANGED: "already_modified"}


def order_under_way(replies: list[Reply], before: str | None) -> str | None:
    """The order that the last of `replies` left with its one request under way (refused as such, or just
    written); the one `before` when the replies only said that refusal again ("as I said…"); None otherwise."""
    found = before if any(str(r["key"]).startswith("refusal_repeated") for r in replies) else None
    for reply in replies:
        order_id = (reply.get("facts") or {}).get("order_id")
        if order_id and reply["key"] in UNDER_WAY_SAID:
            found = str(order_id)
    return found


def order_in_focus(state: ConversationState) -> str | None:
    """The order an option said alone this turn is about: the one the last turn refused or wrote a request of;
    None when the turn says more than an option, a proposal is open, or no such order was just spoken of."""
    text = (state.get("incoming") or {}).get("text", "")
    if state.get("pending") or not text or not names_only_options(text):
        return None
    return state.get("order_under_way")


async def refuse_the_option(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """The option refused on that order with its reason (the request under way), nothing changed."""
    order_id = order_in_focus(state)
    order = None
    if order_id and state.get("customer_id"):
        reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
        order = await reader.order(order_id)
    key = OPTION_REFUSALS.get(str((order or {}).get("status") or ""))
    if key is None:  # the order is no longer in such a state: nothing changed, said with the order
        return {"topic": None, "pending": None,
                "outbox": [Reply(key="not_confirmed_order", facts={"order_id": str(order_id)})]}
    return {"topic": None, "pending": None, "outbox": [Reply(key=key, facts={"order_id": str(order_id)})]}
