"""A photo complaint about an item whose return or exchange is already under way (fresh17 F10: a wrong colour
photo of the hoodie after its exchange was requested): the shop cannot start another remedy on it (the writes
refuse an order that is no longer "delivered"), and a ticket opened at once, without a word about the request
under way, is what the customer never asked for. Instead the customer hears that the request is under way (the
order's status in their words) and is offered, with a yes or a no, to pass the photo on to our team; the ticket
is opened only after the yes (`confirm`, like a replacement's ticket). A damage on an item under exchange is the
policy's case for a person at once (photo-complaints-2): it still goes, and the request under way is said first."""

from __future__ import annotations

import uuid
from typing import Any

from assistant.grounding.statuses import describe_status
from assistant.state import Pending, Reply

# An order whose items were received and given back in part: a return or an exchange of them is under way.
REQUESTS_UNDER_WAY = frozenset({"return requested", "exchange requested"})
NEXT_STEPS = "A member of our team will look at your photo with the request under way and email you."


def has_request_under_way(order: dict[str, Any]) -> bool:
    return str(order.get("status") or "") in REQUESTS_UNDER_WAY


def _facts(order: dict[str, Any], item_ids: list[str], language: str) -> dict[str, Any]:
    items = ", ".join(i["name"] for i in order["items"] if i["item_id"] in item_ids)
    return {"order_id": order["order_id"], "items": items, "status": describe_status(order["status"], language)}


def request_under_way_said(order: dict[str, Any], item_ids: list[str], language: str) -> Reply:
    """The line that says the request under way, before the case goes to a person."""
    return Reply(key="request_under_way", facts=_facts(order, item_ids, language))


def pass_photo_on(order: dict[str, Any], item_ids: list[str], ticket: dict[str, Any],
                  language: str) -> tuple[Pending, Reply]:
    """The proposal (a ticket for our team, opened on the yes) and its yes/no question."""
    facts = _facts(order, item_ids, language)
    question = Reply(key="photo_request_under_way", facts=facts, quick_replies=["Yes", "No"])
    pending = Pending(action_id=uuid.uuid4().hex, tool="open_ticket", arguments=ticket, ticket=ticket,
                      reply_key="photo_passed_on", reply_facts={**facts, "next_steps": NEXT_STEPS},
                      question=question)
    return pending, question
