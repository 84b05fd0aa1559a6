"""The answer to a question weighing another order against the proposal on screen ("would it be better to cancel
#W7941031 instead?", `grounding/other_order_question.py`): what that order holds and, while a cancellation is
proposed and the other order can still be cancelled, what cancelling it would refund; then the proposal asked again
as it stands. Nothing is written and nothing new is proposed: "actually cancel #W… instead" is the switch."""

from __future__ import annotations

from assistant.grounding.other_order_question import CANCEL_TOOL
from assistant.grounding.statuses import describe_status
from assistant.state import Pending, Reply
from assistant.steps.order_answers import order_summary
from assistant.steps.order_lookup import CustomerReader, money
from assistant.steps.proposal_questions import ask_again


async def weighed_order_replies(reader: CustomerReader, pending: Pending, other: str, language: str) -> list[Reply]:
    """The other order's facts, then the proposal again; the proposal alone when the order is none of theirs."""
    order = await reader.order(other)
    if order is None:
        listed = [summary["order_id"] for summary in await reader.orders()]
        return [Reply(key="order_not_found", facts={"order_id": other, "order_ids": listed}), ask_again(pending)]
    if pending.get("tool") != CANCEL_TOOL or order.get("status") != "pending":
        return [order_summary(order, language), ask_again(pending)]
    total = money(sum(item["price_cents"] for item in order.get("items", [])), language)
    summary = order_summary(order, language)
    facts = {"order_id": order["order_id"], "status": describe_status(order["status"], language),
             "contents": summary["facts"]["items"], "total": total,
             "proposed_order_id": (pending.get("arguments") or {}).get("order_id", "")}
    return [Reply(key="weighed_order", facts=facts), ask_again(pending)]


def weighed_orders_reply(pending: Pending, others: list[str]) -> Reply:
    """"would it be better to cancel one of the others?" with several other pending orders (or none): they are
    named, nothing is changed, and the customer says which one if they would rather cancel it."""
    proposed = (pending.get("arguments") or {}).get("order_id", "")
    return Reply(key="weighed_orders", facts={"order_ids": others, "proposed_order_id": proposed})
