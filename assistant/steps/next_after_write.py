"""What happens next, asked right after a write or a photo's ticket ("what happens now?", "how long will it take?",
"when do I get the money?", "und die andere kommt noch?", after27): answered from the proposal just carried out
(`state["written"]`) like a question about it before the yes, briefly: the ticket's or the write's next step and its
time, the refund's timing, the other open orders' status; never a goodbye, the order list or the receipt again."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.next_step_questions import asks_after_the_other_order, asks_what_comes_next
from assistant.grounding.orders import OPEN_STATUSES, order_numbers
from assistant.grounding.statuses import ITEMS_CHANGED
from assistant.grounding.write_follow_ups import asks_when_refunded, names_something_else
from assistant.grounding.written_questions import asks_if_written
from assistant.state import ConversationState, Pending, Reply, with_replies
from assistant.steps.last_write import wrote_last
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.payment_switch import switch_line
from assistant.steps.proposal_questions import AFTER_THE_WRITE, proposal_method, status_line, timing_line

# the replies that put a photo on the ticket the last write opened: its next step still holds
TICKET_FOLLOWED_UP = frozenset({"photo_same_problem", "open_ticket_exists", "added_to_open_ticket"})
# writes whose money goes back: when it comes is their next step
REFUNDED = frozenset({"return_delivered_order_items", "cancel_pending_order"})
REFUND_TIMING_WITH_AMOUNT = {"refund_timing_days": "refund_amount_timing_days",
                             "refund_timing_at_once": "refund_amount_timing_at_once"}
# the replies only this step says after a write: a further question about the same write may follow them ("und wie
# geht's weiter?", then "wie lange dauert das ungefähr?", after28)
NEXT_STEP_SAID = frozenset({"proposal_fact_next_steps", "no_other_open_order", *REFUND_TIMING_WITH_AMOUNT.values()})


def _just_written(state: ConversationState) -> Pending | None:
    """The proposal the last turn carried out, whose ticket the last turn added a photo to, or whose next step the
    last turn answered (a second question about it: "and how many days is that?")."""
    written = state.get("written")
    if written is None or state.get("pending"):
        return None
    said = set(state.get("said_last") or [])
    followed = said & TICKET_FOLLOWED_UP and written.get("ticket")
    return written if wrote_last(state) or followed or said & NEXT_STEP_SAID else None


def photo_for_the_ticket(state: ConversationState) -> bool:
    """A photo sent without words right after a photo's ticket was opened or followed up (after28): more of the
    same problem, assessed as a complaint so that it joins that ticket, never a search for products like it."""
    incoming = state.get("incoming") or {}
    written = _just_written(state)
    return (bool(incoming.get("photo")) and not incoming.get("text", "").strip()
            and written is not None and bool(written.get("ticket")))


def asks_what_happens_next(state: ConversationState) -> bool:
    """A question about what comes next after the write just made, or about the customer's other order after a
    cancellation or change, naming no other order nor item than the write's own."""
    written = _just_written(state)
    text = (state.get("incoming") or {}).get("text", "")
    if written is None or asks_if_written(text):
        return False
    order_id = (written.get("arguments") or {}).get("order_id")
    if set(order_numbers(text)) - {order_id}:
        return False
    if asks_after_the_other_order(text):
        return written.get("tool") in {"cancel_pending_order", "modify_pending_order_items",
                                       "modify_pending_order_address", "modify_pending_order_payment"}
    return asks_what_comes_next(text) and not names_something_else(text, state.get("written_said") or "")


async def answer_next_step(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """The next step of the write just made (or the other open orders' status), nothing said again."""
    written = _just_written(state)
    assert written is not None  # routed here only after a write  # noqa: S101
    text = (state.get("incoming") or {}).get("text", "")
    language = state.get("language") or "en"
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    if asks_after_the_other_order(text):
        replies = await _other_orders(reader, written, language)
    else:
        replies = await _next_step(reader, written, asks_when_refunded(text), language)
    return {"outbox": with_replies(state, *replies)}


async def _next_step(reader: CustomerReader, written: Pending, money_asked: bool, language: str) -> list[Reply]:
    """A remedy's own next step (the replacement's days, the return label); a return's or exchange's label and,
    for money back, its timing (the timing alone when the money is what was asked); a pending order's status."""
    if remedy_steps := (written.get("reply_facts") or {}).get("next_steps"):
        return [Reply(key="proposal_fact_next_steps", facts={"next_steps": remedy_steps})]
    if (switch := switch_line(written, written=True)) is not None:  # the new charge, and when the old one comes back
        return [switch, timing_line(written, {}, language)]
    tool = written.get("tool", "")
    order_id = (written.get("arguments") or {}).get("order_id")
    order = await reader.order(order_id) if order_id else None
    replies: list[Reply] = []
    if (steps := AFTER_THE_WRITE.get(tool)) and not money_asked:
        replies.append(Reply(key="proposal_fact_next_steps", facts={"next_steps": steps}))
    if tool in REFUNDED:
        replies.append(_refund_timing(written, timing_line(written, await proposal_method(reader, written, order),
                                                           language)))
    if not replies and order is not None:
        replies.append(status_line(order, language))
    return replies


def _refund_timing(written: Pending, line: Reply) -> Reply:
    """When the write's refund comes, with its amount ("the refund of $54.51 to Mastercard ending 9536 takes 5-7
    business days"): the money asked about named, nothing else of the write said again."""
    amount = (written.get("reply_facts") or {}).get("amount")
    if not amount or line.get("key") not in REFUND_TIMING_WITH_AMOUNT:
        return line
    return Reply(key=REFUND_TIMING_WITH_AMOUNT[line["key"]], facts={**line.get("facts", {}), "amount": amount})


async def _other_orders(reader: CustomerReader, written: Pending, language: str) -> list[Reply]:
    """The status of each of the customer's other orders still on its way, or that there is none."""
    order_id = (written.get("arguments") or {}).get("order_id")
    others = [o for o in await reader.orders()
              if o.get("order_id") != order_id and o.get("status") in {*OPEN_STATUSES, ITEMS_CHANGED}]
    return [status_line(o, language) for o in others] or [Reply(key="no_other_open_order", facts={})]
