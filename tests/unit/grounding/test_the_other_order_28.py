"""Another order meant without its number while a cancellation waits (attack27 A27-4), a "no" right after the
write it refuses (A27-3), and cancel words read as a cancellation whatever write a reader made of them."""

from __future__ import annotations

import pytest

from assistant.grounding.cancel_request import cancel_reading, only_cancels
from assistant.grounding.other_order_question import (
    means_the_other_order,
    switch_reading,
    weighs_another_order,
    weighs_unnamed_orders,
)
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.steps.no_after_write import already_written, takes_back_the_write
from assistant.steps.other_orders_named import cancellation_in_progress

PENDING = {"tool": "cancel_pending_order", "arguments": {"order_id": "#W5442520", "reason": "no longer needed"}}
DENY = TurnIntent(intent=Intent.DENY, confidence=0.9, slots=TurnSlots())


@pytest.mark.parametrize("text", [
    "hmm what if i cancelled the other order instead?",
    "et si j'annulais plutôt l'autre commande, vous en pensez quoi ?",
    "attendez, ce serait pas mieux d'annuler l'autre ?",
    "¿y si mejor cancelo el otro pedido?",
    "¿crees que me conviene más cancelar el otro?",
    "moment, wäre es nicht klüger, die andere Bestellung zu stornieren?",
    "was meinst du, soll ich lieber die andere stornieren?",
])
def test_the_other_order_weighed_is_the_one_other_pending_order(text: str) -> None:
    assert means_the_other_order(text)
    assert weighs_another_order(text, PENDING, None, ["#W7941031"]) == "#W7941031"
    assert weighs_unnamed_orders(text, PENDING, None, ["#W7941031"]) is None


def test_several_other_orders_are_named_back_and_none_is_said() -> None:
    text = "would it be better to cancel one of the other orders instead?"
    assert weighs_another_order(text, PENDING, None, ["#W1", "#W2"]) is None
    assert weighs_unnamed_orders(text, PENDING, None, ["#W1", "#W2"]) == ["#W1", "#W2"]
    assert weighs_unnamed_orders(text, PENDING, None, []) == []


@pytest.mark.parametrize("text", [
    "what if I cancel #W5442520 after all?",  # a number: read as before
    "is the other one shipped yet?",  # asks nothing weighing
    "would it be better to wait a day?",  # no other order meant
])
def test_other_words_weigh_no_unnamed_order(text: str) -> None:
    assert weighs_unnamed_orders(text, PENDING, None, ["#W1", "#W2"]) is None


@pytest.mark.parametrize("text", ["actually no, cancel the other order instead", "non, plutôt l'autre commande en fait",
                                  "mejor el otro pedido", "lieber die andere Bestellung"])
def test_a_switch_to_the_other_order_cancels_it_with_the_reason_given(text: str) -> None:
    read = switch_reading(text, DENY, PENDING, ["#W7941031"])
    assert read.intent is Intent.CANCEL_ORDER
    assert read.slots.order_ids == ["#W7941031"]
    assert read.slots.cancel_reason == "no longer needed"


def test_the_other_order_switches_nothing_when_there_is_no_other() -> None:
    read = switch_reading("actually no, cancel the other order instead", DENY, PENDING, [])
    assert read.intent is Intent.DENY


WRITTEN = {"said_last": ["cancelled"], "pending": None,
           "transcript": [{"role": "assistant", "text": "Order #W5442520 is cancelled. The refund goes back."}],
           "written_said": "Order #W5442520 is cancelled. The refund of $5.00 goes back."}


@pytest.mark.parametrize("text", ["hold on, don't do it!", "wait no, stop, I changed my mind",
                                  "non attendez, surtout pas !", "espera, ¡no lo canceles!",
                                  "halt, doch nicht stornieren!", "nein warte, lass es lieber"])
def test_a_no_right_after_the_write_is_told_it_is_made(text: str) -> None:
    state = {**WRITTEN, "incoming": {"text": text}}
    assert takes_back_the_write(state)  # type: ignore[arg-type]
    reply = already_written(state)  # type: ignore[arg-type]
    assert reply["key"] == "no_after_cancelled" and reply["facts"] == {"order_id": "#W5442520"}


@pytest.mark.parametrize("text", ["no thanks", "nein danke", "no gracias, eso es todo", "thanks!"])
def test_thanks_after_the_write_is_no_take_back(text: str) -> None:
    assert not takes_back_the_write({**WRITTEN, "incoming": {"text": text}})  # type: ignore[arg-type]


def test_a_no_with_a_proposal_open_is_no_take_back() -> None:
    state = {**WRITTEN, "pending": PENDING, "incoming": {"text": "no"}}
    assert not takes_back_the_write(state)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "cancels"), [
    ("quiero anular el #W2079779", True),
    ("storniere #W1234567", True),
    ("cancel order #W1234567 and return the lamp", False),
    ("je veux annuler le retour de #W1234567", False),
])
def test_cancel_words_alone_are_a_cancellation(text: str, cancels: bool) -> None:
    assert only_cancels(text) is cancels
    misread = TurnIntent(intent=Intent.RETURN_ITEM, confidence=0.8, slots=TurnSlots())
    read = cancel_reading(text, None, misread)
    assert (read.intent is Intent.CANCEL_ORDER) is cancels


@pytest.mark.parametrize("text", ["no, the other order", "non, l'autre commande", "no, el otro pedido",
                                  "nein, die andere Bestellung"])
def test_a_leading_no_meaning_the_other_order_switches_to_it(text: str) -> None:
    read = switch_reading(text, DENY, PENDING, ["#W7941031"])
    assert read.intent is Intent.CANCEL_ORDER and read.slots.order_ids == ["#W7941031"]


def test_a_leading_no_naming_an_order_number_is_no_switch() -> None:
    read = switch_reading("no, not #W7941031", DENY, PENDING, [])
    assert read.intent is Intent.DENY


def test_the_cancellation_asking_its_reason_is_in_progress() -> None:
    topic = {"intent": "cancel_order", "slots": {"order_ids": ["#W5442520"], "cancel_reason": None}}
    found = cancellation_in_progress({"topic": topic, "pending": None})  # type: ignore[arg-type]
    assert found == {"tool": "cancel_pending_order", "arguments": {"order_id": "#W5442520", "reason": None}}
    returning = {"topic": {"intent": "return_item", "slots": {"order_ids": ["#W1"]}}}
    assert cancellation_in_progress(returning) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["kann der Lautsprecher in W3189752 in blau sein?",
                                  "can the speaker in #W3189752 be blue?",
                                  "le haut-parleur de la W3189752 peut être bleu ?"])
def test_an_option_wish_read_as_a_cancellation_is_an_item_change(text: str) -> None:
    misread = TurnIntent(intent=Intent.CANCEL_ORDER, confidence=0.8, slots=TurnSlots())
    read = cancel_reading(text, None, misread)
    assert read.intent is Intent.MODIFY_ORDER and read.slots.modification == "items"


@pytest.mark.parametrize("text", ["cancel the blue speaker order #W3189752", "I no longer need order #W3189752"])
def test_cancel_words_or_a_reason_keep_the_cancellation(text: str) -> None:
    decided = TurnIntent(intent=Intent.CANCEL_ORDER, confidence=0.8, slots=TurnSlots())
    assert cancel_reading(text, None, decided).intent is Intent.CANCEL_ORDER
