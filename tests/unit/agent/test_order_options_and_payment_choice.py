"""Answering "what are my options?" by order status, and choosing the method for a swap's price difference."""

from __future__ import annotations

import pytest

from assistant.grounding.payments import describe_payment, ground_payment
from assistant.state import ConversationState
from assistant.steps.order_options import OPTIONS_SLOT, asks_for_options, options_reply
from assistant.steps.payment_choice import usable_methods
from assistant.steps.routing import turn_intent

PAYPAL = {"id": "paypal_1", "source": "paypal"}
MASTERCARD = {"id": "credit_card_2", "source": "credit_card", "brand": "mastercard", "last_four": "5859"}
VISA = {"id": "credit_card_3", "source": "credit_card", "brand": "visa", "last_four": "4242"}
GIFT_CARD = {"id": "gift_card_4", "source": "gift_card", "balance_cents": 6800}


def _turn(text: str, **extra: object) -> ConversationState:
    return {"incoming": {"text": text, **extra}}  # type: ignore[typeddict-item]


@pytest.mark.parametrize(
    "text",
    [
        "the kettle looks nothing like the pictures. What are my options?",
        "what can I do about it?",
        "Quelles sont mes options ?",
        "¿Qué opciones tengo?",
        "Welche Möglichkeiten habe ich?",
    ],
)
def test_options_questions_are_recognised(text: str) -> None:
    assert asks_for_options(_turn(text))


def test_other_requests_and_photo_turns_are_not_options_questions() -> None:
    assert not asks_for_options(_turn("I want to return the kettle"))
    # With a photo the triage answers and proposes its own remedy.
    assert not asks_for_options(_turn("what are my options?", photo={"uri": "x.jpg"}))


def test_an_options_question_stays_open_across_turns() -> None:
    state: ConversationState = {"incoming": {"text": "#W1234567"},
                                "topic": {"intent": "report_problem", "slots": {OPTIONS_SLOT: True}}}
    assert asks_for_options(state)


@pytest.mark.parametrize(
    ("status", "key"),
    [("delivered", "options_delivered"), ("pending", "options_pending"), ("processed", "options_processed"),
     ("return requested", "options_none"), ("pending (item modified)", "options_none")],
)
def test_options_follow_the_order_status(status: str, key: str) -> None:
    reply = options_reply({"order_id": "#W1", "status": status})
    assert reply["key"] == key and reply["facts"]["status"] == status


def test_a_gift_card_only_pays_what_its_balance_covers() -> None:
    methods = [PAYPAL, GIFT_CARD]
    assert usable_methods(methods, 10_000) == [PAYPAL]
    assert usable_methods(methods, 5_000) == methods
    assert usable_methods(methods, -10_000) == methods  # a refund can go to any saved method


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("paypal please", PAYPAL),
        ("use my mastercard", MASTERCARD),
        ("the card ending 4242", VISA),
        ("put it on the gift card", GIFT_CARD),
        ("credit_card_2", MASTERCARD),
        ("the card", None),  # two cards: which one is still open
        ("whatever is cheapest", None),
    ],
)
def test_the_method_the_customer_names(text: str, expected: dict | None) -> None:
    assert ground_payment(text, [PAYPAL, MASTERCARD, VISA, GIFT_CARD]).method == expected


def test_methods_are_described_without_their_ids() -> None:
    assert describe_payment(PAYPAL) == "PayPal"
    assert describe_payment(MASTERCARD) == "Mastercard ending 5859"
    assert describe_payment(GIFT_CARD) == "gift card (balance $68.00)"


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        # the account's address, named as such: a profile change even with an order discussed
        ({"incoming": {"text": "cambiar la dirección de mi cuenta"}, "topic": {"intent": "order_status"}},
         "change_default_address"),
        # an address change right after an order was discussed: that order's
        ({"incoming": {"text": "changer l'adresse"}, "transcript": [
            {"role": "assistant", "text": "La commande #D9000002 est en attente."}]}, "modify_order"),
        ({"incoming": {"text": "Adresse ändern"}, "topic": {"intent": "cancel_order"}}, "modify_order"),
        # nothing about an order: the account's
        ({"incoming": {"text": "I moved, new address please"}, "transcript": []}, "change_default_address"),
    ],
)
def test_an_address_change_goes_to_the_order_being_discussed(state: dict, expected: str) -> None:
    full = {**state, "intent": {"intent": "change_default_address", "confidence": 0.8, "slots": {}}}
    assert turn_intent(full).value == expected  # type: ignore[arg-type]
