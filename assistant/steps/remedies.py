"""Turn a remedy the policy allows into the exact write (and ticket) to propose to the customer."""

from __future__ import annotations

import uuid
from typing import Any

from assistant.models.contracts import RemedyKind
from assistant.state import Pending

REMEDY_TEXT = {
    RemedyKind.RETURN_REFUND: "a return with a refund to your original payment method",
    RemedyKind.REFUND_GIFT_CARD: "a return with the refund added to your gift card at once",
    RemedyKind.EXCHANGE: "an exchange for the item you ordered",
    RemedyKind.REPLACEMENT_TICKET: "a free replacement, sent by our team",
}
NEXT_STEPS = {
    RemedyKind.RETURN_REFUND: "You'll get an email with the return label; the refund follows once it's back.",
    RemedyKind.REFUND_GIFT_CARD: "You'll get an email with the return label; the gift card is credited then.",
    RemedyKind.EXCHANGE: "You'll get an email with the return label; we ship the right item straight away.",
    RemedyKind.REPLACEMENT_TICKET: "Our team ships the replacement within 2 business days and emails you tracking.",
}


def _write(remedy: RemedyKind, order: dict[str, Any], item_ids: list[str], gift_card: str | None
           ) -> tuple[str, dict[str, Any]] | None:
    original = order["payment_history"][0]["payment_method_id"]
    if remedy is RemedyKind.RETURN_REFUND:
        return "return_delivered_order_items", {"order_id": order["order_id"], "item_ids": item_ids,
                                                "payment_method_id": original}
    if remedy is RemedyKind.REFUND_GIFT_CARD:
        return "return_delivered_order_items", {"order_id": order["order_id"], "item_ids": item_ids,
                                                "payment_method_id": gift_card or original}
    if remedy is RemedyKind.EXCHANGE:
        return "exchange_delivered_order_items", {"order_id": order["order_id"], "item_ids": item_ids,
                                                  "new_item_ids": item_ids, "payment_method_id": original}
    return None


def remedy_pending(
    remedy: RemedyKind, order: dict[str, Any], item_ids: list[str], ticket: dict[str, Any], gift_card: str | None
) -> Pending:
    """The proposal: the write the remedy needs (none for a replacement) plus the ticket that records it."""
    write = _write(remedy, order, item_ids, gift_card)
    facts = {"remedy_text": REMEDY_TEXT[remedy], "order_id": order["order_id"],
             "items": ", ".join(i["name"] for i in order["items"] if i["item_id"] in item_ids),
             "next_steps": NEXT_STEPS[remedy]}
    return Pending(
        action_id=uuid.uuid4().hex,
        tool=write[0] if write else "open_ticket",
        arguments=write[1] if write else ticket,
        ticket=ticket,
        reply_key="remedy_done",
        reply_facts=facts,
    )
