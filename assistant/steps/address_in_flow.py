"""A new shipping address said anywhere in a pending order's item-change flow, never dropped in silence (fresh18 F1,
attack18 A18-2, A18-3): an item change closes a pending order to any later change, so the address goes first, under
the same yes (`Pending.first`, `yes_with_address`).

- The two writes answered "only the address, not the item change": the address change alone proposed.
- A new item-change proposal made this turn (the method answered, the item changed inside the two-write proposal):
  the address said with it, or the one already proposed first, kept in front of it.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from assistant.consent import explicit_answer
from assistant.grounding.address_words import keeps_the_address_only, names_the_address, without_address_only
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import order_numbers
from assistant.state import ConversationState, Pending, QueuedRequest, Reply
from assistant.steps.addresses import describe_address, read_addresses
from assistant.steps.order_changes import SWAP_ITEMS_SLOT
from assistant.steps.proposal_questions import WITH_FIRST, question_with_first

ITEM_CHANGE = "modify_pending_order_items"
ADDRESS_CHANGE = "modify_pending_order_address"
YES_NO = ["Yes", "No"]


def address_change(order_id: str, address: dict[str, str]) -> Pending:
    """The proposal of a pending order's new shipping address, with the question its yes answers."""
    facts = {"order_id": order_id, "what": "shipping address", "new_value": describe_address(address)}
    return {"action_id": uuid.uuid4().hex, "tool": "modify_pending_order_address",
            "arguments": {"order_id": order_id, **address}, "ticket": None, "reply_key": "modified",
            "reply_facts": facts, "question": Reply(key="confirm_modify", facts=facts, quick_replies=YES_NO)}


def of_another_order(text: str, order_id: str) -> bool:
    """The words name an order other than `order_id` ("… and change the address of #W2 to …"): an address said in
    them may be that order's, never put in front of this one's item change."""
    return any(digits not in order_id for digits in order_numbers(text))


def keeps_address_only(text: str, pending: Pending | None) -> bool:
    """A reply to the two writes (a new address, then an item change) that keeps the address alone."""
    return bool(pending and pending.get("first")) and keeps_the_address_only(text)


# words that take a part out of a yes ("only", "not", "except"): never a yes to both
_LIMITING = frozenset({"only", "just", "not", "except", "but", "without", "no", "don't", "dont", "nur", "bloß",
                       "bloss", "nicht", "ohne", "außer", "ausser", "aber", "seulement", "juste", "uniquement", "pas",
                       "sans", "sauf", "mais", "solo", "sólo", "solamente", "únicamente", "unicamente", "sin",
                       "excepto", "pero", "schon", "keep", "garde", "gardez", "quedo", "behalte", "lass", "lasst"})
# "correcto, confirma todo", "oui, tout", "ja, alles": every change proposed
_EVERYTHING = frozenset({"all", "everything", "tout", "todo", "alles"})
_NOTHING_ELSE = re.compile(r"\b(?:nothing else|rien d'autre|rien de plus|nada mas|nada más|sonst nichts|nichts anderes|"
                           r"nichts weiter)\b")
# words around "both" in a yes to the two writes: "ja zu beidem", "sí a las dos cosas", "oui pour les deux"
_AROUND_BOTH = frozenset({"to", "for", "on", "with", "the", "a", "à", "pour", "para", "con", "zu", "für", "fur", "mit",
                          "please", "pls", "svp", "stp", "bitte", "porfa", "por", "favor"})


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def yes_to_both_changes(text: str, pending: Pending | None) -> bool:
    """A yes to the two writes that says "both" or "all" ("yes to both", "ja zu beidem", "correcto, confirma todo"),
    opening with the yes or saying nothing else, and with no word that takes a part out ("only", "not", "keep"): a
    yes to the whole proposal."""
    both = lexicon().patterns["both_words"]
    words = _words(text)
    if not (pending and pending.get("first")) or not (both.search(text) or _EVERYTHING & set(words)):
        return False
    if _LIMITING & set(words):
        return False  # "yes, both but not the colour", "ja, beides, nur nicht …": a part taken out
    rest = [word for word in _words(both.sub(" ", text.lower()))
            if word not in _AROUND_BOTH and word not in _EVERYTHING]
    # "yes to both the color and the new address", "ja, beides bitte so erledigen": a yes first, "both" said
    return bool(rest) and (explicit_answer(" ".join(rest), tool=pending.get("tool")) == "yes"
                           or explicit_answer(rest[0], tool=pending.get("tool")) == "yes")


def names_both_parts(text: str, pending: Pending | None) -> bool:
    """A reply to the two writes that speaks of the address (its word or its street) beside the item change and takes
    no part out ("oui, la bouilloire induction et la nouvelle adresse", "ja, roter Lautsprecher und Virginia Ave")."""
    first = ((pending or {}).get("first") or {}).get("arguments") or {}
    if not first or _LIMITING & set(_words(text)):
        return False
    street = str(first.get("address1") or "").lower()
    name = " ".join(street.split()[1:2])  # "1020 Virginia Ave" → "virginia"
    return names_the_address(text) or bool(name) and name in text.lower()


