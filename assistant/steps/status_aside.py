"""The answer to a status question said beside a request ("i want to return the pet bed, and has my order with
the helmet shipped yet?", `grounding/status_aside.py`): the other order's status or tracking, said before the
request's own question (its yes or no is still what the next message answers). Nothing is written for it."""

from __future__ import annotations

from typing import Any

from assistant.grounding.items import nouns_said
from assistant.grounding.orders import ground_order, order_numbers, orders_named
from assistant.grounding.status_aside import OTHER_ORDER
from assistant.state import Reply
from assistant.steps.order_answers import order_answers
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.orders_not_theirs import NOT_ON_ACCOUNT


def _acted_on(result: dict[str, Any]) -> str | None:
    """The order the request's own answer is about (its proposal, or the order its question keeps)."""
    proposed = ((result.get("pending") or {}).get("arguments") or {}).get("order_id")
    kept = ((result.get("topic") or {}).get("slots") or {}).get("order_ids") or [None]
    return proposed or kept[0]


def _lists_orders(result: dict[str, Any]) -> bool:
    outbox = result.get("outbox") or []
    return not result.get("pending") and bool(outbox) and outbox[-1].get("key") == "order_list"


async def _aside_order(reader: CustomerReader, aside: str, acted: str | None) -> dict[str, Any] | None:
    if acted and not (order_numbers(aside) or nouns_said(aside) or OTHER_ORDER.search(aside)):
        # "…, and what was the total of that order?" (request_queue): a fact of the order the request acts on
        return await reader.order(acted)
    others = [summary for summary in await reader.orders() if summary["order_id"] != acted]
    details = [order for summary in others if (order := await reader.order(summary["order_id"])) is not None]
    choice = ground_order(aside, [], others, None, details)
    if choice.order_id is None and OTHER_ORDER.search(aside) and len(others) == 1:
        return details[0] if details else None
    return next((order for order in details if order["order_id"] == choice.order_id), None)


async def _numbers_not_theirs(reader: CustomerReader, aside: str) -> list[str]:
    """The order numbers the aside names that are none of the customer's orders."""
    named = orders_named(aside)
    if not named:
        return []
    own = {summary["order_id"] for summary in await reader.orders()}
    return [order_id for order_id in named if order_id not in own]


async def with_status_aside(reader: CustomerReader, result: dict[str, Any], aside: str, language: str,
                            acted: str | None = None) -> dict[str, Any]:
    """The request's answer with the aside's answered before its last reply; as it was when no order of the
    customer's other orders is the one the aside names. `acted`: the order of the request under way when the
    answer keeps its proposal as it was (a proposal asked again)."""
    order = await _aside_order(reader, aside, _acted_on(result) or acted)
    if order is None:
        # "btw what's the status of #W2702727?" with another customer's number while a proposal waits: said to be
        # none of theirs (never whether it exists), the proposal kept and asked again last (attack28 A28-7)
        not_theirs = await _numbers_not_theirs(reader, aside)
        replies = [Reply(key=NOT_ON_ACCOUNT, facts={"numbers": ", ".join(not_theirs)})] if not_theirs else []
    else:
        replies = await order_answers(reader, order, aside, language)
    if not replies:
        return result
    outbox = list(result.get("outbox") or [])
    at = max(len(outbox) - 1, 0)  # the request's question stays last
    if _lists_orders(result):  # the order list asks nothing: the question about one of them follows it
        at = len(outbox)
    return {**result, "outbox": [*outbox[:at], *replies, *outbox[at:]]}
