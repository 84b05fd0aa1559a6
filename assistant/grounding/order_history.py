"""Questions about what happened to the customer's orders (`prompts/order_history_questions.vN.yaml`): was a
cancelled order refunded ("did I get my money back for the one I cancelled?"), how many orders have not arrived or
are still open ("hab ich noch was offen?"), and a delivered parcel the customer cannot find ("no lo encuentro").
Questions only: none of them asks for a write or reports a damage."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.complaint_cues import complaint_cues
from assistant.grounding.lexicon import PROMPTS, lexicon, phrase_pattern
from assistant.grounding.order_fact_words import asks_for_the_address
from assistant.grounding.orders import orders_named
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.models.prompts import PromptLibrary

_CLAUSE = re.compile(r"[.;!¡]")


class OrderHistoryWords(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    refund_words: list[str]
    cancelled_words: list[str]
    count_asks: list[str]
    not_yet_words: list[str]
    still_open: list[str]
    cannot_find: list[str]
    arrival_asked: list[str]
    parcel_words: list[str]

    @cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        return {name: phrase_pattern(getattr(self, name)) for name in
                ("refund_words", "cancelled_words", "count_asks", "not_yet_words", "still_open", "cannot_find",
                 "arrival_asked", "parcel_words")}


@lru_cache(maxsize=1)
def order_history_words() -> OrderHistoryWords:
    return OrderHistoryWords.model_validate(PromptLibrary(PROMPTS).get("order_history_questions").data())


def _asked(text: str) -> bool:
    return "?" in text or "¿" in text


def asks_refund_of_cancelled(text: str) -> bool:
    """A question whether a cancelled order's money came back ("was the refund for the cancelled one sent?")."""
    found = order_history_words().patterns
    return _asked(text) and any(found["refund_words"].search(clause) and found["cancelled_words"].search(clause)
                                for clause in [text, *_CLAUSE.split(text)])


def _reports_a_problem(text: str) -> bool:
    """A damage, a mismatch or trouble with something ("is anything still open? the mug arrived broken")."""
    said, cues = fold(text), complaint_cues()
    return any(pattern.search(said) for pattern in (cues.damage, cues.mismatch, cues.trouble))


def asks_for_open_orders(text: str) -> bool:
    """"how many of my orders haven't arrived yet?", "est-ce qu'il me reste une commande en cours ?", "hab ich noch
    was offen?": the orders still on their way, counted and named. A complaint keeps its own reading, and so does a
    question where an open order ships ("an welche Adresse wird meine offene Bestellung geliefert?")."""
    found = order_history_words().patterns
    if not _asked(text) or _reports_a_problem(text) or asks_for_the_address(text):
        return False
    if found["still_open"].search(text):
        return True
    return bool(found["count_asks"].search(text) and found["not_yet_words"].search(text))


def cannot_find_it(text: str) -> bool:
    """The customer says the parcel is nowhere to be found ("can't find it", "je le trouve nulle part")."""
    return order_history_words().patterns["cannot_find"].search(text) is not None


def asks_whether_it_arrived(text: str) -> bool:
    """Whether something already arrived or left, asked in a past tense ("was the hose actually delivered?")."""
    return _asked(text) and order_history_words().patterns["arrival_asked"].search(text) is not None


def asks_where_the_parcel_is(text: str) -> bool:
    """"where's my package?", "où est mon colis ?", "¿dónde está mi paquete?", "wo ist mein Paket?"."""
    return (order_history_words().patterns["parcel_words"].search(text) is not None
            and lexicon().patterns["status_questions"].search(text) is not None)


# Readings such a question is misread as: a write (the refund word as a return, the cancelled word as a
# cancellation), a complaint, shopping, or no request. A yes, a no, a person asked for keep theirs.
MISREAD = frozenset({Intent.CANCEL_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM, Intent.MODIFY_ORDER,
                     Intent.REPORT_PROBLEM, Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.OUT_OF_SCOPE,
                     Intent.GREET, Intent.THANKS_BYE, Intent.PROVIDE_DETAILS, Intent.ORDER_STATUS})


def history_question_reading(text: str, decided: TurnIntent, write_waiting: bool) -> TurnIntent:
    """`decided`, or an order question when the words ask what happened to the orders (a refund of a cancelled
    one, the orders still open); never while a write waits for its yes (its own questions are answered there)."""
    if write_waiting or decided.intent not in MISREAD:
        return decided
    if not (asks_refund_of_cancelled(text) or asks_for_open_orders(text)):
        return decided
    slots = TurnSlots(order_ids=orders_named(text) or decided.slots.order_ids)
    return decided.model_copy(update={"intent": Intent.ORDER_STATUS, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})
