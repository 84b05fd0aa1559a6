"""The customer's next message after a question with known candidates (which order, which item, which new option,
which payment method) is read against those candidates first (`grounding/candidates.py`), whatever the model
understood: "the second one", "la moins chère", "die mit der Digitalkamera", "la que termina en 9182" answer the
question, and the request goes on with the candidate chosen. Words that still fit several orders keep the request
and ask again naming only those; words that fit none leave the turn as the model read it (a new request, a
question in between).

`order_from_list` reads the state's `offered`: the order list just written, as a question record with its
candidates' content, for the next turn only. It is not `shown_list` (grounding/shown_lists.py, which says why)."""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.candidates import candidates_of, read_answer, words_of
from assistant.grounding.item_changes import asks_for_return, asks_for_swap, cancels, names_options
from assistant.grounding.items_acted_on import items_acted_on, lists_items
from assistant.grounding.method_then_take_back import takes_back_after_the_method
from assistant.grounding.option_questions import option_question
from assistant.grounding.other_items import with_other_items
from assistant.grounding.payments import without_ruled_out
from assistant.grounding.relative_items import by_relative_size
from assistant.grounding.relative_sizes import size_step
from assistant.models.contracts import Intent, TurnIntent
from assistant.state import Pending, Topic
from assistant.steps.question_candidates import ASKED_SLOT, FITTING_SLOT, METHOD_SLOTS, REQUEST_TEXT_SLOT

# An answer to "which one?" is short; a longer message is read against the candidates only when the model also
# read it as an answer, or as the request in progress.
MAX_ANSWER_WORDS = 12
ANSWER_INTENTS = {Intent.PROVIDE_DETAILS, Intent.AFFIRM}
# Candidates chosen for these go in the turn's slots (a list for ids); others in the topic's slots.
TURN_SLOTS = {"order_ids", "item_ids", "cancel_reason"}
LIST_SLOTS = {"order_ids", "item_ids"}


def _reads_as_answer(text: str, intent: TurnIntent, topic: Topic) -> bool:
    return (len(text.split()) <= MAX_ANSWER_WORDS or intent.intent in ANSWER_INTENTS
            or intent.intent.value == topic.get("intent"))


def _values_said(text: str, record: dict[str, Any]) -> bool:
    """A number the candidates have as an option value ("in 9 statt 8" for a size 9), or a value written with
    digits in it ("la A5", "die 100ml")."""
    values = {word for c in record.get("candidates", []) for word in words_of(c.get("words", ""))}
    with_digits = {word for word in words_of(text) if any(ch.isdigit() for ch in word)}
    return bool((set(re.findall(r"\d+(?:[.,]\d+)?", text)) | with_digits) & values)


