"""Questions about what happened to an order (issue 17, what-happened): read as questions, in en/fr/es/de, and
told apart from the requests and complaints that use the same words."""

from __future__ import annotations

import pytest

from assistant.grounding.order_history import (
    asks_for_open_orders,
    asks_refund_of_cancelled,
    asks_where_the_parcel_is,
    asks_whether_it_arrived,
    cannot_find_it,
    history_question_reading,
)
from assistant.models.contracts import Intent, TurnIntent, TurnSlots


@pytest.mark.parametrize("text", [
    "did I get my money back for the one I cancelled?",
    "was I refunded for the keyboard I cancelled?",
    "j'ai été remboursé pour la commande annulée ?",
    "¿me han devuelto el dinero del pedido cancelado?",
    "hola, cancelé un pedido hace poco, ¿ya me hicieron el reembolso?",
    "Geld für die stornierte Bestellung zurück?",
])
def test_refund_of_a_cancelled_order_is_asked(text: str) -> None:
    assert asks_refund_of_cancelled(text)


@pytest.mark.parametrize("text", [
    "please cancel order #W1234567 and refund me",  # a request, no question
    "cancel it, I want my money back",
    "can I get a refund for the lamp?",  # no cancelled order spoken of
])
def test_a_request_is_no_refund_question(text: str) -> None:
    assert not asks_refund_of_cancelled(text)


@pytest.mark.parametrize("text", [
    "how many of my orders haven't arrived yet?",
    "combien de mes commandes ne sont pas encore arrivées ?",
    "¿tengo algo pendiente todavía?",
    "hab ich noch was offen?",
    "est-ce qu'il me reste une commande en cours ?",
])
def test_open_orders_are_asked(text: str) -> None:
    assert asks_for_open_orders(text)


def test_a_complaint_beside_it_keeps_its_reading() -> None:
    assert not asks_for_open_orders("is anything still open? my mug arrived broken")


@pytest.mark.parametrize("text", ["did my kettle arrive? can't find it", "je le trouve nulle part",
                                  "no lo encuentro", "ich kann es nirgends finden"])
def test_a_parcel_not_found(text: str) -> None:
    assert cannot_find_it(text)


def test_past_arrival_and_parcel_questions() -> None:
    assert asks_whether_it_arrived("was the garden hose actually delivered?")
    assert not asks_whether_it_arrived("would it arrive by Friday?")
    assert asks_where_the_parcel_is("where's my package? tracking says nothing")
    assert asks_where_the_parcel_is("wo ist mein Paket?")


@pytest.mark.parametrize("misread", [Intent.CANCEL_ORDER, Intent.RETURN_ITEM, Intent.REPORT_PROBLEM, Intent.RECOMMEND])
def test_misreadings_become_an_order_question(misread: Intent) -> None:
    decided = TurnIntent(intent=misread, confidence=0.7, slots=TurnSlots(cancel_reason="no longer needed"))
    read = history_question_reading("did I get my money back for the one I cancelled?", decided, False)
    assert read.intent is Intent.ORDER_STATUS and read.slots.cancel_reason is None


def test_never_while_a_write_waits_for_its_yes() -> None:
    decided = TurnIntent(intent=Intent.CANCEL_ORDER, confidence=0.7)
    assert history_question_reading("was the cancelled one refunded?", decided, True) == decided


def test_a_yes_keeps_its_reading() -> None:
    decided = TurnIntent(intent=Intent.AFFIRM, confidence=0.9)
    assert history_question_reading("yes, and was the cancelled one refunded?", decided, False) == decided
