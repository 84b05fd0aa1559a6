"""A change of mind naming another value at an item change's proposal, method question or confirmation (swap23):
the last method named after a correction wins whatever order the kinds are found in; a clause switching to another
variant before a question in the same sentence chooses it (the price asked said with the new proposal); a method named
in a sentence of its own beside a question moves the proposal."""

from __future__ import annotations

import pytest

from assistant.grounding.payments import ground_payment
from assistant.grounding.swap_questions import asks_a_price, swap_question
from assistant.steps.method_with_yes import names_only_a_method
from assistant.steps.swap_question_answers import price_with_the_switch

CARD = {"id": "credit_card_1", "source": "credit_card", "brand": "mastercard", "last_four": "5859"}
GIFT = {"id": "gift_card_2", "source": "gift_card", "balance_cents": 6800}
PAYPAL = {"id": "paypal_3", "source": "paypal"}
METHODS = [PAYPAL, CARD, GIFT]


@pytest.mark.parametrize("text", [
    "actually no, use the credit card... hmm no, paypal", "non en fait, prenez ma mastercard... euh non, paypal",
    "no, mejor con la tarjeta de crédito... bueno no, con PayPal", "nein, doch lieber Mastercard... ach nein, PayPal",
    "the gift card... no sorry, paypal", "la tarjeta regalo... no perdona, PayPal",
    "die Geschenkkarte... nein sorry, PayPal",
])
def test_the_method_named_after_a_correction_wins(text: str) -> None:
    assert ground_payment(text, METHODS).method == PAYPAL


@pytest.mark.parametrize("text", [
    "actually no, use the credit card... hmm no, paypal", "non en fait, prenez ma mastercard... euh non, paypal",
    "nein, doch lieber Mastercard... ach nein, PayPal",
])
def test_dots_are_no_words_beside_a_method(text: str) -> None:
    assert names_only_a_method(text)


def test_two_methods_without_a_correction_still_fit_both() -> None:
    assert ground_payment("paypal or the credit card", METHODS).method is None


@pytest.mark.parametrize("text", [
    "oh wait, the red one instead - is it cheaper?", "ah attendez, plutôt le rouge - il est moins cher ?",
    "ah espera, mejor la roja - ¿sale más barata?", "ach warte, lieber die rote - ist das günstiger?",
    "con PayPal... no, espera, mejor la roja, ¿cuánto cuesta?", "with paypal... no wait, the red one would be better, "
    "how much is it?", "mit PayPal... nein warte, lieber doch die rote, was kostet das?",
])
def test_a_switch_before_a_question_in_one_sentence_chooses_the_value(text: str) -> None:
    assert swap_question(text) is None


@pytest.mark.parametrize("text", [
    "is the red one dearer?", "et la rouge, elle est plus chère ?", "la rouge ou le bleu, lequel coute moins ?",
    "hmm which is cheaper actually, the black or the white one?", "mejor la roja o la negra, ¿cuál es más barata?",
])
def test_a_question_naming_values_is_still_no_choice(text: str) -> None:
    question = swap_question(text)
    assert question is not None and question.names_values


@pytest.mark.parametrize(("text", "asked"), [
    ("how much is it?", True), ("no, plutôt le blanc finalement. il coûte combien ?", True),
    ("mejor la roja, ¿cuánto cuesta?", True), ("lieber doch die rote – was kostet das?", True),
    ("ok then the red one instead pls", False), ("is it cotton?", False),
])
def test_a_price_asked_anywhere_in_the_words(text: str, asked: bool) -> None:
    assert asks_a_price(text) is asked


ITEM = {"item_id": "black", "price_cents": 5000, "options": {"color": "black", "size": "M"}}
RED = {"item_id": "red", "price_cents": 5350, "options": {"color": "red", "size": "M"}}


def test_the_price_of_the_variant_switched_to_is_said_when_asked() -> None:
    said = price_with_the_switch(ITEM, RED, "no wait, the red one instead - how much is it?", "blue", "en")
    assert said is not None and "$53.50" in said["facts"]["answers"] and "$3.50 more" in said["facts"]["answers"]


@pytest.mark.parametrize(("text", "before"), [
    ("the red one instead - how much is it?", None), ("the red one instead - how much is it?", "red"),
    ("ok then the red one instead", "blue"),
])
def test_no_price_line_without_a_switch_or_a_price_asked(text: str, before: str | None) -> None:
    assert price_with_the_switch(ITEM, RED, text, before, "en") is None


def test_a_method_ruled_out_after_another_is_no_correction_of_it() -> None:
    assert ground_payment("sur ma carte cadeau plutôt que sur la mastercard", METHODS).method == GIFT
