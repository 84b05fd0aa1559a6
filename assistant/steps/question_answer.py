"""The customer's next message after a question with known candidates (which order, which item, which new option,
which payment method) is read against those candidates first (`grounding/candidates.py`), whatever the model
understood: "the second one", "la moins chère", "die mit der Digitalkamera", "la que termina en 9182" answer the
question, and the request goes on with the candidate chosen. Words that still fit several orders keep the request
and ask again naming only those; words that fit none leave the turn as the model read it (a new request, a
question in between)."""

from __future__ import annotations

from typing import Any

from assistant.grounding.candidates import candidates_of, read_answer
from assistant.models.contracts import Intent, TurnIntent
from assistant.state import Pending, Topic
from assistant.steps.question_candidates import ASKED_SLOT, FITTING_SLOT, REQUEST_TEXT_SLOT

# An answer to "which one?" is short; a longer message is read against the candidates only when the model also
# read it as an answer, or as the request in progress.
MAX_ANSWER_WORDS = 8
ANSWER_INTENTS = {Intent.PROVIDE_DETAILS, Intent.AFFIRM}
# Candidates chosen for these go in the turn's slots (a list for ids); others in the topic's slots.
TURN_SLOTS = {"order_ids", "item_ids", "cancel_reason"}
LIST_SLOTS = {"order_ids", "item_ids"}


def _reads_as_answer(text: str, intent: TurnIntent, topic: Topic) -> bool:
    return (len(text.split()) <= MAX_ANSWER_WORDS or intent.intent in ANSWER_INTENTS
            or intent.intent.value == topic.get("intent"))


def answer_to_question(text: str, intent: TurnIntent, topic: Topic | None, pending: Pending | None
                       ) -> tuple[TurnIntent, Topic | None]:
    """The turn's intent and, when the message answers the question, the topic with the answer in it (None when the
    topic is unchanged)."""
    slots: dict[str, Any] = dict((topic or {}).get("slots") or {})
    record = slots.get(ASKED_SLOT)
    if pending or topic is None or not record or not _reads_as_answer(text, intent, topic):
        return intent, None
    reading = read_answer(text, candidates_of(record.get("candidates", [])))
    if not reading.said or (reading.chosen is None and record.get("slot") != "order_ids"):
        return intent, None  # several items or methods still fit: the request asks again, as it does for words
    answered = {"intent": Intent.PROVIDE_DETAILS, "confidence": 1.0}
    if reading.chosen is None:  # several orders still fit: asked again, naming only them
        slots[FITTING_SLOT] = reading.fitting
        turn = intent.slots.model_copy(update={"order_ids": []})
    elif record["slot"] in TURN_SLOTS:
        slots.pop(ASKED_SLOT)
        if record.get("text"):
            slots[REQUEST_TEXT_SLOT] = record["text"]
        value = [reading.chosen] if record["slot"] in LIST_SLOTS else reading.chosen
        turn = intent.slots.model_copy(update={record["slot"]: value})
    else:
        slots.pop(ASKED_SLOT)
        slots[record["slot"]] = reading.chosen
        turn = intent.slots
    return intent.model_copy(update={**answered, "slots": turn}), {**topic, "slots": slots}
