"""A return and an exchange of one delivered order asked in one message ("return the shoes and exchange the tee
for an M"): a delivered order takes one return or exchange request (tools/orders: the first moves it to "return
requested" / "exchange requested"), so writing the first would make the other impossible. Said before anything is
written, with the choices that can be done; the other request leaves the queue (the customer's answer is the
request now)."""

from __future__ import annotations

import html
from typing import Any

from assistant.grounding.orders import canonical_order_id, order_numbers
from assistant.grounding.request_clauses import action_of
from assistant.models.contracts import Intent
from assistant.state import ConversationState, QueuedRequest, Reply, with_replies

REPLY_KEY = "one_request_per_order"
# The other half of the pair, by the words of a queued request (`request_clauses.action_of`).
CLASHING_ACTION = {Intent.RETURN_ITEM: "change", Intent.EXCHANGE_ITEM: "return"}


def _from_this_message(state: ConversationState) -> list[QueuedRequest]:
    message_id = (state.get("incoming") or {}).get("message_id", "")
    return [request for request in state.get("queued") or [] if request["message_id"] == message_id]


def _same_order(request: QueuedRequest, order_id: str) -> bool:
    """The queued words name this order or none (the message named it once: "#W1: return the shoes and …")."""
    named = {canonical_order_id(number) for number in order_numbers(request["text"])}
    return not named or named == {order_id}


def clashing_requests(state: ConversationState, intent: Intent, order: dict[str, Any]) -> list[QueuedRequest]:
    """The requests said with this one, in this message, that a delivered order could not also take: an exchange
    beside a return of it, or a return beside an exchange."""
    wanted = CLASHING_ACTION.get(intent)
    if wanted is None or order.get("status") != "delivered":
        return []
    return [request for request in _from_this_message(state)
            if action_of(request["text"]) == wanted and _same_order(request, order["order_id"])]


def one_request_reply(state: ConversationState, order: dict[str, Any], clashing: list[QueuedRequest]
                      ) -> dict[str, Any]:
    """Nothing proposed: why both cannot be done, the order's items, and the choices; the clashing requests leave
    the queue, so none is served after this reply."""
    items = ", ".join(html.unescape(item["name"]) for item in order.get("items", []))
    left = [request for request in state.get("queued") or [] if request not in clashing]
    reply = Reply(key=REPLY_KEY, facts={"order_id": order["order_id"], "held": items})
    return {"topic": None, "pending": None, "queued": left, "outbox": with_replies(state, reply)}
