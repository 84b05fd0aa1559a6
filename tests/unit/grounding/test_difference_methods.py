"""dialogue-classes-23 (orders12): the payment method named beside an item change or exchange is the price
difference's, and an answer to "which method should pay / receive the difference?" is read as that answer, in
en/fr/es/de: a method ruled out before it ("not the", "pas la", "nicht") or after it ("la mastercard no") is never
the one chosen; a difference settled by a method beside an item's new value asks for that item's change, never a
return nor a change of the order's payment; a size word asks no size of an option whose values are no sizes."""

from __future__ import annotations

import pytest

from assistant.grounding.item_changes import asks_for_return, asks_for_swap, settles_a_difference
from assistant.grounding.payments import ground_payment, without_ruled_out
from assistant.grounding.variants import ground_variant
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.steps.open_question import answers_open_question
from assistant.steps.order_changes import DIFFERENCE_METHOD_SLOT, PAYMENT_CHOICE_SLOT, REFUND_METHOD_SLOT
from assistant.steps.question_answer import answer_to_question
from assistant.steps.question_candidates import ASKED_SLOT, METHOD_SLOTS, asked, payment_candidates

GIFT = {"id": "gift_card_501", "source": "gift_card", "balance_cents": 6000}
PAYPAL = {"id": "paypal_502", "source": "paypal"}
VISA = {"id": "credit_card_503", "source": "credit_card", "brand": "visa", "last_four": "4410"}
MASTERCARD = {"id": "credit_card_504", "source": "credit_card", "brand": "mastercard", "last_four": "8826"}
METHODS = [GIFT, PAYPAL, VISA, MASTERCARD]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nope, not the gift card - paypal", PAYPAL),
        ("the visa, not the mastercard", VISA),
        ("non, pas la carte cadeau, plutôt la visa", VISA),
        ("surtout pas mon paypal, la mastercard", MASTERCARD),
        ("la carte cadeau non, la visa", VISA),
        ("no, la mastercard no, mejor paypal", PAYPAL),
        ("la tarjeta regalo no, a la visa", VISA),
        ("nein, nicht PayPal, auf die Geschenkkarte", GIFT),
        ("PayPal nicht, lieber die Visa", VISA),
        ("keine Geschenkkarte, die Mastercard bitte", MASTERCARD),
    ],
)
def test_a_method_ruled_out_before_or_after_it_is_never_chosen(text: str, expected: dict) -> None:
    assert ground_payment(text, METHODS).method == expected


def test_what_is_left_once_ruled_out_methods_are_blanked_names_the_method_meant() -> None:
    left = without_ruled_out("non, pas la carte cadeau, mon paypal")
    assert "cadeau" not in left and "paypal" in left and len(left) == len("non, pas la carte cadeau, mon paypal")


@pytest.mark.parametrize(
    "text",
    ["swap the kettle for the white one, the extra on my mastercard",
     "la bouilloire en blanc, le supplément sur ma carte cadeau",
     "quiero la botella de agua en rojo y el reembolso de la diferencia a la visa",
     "den Wasserkocher in Silber, den Aufpreis von der Geschenkkarte"],
)
def test_a_difference_settled_beside_an_items_new_value_asks_for_that_change(text: str) -> None:
    assert settles_a_difference(text) and asks_for_swap(text) and not asks_for_return(text)


@pytest.mark.parametrize(
    "text",
    ["en gris, y la diferencia me la cobráis en la mastercard",  # answers the change under way: no item named
     "what's the difference between the blue and the black kettle?",  # no method: a question about products
     "I want to return the kettle, refund to my paypal"],  # a return's refund, no difference
)
def test_no_new_change_without_an_item_a_method_or_a_difference(text: str) -> None:
    assert not asks_for_swap(text)


def _topic(slot: str) -> dict:
    return {"intent": Intent.EXCHANGE_ITEM.value, "slots": {
        "order_ids": ["#W1000001"], ASKED_SLOT: asked(slot, payment_candidates([GIFT, PAYPAL]))}}


@pytest.mark.parametrize("text", ["no not the gift card, the paypal", "non, pas la carte cadeau, mon paypal",
                                  "no, la tarjeta regalo no, mejor paypal", "nein, nicht die Geschenkkarte, PayPal"])
def test_an_answer_to_the_method_question_that_rules_one_out_chooses_the_other(text: str) -> None:
    said = TurnIntent(intent=Intent.DENY, confidence=0.4, slots=TurnSlots())
    intent, topic = answer_to_question(text, said, _topic(DIFFERENCE_METHOD_SLOT), None)
    assert intent.intent is Intent.PROVIDE_DETAILS and topic is not None
    assert topic["slots"][DIFFERENCE_METHOD_SLOT] == PAYPAL["id"]


@pytest.mark.parametrize("text", ["no not the gift card, the paypal", "nein, nicht PayPal, auf die Geschenkkarte"])
def test_a_no_that_names_a_method_answers_the_method_question_and_drops_nothing(text: str) -> None:
    state = {"topic": _topic(REFUND_METHOD_SLOT), "incoming": {"text": text},
             "intent": {"intent": Intent.DENY.value, "confidence": 0.4, "slots": {}}}
    assert answers_open_question(state)  # type: ignore[arg-type]
    state["incoming"] = {"text": "no, forget it"}
    assert not answers_open_question(state)  # type: ignore[arg-type]


def test_the_method_slots_are_the_order_steps_own() -> None:
    assert {DIFFERENCE_METHOD_SLOT, REFUND_METHOD_SLOT, PAYMENT_CHOICE_SLOT} == METHOD_SLOTS


MAKEUP = {"variants": [
    {"item_id": f"mk-{kit}-{tone}", "options": {"skin tone": tone, "kit size": kit, "brand": "Brand C"},
     "price_cents": 5000, "available": True}
    for kit in ("basic", "professional") for tone in ("light", "medium", "dark")]}
MAKEUP_ITEM = {"item_id": "mk-basic-light", "options": {"skin tone": "light", "kit size": "basic", "brand": "Brand C"}}


@pytest.mark.parametrize("text", ["celui pour teint moyen", "el de tono medio", "the medium skin tone one",
                                  "mit mittlerem Hautton"])
def test_a_size_word_asks_no_size_of_an_option_without_sizes(text: str) -> None:
    assert (ground_variant(MAKEUP, MAKEUP_ITEM, text).variant or {}).get("item_id") == "mk-basic-medium"
