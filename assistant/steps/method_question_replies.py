"""A reply to an item change's method question ("which saved payment method should pay the difference?") that names
no method is still understood, as the shop's best agent would (fresh20 F2, F6); every other message used to get the
same question back, and a bare "no" was the only way out.

- The change taken back ("actually never mind, keep it purple", "finalement non, je garde la pointure 8", "ach nein,
  doch lieber gelb lassen", "forget the whole thing"): the change is let go and said so; nothing is written. With a
  new shipping address in the same message, that address alone is proposed.
- A new shipping address for the same order: kept (queued, `address_in_flow._queued_address`) and said so, the method
  asked again; once the method is named, the two writes are proposed under one yes, the address first (after an item
  change a pending order can no longer be changed: tau-retail).
- The difference asked to be shared between methods ("part on the gift card and the rest on my visa"): one method
  pays it, said so, and the method asked again.

A question about the item is answered as a side question (`side_question_reading`), then the method asked again; a
yes asks the method (`order_changes`); another value of the option re-grounds the change (`order_changes`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from assistant.consent import declines
from assistant.grounding.address_words import refuses_the_item_change
from assistant.grounding.method_then_take_back import takes_back_after_the_method
from assistant.grounding.next_step_questions import asks_what_comes_next
from assistant.grounding.payments import names_payment
from assistant.grounding.policy_questions import policy_question
from assistant.grounding.proposal_question import says_change_of_mind
from assistant.grounding.split_payment import splits_the_payment
from assistant.grounding.variants import changed_keys, describe_options, wanted_options
from assistant.models.contracts import Intent
from assistant.state import ConversationState, QueuedRequest, Reply, with_replies
from assistant.steps.address_in_flow import address_change, of_another_order
from assistant.steps.addresses import describe_address, read_addresses, without_addresses
from assistant.steps.method_wait_next import what_follows_the_method
from assistant.steps.order_changes import DIFFERENCE_METHOD_SLOT, SWAP_ITEMS_SLOT, SWAP_VARIANT_SLOT
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.question_candidates import ASKED_SLOT
from assistant.steps.shop_policy import policy_reply

SWAP_TOPICS = {Intent.MODIFY_ORDER.value, Intent.EXCHANGE_ITEM.value}
PENDING_SWAP = Intent.MODIFY_ORDER.value  # only a pending order's shipping address can still change


@dataclass(frozen=True)
class MethodReply:
    """What a reply to the method question comes to: the turn's `update` as it is, or (`ask_again`) what is said
    before the method question asked again, and what the update adds (the address queued)."""

    said: list[Reply]
    update: dict[str, Any] = field(default_factory=dict)
    ask_again: bool = False


def awaits_the_method(state: ConversationState) -> bool:
    """An item change shown with its price difference waits for the saved method that pays it."""
    topic = state.get("topic") or {}
    slots = topic.get("slots") or {}
    return (not state.get("pending") and topic.get("intent") in SWAP_TOPICS
            and (slots.get(ASKED_SLOT) or {}).get("slot") == DIFFERENCE_METHOD_SLOT
            and bool(slots.get(SWAP_ITEMS_SLOT)) and bool(slots.get(SWAP_VARIANT_SLOT)))


def may_answer_otherwise(text: str) -> bool:
    """Words to the method question that may be something else than a method (read in full by the orders step):
    a new address, a split of the amount, a question about what happens next, or a change taken back."""
    rest = without_addresses(text)
    return bool(read_addresses(text, "USA")) or splits_the_payment(text) or asks_how_to_send_back(text) or (
        asks_what_comes_next(text) and not names_payment(text, same_alone=True)) or (
        not names_payment(rest, same_alone=True) and (declines(rest) or refuses_the_item_change(rest))) or (
        takes_back_after_the_method(rest))


async def reply_to_method_question(reader: CustomerReader, state: ConversationState) -> MethodReply | None:
    """What the turn's words say to the open method question when they are no method; None when they are one, or
    nothing this module reads (then the request goes on as usual)."""
    text = (state.get("incoming") or {}).get("text", "")
    if not text.strip() or not awaits_the_method(state):
        return None
    slots = (state.get("topic") or {}).get("slots") or {}
    order_id = str((slots.get("order_ids") or [""])[0])
    addresses = [] if of_another_order(text, order_id) else read_addresses(text, "USA")
    rest = without_addresses(text) if addresses else text
    if splits_the_payment(rest):
        return MethodReply(said=[Reply(key="one_method_pays", facts={})], ask_again=True)
    if asks_how_to_send_back(rest):  # "how do I send it back and how much do I get?": answered, never a return
        return MethodReply(said=[policy_reply("send_back", state.get("language") or "en")], ask_again=True)
    taken_back = takes_back_after_the_method(rest)
    if names_payment(rest, same_alone=True) and not taken_back:
        return None  # the method named (an address with it goes in front: `address_in_flow`)
    order = await reader.order(order_id)
    item = next((i for i in (order or {}).get("items", []) if i["item_id"] == slots[SWAP_ITEMS_SLOT][0]), None)
    product = await reader.product(item["product_id"]) if item else None
    variant = next((v for v in (product or {}).get("variants", []) if v["item_id"] == slots[SWAP_VARIANT_SLOT]), None)
    if order is None or item is None or product is None or variant is None:
        return None
    language = state.get("language") or "en"
    if not addresses and not taken_back and asks_what_comes_next(rest):  # "what happens now?", "wie lange dauert das?"
        intent = (state.get("topic") or {}).get("intent")
        return MethodReply(said=what_follows_the_method(intent, order_id, item, variant, language), ask_again=True)
    address = addresses[0][0] if len(addresses) == 1 else None
    # "paypal... no wait, I don't want to change it anymore": the change taken back after the method (attack24 A24-1)
    if taken_back or takes_the_change_back(rest, product, item, variant):
        let_go = Reply(key="swap_let_go", facts={
            "item": item["name"], "order_id": order_id,
            "old_options": describe_options(item["options"], language, changed_keys(item["options"],
                                                                                    variant["options"]))})
        if address is None or (state.get("topic") or {}).get("intent") != PENDING_SWAP:
            return MethodReply(said=[let_go], update={"topic": None, "pending": None,
                                                       "outbox": with_replies(state, let_go)})
        proposal = address_change(order_id, address)  # "… keep it purple, but ship it to …": the address alone
        question = proposal.get("question") or Reply(key="proposal_again", facts={})
        return MethodReply(said=[let_go], update={"topic": None, "pending": proposal,
                                                   "outbox": with_replies(state, let_go, question)})
    if address is not None and (state.get("topic") or {}).get("intent") == PENDING_SWAP:
        return _address_kept(state, order_id, address)
    return None


def asks_how_to_send_back(text: str) -> bool:
    """ "How do I send the old one back?" while an exchange asks its method: a question about the exchange (its
    email says how), never a return asked instead ("I'd rather just return it" is one)."""
    return policy_question(text, after_a_return=True) == "send_back" and not says_change_of_mind(text)


def takes_the_change_back(text: str, product: dict[str, Any], item: dict[str, Any], variant: dict[str, Any]) -> bool:
    """The words go back to what the item is now ("keep it purple", "me quedo con la talla 8") and name no other
    value than the proposed one ("size 7 instead" re-grounds the change), nor one of the proposal's own the item
    lacks ("keep the plain design, only the deck to bamboo": the change narrowed, read again), or let the change go
    ("never mind", "laissez tomber", "no cambies nada")."""
    if wanted_options(product, item, text):
        return False  # "keep the plain design, only the deck to bamboo": part of the change still wanted
    wanted = wanted_options(product, {**item, "options": variant["options"]}, text)
    if wanted:
        current = {key: str(value).lower() for key, value in item["options"].items()}
        return all(current.get(key) == str(value).lower() for key, value in wanted.items())
    return declines(text) or refuses_the_item_change(text)


def _address_kept(state: ConversationState, order_id: str, address: dict[str, str]) -> MethodReply:
    """The new address kept for the change: queued in words `address_in_flow._queued_address` reads back, so it goes
    in front of the change once the method is named (never after it, when the order can no longer change)."""
    words = f"ship order {order_id} to {describe_address(address)}"
    message_id = str((state.get("incoming") or {}).get("message_id") or uuid.uuid4().hex)
    queued: list[QueuedRequest] = [*(state.get("queued") or []),
                                   {"text": words, "message_id": message_id, "noted": True}]
    said = Reply(key="address_with_the_swap", facts={"order_id": order_id, "new_value": describe_address(address)})
    return MethodReply(said=[said], update={"queued": queued}, ask_again=True)