def answer_to_question(text: str, intent: TurnIntent, topic: Topic | None, pending: Pending | None
                       ) -> tuple[TurnIntent, Topic | None]:
    """The turn's intent and, when the message answers the question, the topic with the answer in it (None when the
    topic is unchanged)."""
    slots: dict[str, Any] = dict((topic or {}).get("slots") or {})
    record = slots.get(ASKED_SLOT)
    if pending or topic is None or not record:
        return intent, None
    answered = {"intent": Intent.PROVIDE_DETAILS, "confidence": 1.0}
    if record.get("by_options") and names_options(text) and option_question(text, names_options):
        # "which of those is the cheapest?" to "which would you like?": a question, answered by the request (with
        # the candidates kept), never the cheapest chosen (fresh18 F3); also a long one naming a value ("la grise,
        # mais dis-moi d'abord si elle est en maille ou en tissu", fresh20 A1: read as a product search)
        return intent.model_copy(update=answered), None
    if not _reads_as_answer(text, intent, topic):
        return intent, None
    if record.get("slot") in METHOD_SLOTS and takes_back_after_the_method(text):
        return intent, None  # "paypal... no wait, I don't want to change it anymore": no answer (attack24 A24-1)
    # "non, pas la carte cadeau, mon paypal" to "which method?": the method ruled out is no answer
    said = without_ruled_out(text) if record.get("slot") in METHOD_SLOTS else text
    reading = read_answer(said, candidates_of(record.get("candidates", [])))
    if record.get("by_options") and option_question(text, names_options):
        return intent.model_copy(update=answered), None
    unchosen = reading.chosen is None or not record.get("choose", True)
    if unchosen and record.get("by_options") and (reading.said or names_options(text) or size_step(text)
                                                  or _values_said(text, record)):
        # the new option said in words: the request grounds it in the product ("in 9 statt 8")
        slots.pop(ASKED_SLOT)
        return intent.model_copy(update=answered), {**topic, "slots": slots}
    if not reading.said and record.get("about") and read_answer(text, candidates_of([record["about"]])).said:
        # "the one w the garden hose, pretty sure it hasnt shipped" to "why cancel order #W…?": that very order
        return intent.model_copy(update={**answered, "slots": intent.slots.model_copy(
            update={"order_ids": [record["about"]["key"]]})}), None
    if record.get("slot") == "item_ids" and (listed := _items_listed(text, record)):
        # "Hiking Boots und Smart Watch", "both" to "which items?": every item the answer names
        slots.pop(ASKED_SLOT)
        return intent.model_copy(update={**answered, "slots": intent.slots.model_copy(
            update={"item_ids": listed})}), {**topic, "slots": slots}
    if record.get("slot") == "item_ids" and not reading.chosen and (apart := _told_apart_by_size(text, record)):
        # "the bigger of the two", "le plus grand des deux" to "which items?": the one of two alike its size says
        slots.pop(ASKED_SLOT)
        return intent.model_copy(update={**answered, "slots": intent.slots.model_copy(
            update={"item_ids": [apart]})}), {**topic, "slots": slots}
    if not reading.said or (reading.chosen is None and record.get("slot") != "order_ids"):
        return intent, None  # several items or methods still fit: the request asks again, as it does for words
    if reading.chosen is None:  # several orders still fit: asked again, naming only them
        slots[FITTING_SLOT] = reading.fitting
        turn = intent.slots.model_copy(update={"order_ids": []})
    elif record["slot"] in TURN_SLOTS:
        slots.pop(ASKED_SLOT)
        if record.get("text"):
            # an answer that names the order by what it holds names no item to act on ("the one with the bookshelf");
            # one by its place or number may ("das Parfüm aus der zweiten Lieferung")
            said_apart = "" if "words" in reading.by else f" . {text}"
            slots[REQUEST_TEXT_SLOT] = record["text"] + said_apart
        value = [reading.chosen] if record["slot"] in LIST_SLOTS else reading.chosen
        turn = intent.slots.model_copy(update={record["slot"]: value})
    else:
        slots.pop(ASKED_SLOT)
        slots[record["slot"]] = reading.chosen
        turn = intent.slots
    return intent.model_copy(update={**answered, "slots": turn}), {**topic, "slots": slots}


def _told_apart_by_size(text: str, record: dict[str, Any]) -> str | None:
    """The one item an answer to "which items?" picks by its size relative to the others of its product ("the
    bigger of the two", "el más pequeño"), when only one product of the list is held more than once; None else."""
    listed = candidates_of(record.get("candidates", []))
    names = [c.names[0] if c.names else c.key for c in listed]
    alike = [[c for c, n in zip(listed, names, strict=True) if n == name] for name in dict.fromkeys(names)]
    several = [group for group in alike if len(group) > 1]
    if len(several) != 1:
        return None
    items = [{"item_id": c.key, "options": {"size": c.size}} for c in several[0]]
    picked = by_relative_size(text, items, choosing=True)
    return str(picked[0]["item_id"]) if len(picked) == 1 else None


def _items_listed(text: str, record: dict[str, Any]) -> list[str]:
    """The items an answer to "which items?" lists ("the boots and the watch", "beide"), when it names more than
    one; [] otherwise (one item is read as any other answer)."""
    items = [{"item_id": c["key"], "name": (c.get("names") or [""])[0], "options": {}}
             for c in record.get("candidates", [])]
    named = items_acted_on(text, items) if lists_items(text) else []
    named = with_other_items(text, items, named)
    return named if len(set(named)) > 1 else []


ORDER_REQUESTS = {Intent.CANCEL_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM, Intent.MODIFY_ORDER,
                  Intent.ORDER_STATUS}


def order_from_list(text: str, intent: TurnIntent, offered: dict[str, Any] | None) -> TurnIntent:
    """After a list of the customer's orders, a request that points into it ("cancel the second one pls", "annulez
    la dernière, elle est pas encore partie") is about the order it points at. The request is the model's, or the
    words' own when the model read something else (a cancellation or a return said in words)."""
    if not offered or intent.slots.order_ids:
        return intent
    request = intent.intent if intent.intent in ORDER_REQUESTS else (
        Intent.CANCEL_ORDER if cancels(text) else Intent.RETURN_ITEM if asks_for_return(text)
        else Intent.EXCHANGE_ITEM if asks_for_swap(text) else None)
    if request is None:
        return intent
    reading = read_answer(text, candidates_of(offered.get("candidates", [])))
    if reading.chosen is None:
        return intent
    slots = intent.slots.model_copy(update={"order_ids": [reading.chosen]})
    return intent.model_copy(update={"intent": request, "confidence": max(intent.confidence, 0.9), "slots": slots})
