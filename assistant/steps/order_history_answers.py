"""Answers to questions about what happened to the customer's orders (`assistant/grounding/order_history.py`),
from the order records only (READ tools; nothing is written, no photo is asked):

- which orders have not arrived yet: how many, each with its number, status and items;
- whether a cancelled order was refunded: the cancellation and each refund recorded, with the method it went to
  (tau-retail's policy: a cancelled order is refunded to the method it was paid with);
- a parcel the record says was delivered and the customer cannot find: the record said, and the next step."""

from __future__ import annotations

import html
from typing import Any

from assistant.grounding.order_history import (
    asks_for_open_orders,
    asks_refund_of_cancelled,
    asks_where_the_parcel_is,
    cannot_find_it,
)
from assistant.grounding.payments import describe_payment
from assistant.grounding.statuses import STILL_PENDING, describe_status
from assistant.grounding.variants import describe_options
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.order_lookup import CustomerReader, money
from assistant.steps.order_status_reply import status_reply

ON_THE_WAY = STILL_PENDING | {"processed"}


def _line(order: dict[str, Any], language: str) -> str:
    items = "; ".join(f"{html.unescape(i['name'])} ({describe_options(i['options'], language)})" if i.get("options")
                      else html.unescape(i["name"]) for i in order.get("items", []))
    return f"\n- {order['order_id']} — {describe_status(order['status'], language)} — {items}"


async def _details(reader: CustomerReader) -> list[dict[str, Any]]:
    return [order for summary in await reader.orders() if (order := await reader.order(summary["order_id"]))]


async def _the_one_shipped(reader: CustomerReader) -> dict[str, Any] | None:
    """The customer's one order that left and has not arrived (being processed), if only one has."""
    shipped = [order for order in await _details(reader) if str(order["status"]) == "processed"]
    return shipped[0] if len(shipped) == 1 else None


async def open_orders_reply(reader: CustomerReader, language: str) -> Reply:
    """How many orders are still on their way (pending or being processed), named one per line."""
    on_the_way = [order for order in await _details(reader) if str(order["status"]) in ON_THE_WAY]
    if not on_the_way:
        return Reply(key="open_orders_none", facts={})
    return Reply(key="open_orders", facts={"count": str(len(on_the_way)),
                                           "orders": "".join(_line(order, language) for order in on_the_way)})


async def refund_reply(reader: CustomerReader, order: dict[str, Any], language: str) -> Reply:
    """A cancelled order's refund as recorded: amount and method; the order's status when it was not cancelled."""
    if str(order["status"]) != "cancelled":
        return Reply(key="refund_not_cancelled", facts={"order_id": order["order_id"],
                                                        "status": describe_status(order["status"], language)})
    refunds: dict[str, int] = {}
    for payment in order.get("payment_history", []):
        if payment.get("transaction_type") == "refund":
            method = payment["payment_method_id"]
            refunds[method] = refunds.get(method, 0) + payment["amount_cents"]
    if not refunds:
        return Reply(key="refund_not_recorded", facts={"order_id": order["order_id"]})
    methods = {m["id"]: m for m in (await reader.profile()).get("payment_methods", [])}
    said = [f"{money(cents, language)} — {describe_payment(methods.get(method, {'source': 'unknown'}), language)}"
            for method, cents in refunds.items()]
    return Reply(key="refund_of_cancelled", facts={"order_id": order["order_id"], "refunds": ", ".join(said)})


async def history_answer(state: ConversationState, reader: CustomerReader, text: str, language: str,
                         named: bool) -> dict[str, Any] | None:
    """The answer to a question about the orders as a whole (`named`: an order or item is named, answered with
    that order by `order_answers`); None when the turn asks none."""
    if named:
        return None  # "is order #W… still pending?" asks about that order
    if asks_for_open_orders(text):
        return {"topic": None, "outbox": with_replies(state, await open_orders_reply(reader, language))}
    if asks_where_the_parcel_is(text) and (parcel := await _the_one_shipped(reader)):
        return {"topic": None, "outbox": with_replies(state, status_reply(parcel, language, text))}
    if not asks_refund_of_cancelled(text):
        return None
    cancelled = [order for order in await _details(reader) if str(order["status"]) == "cancelled"]
    if not cancelled:
        return {"topic": None, "outbox": with_replies(state, Reply(key="no_cancelled_orders", facts={}))}
    replies = [await refund_reply(reader, order, language) for order in cancelled]
    return {"topic": None, "outbox": with_replies(state, *replies)}


def not_found_replies(order: dict[str, Any], text: str) -> list[Reply]:
    """Beside a delivered order's status, when the customer cannot find the parcel: the next step ([] otherwise)."""
    if str(order["status"]) == "delivered" and cannot_find_it(text):
        return [Reply(key="delivered_not_found", facts={"order_id": order["order_id"]})]
    return []
