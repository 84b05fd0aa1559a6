"""A yes that adds another item while a swap's or a return's payment question is open ("oui et aussi le kit de
maquillage en taille basic", "ja und das skateboard auch in bambus" to "which saved method pays the difference?",
fresh16): the addition is never dropped in silence, and nothing is written on the turn.

- A swap: the added item needs its own new option; said so (`yes_adds_item`), then the method asked again.
- A return and another item of the same order: added to the return, and its refund question asked again.
- An item of another order, or one no order holds: said so, then the question asked again as it stands.

The reading is `yes_adds_item.adds_to_the_proposal`, over the change the open question is about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.grounding.items_acted_on import items_acted_on
from assistant.grounding.payments import describe_payment
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Pending, Reply
from assistant.steps.order_changes import (
    DIFFERENCE_METHOD_SLOT,
    REFUND_METHOD_SLOT,
    RETURN_ITEMS_SLOT,
    SWAP_ITEMS_SLOT,
)
from assistant.steps.order_lookup import CustomerReader, item_names
from assistant.steps.question_candidates import ASKED_SLOT
from assistant.steps.yes_adds_item import RETURN, adds_to_the_proposal, return_items, yes_adding_items

# The tool each open change would write; its method question is asked with no proposal pending yet.
TOOL_OF_INTENT = {Intent.EXCHANGE_ITEM.value: "exchange_delivered_order_items",
                  Intent.MODIFY_ORDER.value: "modify_pending_order_items", Intent.RETURN_ITEM.value: RETURN}


@dataclass(frozen=True)
class Addition:
    """What is said about the added item, and the topic the open question is asked again from (`question`: that
    question as it is asked now, when it is not asked again from the topic alone)."""

    said: list[Reply]
    topic: dict[str, Any]
    question: Reply | None = None


def _change_asked_about(state: ConversationState) -> tuple[str, str, list[str]] | None:
    """The tool, order and items of the change whose payment question is open; None when none is."""
    topic = state.get("topic") or {}
    slots = topic.get("slots") or {}
    asked_slot = (slots.get(ASKED_SLOT) or {}).get("slot")
    tool = TOOL_OF_INTENT.get(str(topic.get("intent")))
    if state.get("pending") or tool is None or asked_slot not in {DIFFERENCE_METHOD_SLOT, REFUND_METHOD_SLOT}:
        return None
    items = list(slots.get(RETURN_ITEMS_SLOT if tool == RETURN else SWAP_ITEMS_SLOT) or [])
    order_ids = slots.get("order_ids") or []
    return (tool, str(order_ids[0]), items) if items and order_ids else None


async def addition_to_open_question(reader: CustomerReader, state: ConversationState) -> Addition | None:
    """The turn adds another item to the change whose payment question is open; None when it does not (or no
    item can be told from its words: the turn is then read as any other answer)."""
    change = _change_asked_about(state)
    text = (state.get("incoming") or {}).get("text", "")
    if change is None or not text:
        return None
    tool, order_id, proposed = change
    order = await reader.order(order_id)
    if order is None:
        return None
    names = item_names(order, proposed)
    # the change as a proposal would show it: its items' names tell them from the item added
    change_read: Pending = {"action_id": "", "tool": tool, "ticket": None, "reply_key": "",
                            "arguments": {"order_id": order_id, "item_ids": proposed},
                            "reply_facts": {"order_id": order_id, "item": names[0] if names else "", "items": names}}
    if not adds_to_the_proposal(text, change_read):
        return None
    topic: dict[str, Any] = dict(state.get("topic") or {})
    added = [i for i in items_acted_on(text, order["items"]) if i not in proposed]
    if tool == RETURN and added:  # the same order's item joins the return: its question asked with both
        items = return_items(order, proposed, added)
        slots: dict[str, Any] = {**(topic.get("slots") or {}), "item_ids": items, RETURN_ITEMS_SLOT: items}
        return Addition(said=[Reply(key="addition_added", facts={"added": ", ".join(item_names(order, added))})],
                        topic={**topic, "slots": slots}, question=await _refund_question(reader, slots, order_id,
                                                                                       state.get("language") or "en"))
    told = await yes_adding_items(reader, change_read, text, None, state.get("language") or "en")
    if not told:
        return None
    # its last reply is the proposal's question; here the open question is asked again instead
    return Addition(said=list(told.get("outbox") or [])[:-1], topic=topic)


async def _refund_question(reader: CustomerReader, slots: dict[str, Any], order_id: str, language: str) -> Reply:
    """"Where should the refund go?" again, with the methods it offered (the words that opened it, a method the
    policy rules out, are not said again)."""
    offered = [str(c.get("key")) for c in (slots.get(ASKED_SLOT) or {}).get("candidates") or []]
    saved = {m["id"]: m for m in (await reader.profile()).get("payment_methods", [])}
    return Reply(key="ask_refund_method", facts={"order_id": order_id, "methods": [
        describe_payment(saved[key], language) for key in offered if key in saved]})
