"""A write read beside identity details with no word of any write is the question it is (guest11, class 2)."""

from __future__ import annotations

import pytest

from assistant.grounding.unworded_writes import says_a_write, unworded_write_reading
from assistant.models.contracts import Intent, TurnIntent, TurnSlots

QUESTIONS = [
    "fatima.nguyen1348@example.com commande #W8808563 cp 43230, ou en est-elle",
    "commande #W1436802 cp 32273 ça avance ?",
    "order #W6015009 zip 28212, any update?",
    "sofia.kovacs4505@example.com #W9869592 19049 ist mein paket schon unterwegs?",
    "pedido #W5353646 cp 80218, ¿cuándo llega?",
]
REQUESTS = [
    "cancel #W1234567",
    "order #W1234567, I don't need it anymore",
    "pedido #W1234567, lo quiero en rojo",
    "Bestellung #W1234567 zurückschicken, PLZ 10115",
    "commande #W1234567 : changez l'adresse de livraison",
    "my package #W1234567 arrived damaged",
    "#W1234567 send it to 12 Pine Road, Austin, TX 78701",
    "I moved, my new zip is 78701",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_status_question_beside_details_says_no_write(text: str) -> None:
    assert not says_a_write(text)


@pytest.mark.parametrize("text", REQUESTS)
def test_the_words_of_a_write_are_read(text: str) -> None:
    assert says_a_write(text)


def _read(intent: Intent, text: str, *, in_progress: bool = False, **slots: object) -> TurnIntent:
    decided = TurnIntent(intent=intent, confidence=0.4, slots=TurnSlots(cancel_reason="no longer needed", **slots))
    return unworded_write_reading(text, decided, write_in_progress=in_progress)


@pytest.mark.parametrize("intent", [Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM,
                                    Intent.EXCHANGE_ITEM, Intent.CHANGE_DEFAULT_ADDRESS])
def test_a_write_with_no_word_of_it_asks_the_named_orders_status(intent: Intent) -> None:
    read = _read(intent, QUESTIONS[0], order_ids=["#W8808563"], email="fatima.nguyen1348@example.com")
    assert read.intent is Intent.ORDER_STATUS
    assert read.slots.order_ids == ["#W8808563"] and read.slots.cancel_reason is None


def test_identity_details_alone_are_identity() -> None:
    read = _read(Intent.CANCEL_ORDER, "ivan.kim@example.com 10093", email="ivan.kim@example.com", zip_code="10093")
    assert read.intent is Intent.PROVIDE_DETAILS


def test_a_write_said_in_words_keeps_its_reading() -> None:
    assert _read(Intent.CANCEL_ORDER, REQUESTS[0], order_ids=["#W1234567"]).intent is Intent.CANCEL_ORDER


def test_an_order_number_answering_a_write_in_progress_keeps_its_reading() -> None:
    read = _read(Intent.CANCEL_ORDER, "#W1234567", in_progress=True, order_ids=["#W1234567"])
    assert read.intent is Intent.CANCEL_ORDER


def test_a_message_with_neither_an_order_nor_details_keeps_its_reading() -> None:
    assert _read(Intent.RETURN_ITEM, "hmm not sure").intent is Intent.RETURN_ITEM


def test_a_write_without_identity_details_keeps_its_reading() -> None:
    # "cancelo" and "devuelven" are forms of write words, and without details the reader's reading stands anyway
    text = "¿cuánto me devuelven si cancelo el pedido con el reloj inteligente?"
    assert says_a_write(text)
    assert _read(Intent.CANCEL_ORDER, "camisetas para mi chavala").intent is Intent.CANCEL_ORDER
