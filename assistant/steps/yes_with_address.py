"""A yes to an item change that also sends the order somewhere else ("yes but ship it to 55 Ocean Drive, Miami, FL
33139", "oui mais livrez-le au 12 rue de la Paix", "sí, y mándalo a mi trabajo", "ja, aber schick ihn an
Hauptstraße 5"; fresh17 F2): more than the proposal, so nothing is written on it, and the address is never dropped.

- A pending order's item change and a whole address: proposed again as two writes, named both (`Pending.first`):
  the address first, since an item change closes a pending order to any later change; the next yes writes both.
- A street alone, or a place with no address ("my work"): the missing parts asked for, the proposal as it stands.
- A delivered order's exchange: its replacement goes to the order's own address, which is said; the proposal as it
  stands.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from assistant.consent_vocabulary import normalise, read_spans, split_words
from assistant.grounding.lexicon import lexicon
from assistant.grounding.requested_action import says_delivery
from assistant.state import Pending, Reply
from assistant.steps.addresses import describe_address, read_address, read_street
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.proposal_questions import WITH_FIRST, ask_again, question_with_first
from assistant.steps.yes_taken_back import says_yes

ITEM_CHANGE = "modify_pending_order_items"
EXCHANGE = "exchange_delivered_order_items"
Destination = Literal["whole", "street", "none"]


def _opens_with_yes(text: str) -> bool:
    spans = read_spans(split_words(normalise(text)))
    return bool(spans) and "yes" in spans[0][1]


def _sends_somewhere(text: str) -> bool:
    """A sending verb and a destination after it ("ship it to …", "envoyez-la à mon bureau", "an meine Arbeit")."""
    if not says_delivery(text):
        return False
    return lexicon().patterns["destination_words"].search(text) is not None


def address_with_yes(text: str, pending: Pending | None) -> Destination | None:
    """What a yes to an item change says of where to send it: a whole address or a street alone (with or without a
    sending verb: the item change writes no place), or a place with no address ("ship it to my work"); None when
    the reply names no place, or answers another proposal."""
    if not pending or pending.get("tool") not in (ITEM_CHANGE, EXCHANGE):
        return None
    if not (_opens_with_yes(text) or says_yes(text)):
        return None
    if read_address(text, "USA") is not None:
        return "whole"  # "yes, 55 Ocean Drive, Miami, FL 33139" once the whole address was asked for
    if read_street(text) is not None:
        return "street"
    return "none" if _sends_somewhere(text) else None


async def answer_address_with_yes(reader: CustomerReader, pending: Pending, text: str,
                                  destination: Destination) -> dict[str, Any]:
    """The turn's result: nothing written; the two writes proposed, the missing parts asked, or why not said."""
    arguments = pending.get("arguments") or {}
    order_id = str(arguments.get("order_id") or "")
    order = await reader.order(order_id)
    question = pending.get("question") or {}
    if order is None or pending.get("tool") == EXCHANGE or question.get("key") not in WITH_FIRST:
        own = describe_address(order["address"]) if order else ""
        return {"outbox": [Reply(key="exchange_address_fixed", facts={"order_id": order_id, "address": own}),
                           ask_again(pending)]}
    if destination == "street":
        street = read_street(text) or ""
        return {"outbox": [Reply(key="address_parts_needed", facts={"street": street}), ask_again(pending)]}
    address = read_address(text, str(order["address"].get("country") or "USA"))
    if destination == "none" or address is None:
        return {"outbox": [Reply(key="address_needed_with_yes", facts={}), ask_again(pending)]}
    first: Pending = {"action_id": uuid.uuid4().hex, "tool": "modify_pending_order_address",
                      "arguments": {"order_id": order_id, **address}, "ticket": None, "reply_key": "modified",
                      "reply_facts": {"order_id": order_id, "what": "shipping address",
                                      "new_value": describe_address(address)}}
    both: Pending = {**pending, "action_id": uuid.uuid4().hex, "first": first}
    return {"pending": both, "outbox": [question_with_first(both)]}