def yes_to_the_address_alone(text: str, pending: Pending | None) -> bool:
    """"yes, only the address" to the address change proposed alone: a yes to that very proposal."""
    if not pending or pending.get("tool") != ADDRESS_CHANGE or not keeps_the_address_only(text):
        return False
    # "oui pour l'adresse", "ja zur Adresse": the yes is inside the words that keep the address
    kept = _NOTHING_ELSE.sub(" ", without_address_only(text))  # "oui juste l'adresse, rien d'autre"
    rest = [word for word in _words(kept) if word not in _AROUND_BOTH] or (
        _words(text)[:1])
    return bool(rest) and explicit_answer(" ".join(rest), tool=ADDRESS_CHANGE) == "yes"


def address_alone(pending: Pending) -> dict[str, Any]:
    """The turn's result: the address change alone proposed (nothing written); the item change dropped, said."""
    arguments = dict((pending.get("first") or {}).get("arguments") or {})
    order_id = str(arguments.pop("order_id", ""))
    alone = address_change(order_id, {field: str(value) for field, value in arguments.items()})
    question = alone.get("question") or Reply(key="proposal_again", facts={})
    # the item change is let go with its request ("only the address" said again must never bring it back)
    return {"pending": alone, "topic": None, "outbox": [Reply(key="address_only_then", facts={}), question]}


def _new_item_change(before: Pending | None, after: Pending | None) -> bool:
    return bool(after and after.get("tool") == ITEM_CHANGE and not after.get("first")
                and (after.get("question") or {}).get("key") in WITH_FIRST
                and (not before or after.get("action_id") != before.get("action_id")))


def _first_for(state: ConversationState, after: Pending) -> Pending | None:
    """The address to write ahead of a new item change: one whole address said this turn, else the one the previous
    proposal of the same order wrote first."""
    order_id = str((after.get("arguments") or {}).get("order_id") or "")
    text = (state.get("incoming") or {}).get("text", "")
    if of_another_order(text, order_id):
        return None
    said = read_addresses(text, "USA")
    if len(said) == 1:
        return address_change(order_id, said[0][0])
    before = state.get("pending") or {}
    first = before.get("first")
    if first and (first.get("arguments") or {}).get("order_id") == order_id:
        return {**first, "action_id": uuid.uuid4().hex}
    return None


def _queued_address(state: ConversationState, order_id: str) -> tuple[Pending, list[QueuedRequest]] | None:
    """A request queued behind the item change that only sends the order to one whole address ("change the jacket
    to L and ship it to 12 Oak Lane, …", said in this message or one before while the item change asked its options):
    it would come after the item change has closed the order, so it goes first; the queue without it."""
    queued = list(state.get("queued") or [])
    for n, request in enumerate(queued):
        said = read_addresses(request["text"], "USA")
        if len(said) == 1 and not of_another_order(request["text"], order_id):
            return address_change(order_id, said[0][0]), queued[:n] + queued[n + 1 :]
    return None


def address_waits(state: ConversationState, order_id: str) -> bool:
    """A new address of `order_id` waits in the queue, to go in front of its next item change."""
    return _queued_address(state, order_id) is not None


def keep_the_address(state: ConversationState, update: dict[str, Any]) -> dict[str, Any]:
    """A step's update with the address kept in front of a new item-change proposal (the proposal's question
    replaced by the one naming both); the update as it was otherwise."""
    after: Pending | None = update.get("pending")
    if after is None and "pending" in update:
        return _address_queued_while_asked(state, update)
    if after is None or not _new_item_change(state.get("pending"), after):
        return update
    order_id = str((after.get("arguments") or {}).get("order_id") or "")
    first, rest = _first_for(state, after), None
    if first is None and (queued := _queued_address(state, order_id)):
        first, rest = queued
    if first is None:
        return update
    both: Pending = {**after, "first": first}
    question = after.get("question")
    outbox = [question_with_first(both) if reply == question else reply for reply in update.get("outbox") or []]
    return {**update, "pending": both, "outbox": outbox, **({"queued": rest} if rest is not None else {})}


def _address_queued_while_asked(state: ConversationState, update: dict[str, Any]) -> dict[str, Any]:
    """A question of the same swap replacing the two writes ("a different colour instead": the colour asked again,
    mind20 A19-4): the address they wrote first waits in the queue, and goes in front of the next proposal
    (`_queued_address`); the update as it was otherwise."""
    before = state.get("pending") or {}
    first = before.get("first") or {}
    topic = update.get("topic") or {}
    if before.get("tool") != ITEM_CHANGE or not first or not (topic.get("slots") or {}).get(SWAP_ITEMS_SLOT):
        return update
    arguments = {field: str(value) for field, value in (first.get("arguments") or {}).items()}
    order_id = arguments.pop("order_id", "")
    words = f"ship order {order_id} to {describe_address(arguments)}"  # read back by `_queued_address`
    message_id = str((state.get("incoming") or {}).get("message_id") or uuid.uuid4().hex)
    queued: list[QueuedRequest] = [*(state.get("queued") or []),
                                   {"text": words, "message_id": message_id, "noted": True}]
    return {**update, "queued": queued}
