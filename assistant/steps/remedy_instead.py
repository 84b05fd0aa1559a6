"""Another remedy wished for while a photo complaint's remedy waits for its yes (photo29).

- The money back instead of a replacement or an exchange ("id rather just get a refund tbh", "je prefere etre
  remboursee", "ich hätte lieber mein geld zurück"): the return with a refund the policy allows is proposed in its
  place for the same order and items, with the same ticket (the photo as evidence, the verdict); the next yes writes
  the return and opens that ticket. Never the first remedy's question again, never a later yes that writes it.
- Keeping the item for some money back ("can i just keep it and get some money back?"): no remedy of the policy, so a
  person decides: the conversation is handed over with the offer's ticket (steps/offer_with_person.py), nothing is
  written.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.consent import explicit_answer
from assistant.context import Deps
from assistant.grounding.next_step_questions import asks_what_comes_next
from assistant.grounding.remedy_wishes import RemedyWish, remedy_wish
from assistant.models.contracts import RemedyKind
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.remedies import REMEDY_TEXT, remedy_pending
from assistant.steps.yes_with_next_question import REMEDY_REPLY

RETURN_TOOL = "return_delivered_order_items"


def wished_instead(state: ConversationState) -> RemedyWish | None:
    """The other remedy the turn wishes for while a photo complaint's remedy (other than a refund) is proposed."""
    pending = state.get("pending") or {}
    if pending.get("reply_key") != REMEDY_REPLY or not pending.get("ticket"):
        return None
    text = (state.get("incoming") or {}).get("text", "")
    if explicit_answer(text) is not None or asks_what_comes_next(text):
        return None
    wish = remedy_wish(text)
    return None if wish == "money_back" and pending.get("tool") == RETURN_TOOL else wish


async def propose_money_back(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """The return with a refund to the original method proposed in place of the remedy, with its ticket."""
    pending = state["pending"]
    assert pending is not None  # routed here only with a remedy proposed  # noqa: S101
    ticket = pending.get("ticket") or {}
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    order_id = str(ticket.get("order_id") or (pending.get("arguments") or {}).get("order_id") or "")
    order = await reader.order(order_id) if order_id else None
    if order is None:
        return {"outbox": with_replies(state, Reply(key="proposal_again", facts={}, quick_replies=["Yes", "No"]))}
    item_ids = list(ticket.get("item_ids") or [])
    refund = remedy_pending(RemedyKind.RETURN_REFUND, order, item_ids, ticket, None)
    offer = Reply(
        key="remedy_offer",
        facts={
            "remedy_text": REMEDY_TEXT[RemedyKind.RETURN_REFUND],
            "items": refund["reply_facts"]["items"],
            "order_id": order["order_id"],
        },
        quick_replies=["Yes", "No"],
    )
    return {"pending": refund, "outbox": with_replies(state, offer)}
