"""Answers to a question with known candidates, read against those candidates (assistant/grounding/candidates.py)."""

from __future__ import annotations

import pytest

from assistant.grounding.candidates import Candidate, read_answer
from assistant.steps.question_candidates import payment_candidates

ORDERS = [
    Candidate(key="#W5694685", names=["Tea Kettle"], words="glass 1 liter gas", number="5694685", price_cents=9825,
              status="pending"),
    Candidate(key="#W9651773", names=["Digital Camera"], words="20MP 5x CF card", number="9651773",
              price_cents=328031, status="pending"),
    Candidate(key="#W6689278", names=["Electric Kettle"], words="1L plastic white", number="6689278",
              price_cents=16446, status="processed"),
]
METHODS = payment_candidates([
    {"id": "paypal_1", "source": "paypal"},
    {"id": "credit_card_1", "source": "credit_card", "brand": "visa", "last_four": "9182"},
    {"id": "gift_card_1", "source": "gift_card", "balance": 56},
])


@pytest.mark.parametrize(("text", "chosen"), [
    ("the second one", "#W9651773"), ("la dernière", "#W6689278"), ("el de arriba", "#W5694685"),
    ("die erste", "#W5694685"), ("la deuxième commande", "#W9651773"), ("el último", "#W6689278"),
    ("the one ending in 773", "#W9651773"), ("9651773", "#W9651773"),
    ("die mit der Digitalkamera", "#W9651773"), ("la cámara", "#W9651773"), ("el eléctrico", "#W6689278"),
    ("la moins chère", "#W5694685"), ("die teurere", "#W9651773"), ("the cheapest kettle", "#W5694685"),
    ("the one that's already shipped", "#W6689278"),
])
def test_one_order_is_chosen(text: str, chosen: str) -> None:
    assert read_answer(text, ORDERS).chosen == chosen


@pytest.mark.parametrize("text", ["the kettle one", "el del hervidor", "die mit dem Kessel"])
def test_words_that_fit_several_keep_them_all(text: str) -> None:
    reading = read_answer(text, ORDERS)
    assert reading.said and reading.chosen is None
    assert set(reading.fitting) == {"#W5694685", "#W6689278"}


@pytest.mark.parametrize("text", ["yes", "oui", "ja", "sí", "what's your return policy", ""])
def test_words_about_none_say_nothing(text: str) -> None:
    assert read_answer(text, ORDERS) == read_answer("", [])


@pytest.mark.parametrize(("text", "chosen"), [
    ("the second one", "credit_card_1"), ("la que termina en 9182", "credit_card_1"), ("die Visa", "credit_card_1"),
    ("la carte cadeau", "gift_card_1"), ("paypal", "paypal_1"), ("die letzte", "gift_card_1"),
    ("aufs Guthaben", "gift_card_1"), ("la visa", "credit_card_1"),
])
def test_payment_methods_by_place_digits_and_kind(text: str, chosen: str) -> None:
    assert read_answer(text, METHODS).chosen == chosen


def test_a_place_beyond_the_list_chooses_nothing() -> None:
    assert read_answer("the fourth one", METHODS).chosen is None


TEES = [
    Candidate(key="#W6247578", names=["T-Shirt"], words="black XXL cotton crew neck", number="6247578",
              status="pending"),
    Candidate(key="#W4776164", names=["T-Shirt", "Espresso Machine"], words="blue S cotton v-neck 9 bar 1L automatic",
              number="4776164", status="pending"),
]


@pytest.mark.parametrize("text", ["das schwarze", "la negra", "the black one", "le noir", "die Schwarze bitte"])
def test_orders_told_apart_by_a_colour_word_of_any_language(text: str) -> None:
    assert read_answer(text, TEES).chosen == "#W6247578"


def test_a_colour_wished_for_does_not_name_the_item_that_has_it() -> None:
    items = [Candidate(key="mouse", names=["Gaming Mouse"], words="white optical wired"),
             Candidate(key="fleece", names=["Fleece Jacket"], words="L black full")]
    assert read_answer("die maus, hätte sie lieber in schwarz", items).chosen == "mouse"
