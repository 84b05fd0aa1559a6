"""A question the assistant asked for the request in progress (a cancel reason, which order, which item, the
refund method) does not swallow the next message. A turn that gives a detail the request needs answers it; one
that drops the request ("non finalement je la garde", "vergiss es") ends it with nothing changed; a shopping
question ("vous avez des shorts bleus ?") is answered as itself (see `catalog_routing.catalog_follow_up`).
A proposed write waiting for its yes or no is not an open question here: `confirm` reads that answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.consent import declines
from assistant.grounding.kept_items import only_keeps
from assistant.grounding.method_then_take_back import takes_back_after_the_method
from assistant.grounding.orders import order_numbers
from assistant.grounding.payments import names_payment
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Reply
from assistant.steps.question_candidates import ASKED_SLOT, METHOD_SLOTS

# Details a request gathers: a turn that gives one answers the question in progress.
DETAIL_SLOTS = ("order_ids", "item_ids", "email", "first_name", "last_name", "zip_code", "cancel_reason")
# A change of items waits for the new variant: a colour or a size answers it ("in green then").
VARIANT_TOPICS = {Intent.MODIFY_ORDER.value, Intent.EXCHANGE_ITEM.value}


def answers_open_question(state: ConversationState) -> bool:
    """The turn gives a detail the request in progress gathers, or is an answer by its kind."""
    understood = state.get("intent") or {}
    slots = understood.get("slots") or {}
    incoming = state.get("incoming") or {}
    topic = state.get("topic") or {}
    # "non finalement je garde la bleue": the colour said is the one kept, the change is called off
    if topic.get("intent") in VARIANT_TOPICS and keeps_as_it_is(incoming.get("text", "")):
        return False
    if understood.get("intent") in (Intent.PROVIDE_DETAILS.value, Intent.AFFIRM.value) or incoming.get("photo"):
        return True
    if any(slots.get(name) for name in DETAIL_SLOTS) or order_numbers(incoming.get("text", "")):
        return True
    if _names_the_method_asked(topic, incoming.get("text", "")):
        return True
    return topic.get("intent") in VARIANT_TOPICS and bool(slots.get("colour") or slots.get("size"))


def keeps_as_it_is(text: str) -> bool:
    """The message drops the change by keeping the item as it is ("ah non tant pis, je garde la bleue", "nee, lass
    mal, ich behalte doch den blauen"): a refusal, and every thing it names kept."""
    return declines(text) and only_keeps(text)


def _names_the_method_asked(topic: Mapping[str, Any], text: str) -> bool:
    """"which method should pay the difference?" answered with a method, a "no" before it included ("no, not the
    gift card, the paypal", "nein, nicht PayPal, auf die Geschenkkarte"): an answer, never the request dropped."""
    asked = (topic.get("slots") or {}).get(ASKED_SLOT) or {}
    return (asked.get("slot") in METHOD_SLOTS and names_payment(text, same_alone=True)
            and not takes_back_after_the_method(text))


def declines_open_question(state: ConversationState) -> bool:
    """A request in progress asked a question, and the customer drops the request instead of answering."""
    if not state.get("topic") or state.get("pending") or answers_open_question(state):
        return False
    return declines((state.get("incoming") or {}).get("text", ""))


def let_go_line(order_id: object = None) -> Reply:
    """Nothing changed, said with the order the request was about (it stays the order in discussion: "what's the
    status of the order?" next means it, withdraw23), and "anything else?"."""
    if order_id:
        return Reply(key="not_confirmed_order", facts={"order_id": str(order_id)})
    return Reply(key="not_confirmed", facts={})


async def drop_topic(state: ConversationState) -> dict[str, Any]:
    """The request in progress is dropped: nothing was changed, and the customer is told so."""
    pending = state.get("pending") or {}
    order_ids = ((state.get("topic") or {}).get("slots") or {}).get("order_ids") or []
    order_id = (pending.get("arguments") or {}).get("order_id") or (order_ids[0] if len(order_ids) == 1 else None)
    return {"topic": None, "pending": None, "outbox": [let_go_line(order_id)]}
