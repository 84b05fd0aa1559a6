"""Order numbers typed beside the customer's own that are not on their account ("the status of my order #D9000002
and also of #D9000003", attack20 A5): the customer's own is answered and the others refused in one line that says
only that they are not on the account, never whether they exist, instead of being dropped without a word."""

from __future__ import annotations

import json
from typing import Any

from assistant.grounding.orders import orders_named
from assistant.state import ConversationState, Reply
from assistant.steps.order_lookup import CustomerReader

NOT_ON_ACCOUNT = "orders_not_on_account"


async def with_orders_not_theirs(state: ConversationState, reader: CustomerReader,
                                 result: dict[str, Any]) -> dict[str, Any]:
    """`result` (the order step's) with the line for the numbers not on the account that its replies leave unsaid,
    before its question when it asks one (a proposal's yes/no stays last)."""
    named = orders_named((state.get("incoming") or {}).get("text", ""))
    if len(named) < 2:
        return result
    own = {summary["order_id"] for summary in await reader.orders()}
    outbox = list(result.get("outbox") or [])
    said = json.dumps([reply.get("facts") for reply in outbox[len(state.get("outbox") or []):]])
    others = [order_id for order_id in named if order_id not in own and order_id not in said]
    if not others or len(others) == len(named):  # none of theirs: the order step's own "not found" answers
        return result
    line = Reply(key=NOT_ON_ACCOUNT, facts={"numbers": ", ".join(others)})
    at = len(outbox) - 1 if result.get("pending") or result.get("topic") else len(outbox)
    return {**result, "outbox": [*outbox[:at], line, *outbox[at:]]}
