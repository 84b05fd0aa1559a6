"""One order's status in words, with its tracking number, or, when the customer asks for tracking before there is
any ("where is it? any tracking?"), that there is none yet: never a bare status that leaves half the question."""

from __future__ import annotations

from typing import Any

from assistant.grounding.order_fact_words import asks_for_tracking
from assistant.grounding.statuses import describe_status
from assistant.state import Reply


def status_reply(order: dict[str, Any], language: str, text: str = "") -> Reply:
    """The order's status, with its tracking number; a question asking for tracking is told there is none yet."""
    tracking = [t for f in order.get("fulfilments", []) for t in f["tracking_ids"]]
    status = describe_status(order["status"], language)
    if tracking:
        return Reply(key="order_tracking", facts={"order_id": order["order_id"], "status": status,
                                                  "tracking_id": ", ".join(tracking)})
    key = "order_status_untracked" if asks_for_tracking(text) else "order_status"
    return Reply(key=key, facts={"order_id": order["order_id"], "status": status})
