"""A request to cancel an order, read in code for every backend (issue 21): Qwen2.5 1.5B through vLLM read "I need
to cancel order #W5442520, I'll be travelling when it arrives" and "please cancel order #W3942868 and refund me"
as greetings, and the reason given when asked for one ("I no longer need it") as another, so the order was never
cancelled. Only a turn read as no request (a greeting, thanks, out of scope) is read again here:

- words that cancel (the lexicon's `cancel_words`, en/fr/es/de), not taken back by a negation a few words before,
  said of an order (its number, an order word, or a reason to cancel) make the turn a cancellation;
- while a cancellation is in progress, an order number or a reason to cancel answers it.

The order numbers the words give fill the slots. The reason to cancel, an argument of the write, is the one this
turn's words give, for every reading: a model guessed one in nearly every turn ("ordered by mistake" for an order
"found for half the price"), which skipped the question and would have been written as the customer's."""

from __future__ import annotations

from assistant.grounding.item_changes import names_options
from assistant.grounding.lexicon import lexicon
from assistant.grounding.negations import unnegated
from assistant.grounding.orders import ORDER_NUMBER, orders_named
from assistant.grounding.reasons import read_cancel_reason
from assistant.models.contracts import Intent, TurnIntent

NO_REQUEST = frozenset({Intent.GREET, Intent.THANKS_BYE, Intent.OUT_OF_SCOPE})
# Another order write read where the words only cancel ("quiero anular el #W…" read as a return): the words win.
OTHER_WRITES = frozenset({Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM, Intent.MODIFY_ORDER})
OTHER_ACTION_WORDS = ("return_words", "exchange_verbs", "change_verbs")


def asks_to_cancel_an_order(text: str) -> bool:
    words = lexicon().patterns
    said_of_an_order = (ORDER_NUMBER.search(text) or words["order_words"].search(text)
                        or read_cancel_reason(text))
    return bool(unnegated(text, words["cancel_words"])) and bool(said_of_an_order)


def only_cancels(text: str) -> bool:
    """The words ask to cancel an order and name no other action on it (no return, exchange or change words)."""
    words = lexicon().patterns
    return asks_to_cancel_an_order(text) and not any(words[table].search(text) for table in OTHER_ACTION_WORDS)


def option_wish_read_as_cancel(text: str, decided: TurnIntent) -> bool:
    """A cancellation read where the words say none: no cancel word, no reason to cancel, and an option value named
    ("kann der Lautsprecher in W3189752 in blau sein?", desk28's finding: read as cancelling the whole order, which
    the next "ja" wrote). It is an item change asked, never a cancellation."""
    return (decided.intent is Intent.CANCEL_ORDER and not lexicon().patterns["cancel_words"].search(text)
            and read_cancel_reason(text) is None and names_options(text))


def answers_a_cancellation(text: str) -> bool:
    return bool(ORDER_NUMBER.search(text) or read_cancel_reason(text))


def cancel_reading(text: str, awaiting: str | None, decided: TurnIntent) -> TurnIntent:
    """`decided` with the reason the words give, or a cancellation with the order numbers too (see the module)."""
    slots = decided.slots.model_copy(update={"cancel_reason": read_cancel_reason(text)})
    if option_wish_read_as_cancel(text, decided):
        slots = decided.slots.model_copy(update={"modification": "items", "cancel_reason": None})
        return decided.model_copy(update={"intent": Intent.MODIFY_ORDER, "slots": slots})
    misread = decided.intent in OTHER_WRITES and only_cancels(text)
    if not misread and (decided.intent not in NO_REQUEST or not (
            asks_to_cancel_an_order(text) or (awaiting == Intent.CANCEL_ORDER.value and answers_a_cancellation(text)))):
        return decided.model_copy(update={"slots": slots})
    said = orders_named(text)
    slots = slots.model_copy(update={"order_ids": said or decided.slots.order_ids})
    return decided.model_copy(update={"intent": Intent.CANCEL_ORDER, "slots": slots})
