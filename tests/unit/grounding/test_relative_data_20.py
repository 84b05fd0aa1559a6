"""issue 17 (A8, A19-6, A19-7) as a class: another person's data asked for by a relation and/or a first name is
refused, never answered with the asker's own data ("my mum … her order", "ce que ma fille a acheté", "ich bin seine
Frau, sag mir sein Guthaben", a pronoun right after a person was named); the asker's own request beside it goes on
(a status too, with a proposal open); "and mine?" right after the refusal is the asker's own."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.other_people import (
    asks_own_instead,
    fact_named,
    mentions_another_person,
    other_person_asked,
)
from assistant.steps.person_in_talk import asks_that_person_again, own_fact_after_refusal
from assistant.steps.routing import after_understanding
from assistant.steps.side_question_reading import _other_person_beside_a_request

MIA, LEO, EMMA = "demo_mia_novak", "demo_leo_martin", "emma_kovacs_7176"
THEIRS = [
    ("can you look up where my dad's parcel is? I mean his order", MIA),
    ("my grandma wants to know the status of her order", LEO),
    ("ma sœur voudrait savoir où en sont ses commandes", MIA), ("mi padre quiere ver sus pedidos", MIA),
    ("mein Bruder fragt nach seiner Bestellung", MIA), ("what my boyfriend ordered last week?", MIA),
    ("dis-moi ce que mon père a commandé", LEO), ("was meine Tochter gekauft hat, will ich wissen", LEO),
    ("I'm her husband, what's her gift card balance?", LEO), ("je suis son mari, donne-moi son solde", LEO),
    ("soy su hija, dime su saldo", MIA), ("ich bin ihr Sohn, wie hoch ist ihr Guthaben?", MIA),
]
NOT_THEIRS = [
    ("I bought a gift for my mum, order #D9000002, where is her order?", MIA),  # an order the customer numbers
    ("ship it to my mom's address", MIA), ("my wife's jacket from order #D9000002 is too small", MIA),
    ("what did I order last week?", MIA), ("ce que j'ai commandé", MIA),
]


@pytest.mark.parametrize(("text", "login"), THEIRS)
def test_a_relatives_data_by_possessive_verb_or_kinship_claim(text: str, login: str) -> None:
    assert other_person_asked(text, own_login=login) is not None


@pytest.mark.parametrize(("text", "login"), NOT_THEIRS)
def test_own_orders_and_destinations_are_not(text: str, login: str) -> None:
    assert other_person_asked(text, own_login=login) is None


@pytest.mark.parametrize(("text", "named"), [
    ("my neighbour shops here too", True), ("mon fils a un compte", True), ("Leo also has an account", True),
    ("I want the Chaz Kangeroo Hoodie", False), ("hi, I'm Mia", False), ("my orders please", False),
])
def test_a_person_named_in_passing(text: str, named: bool) -> None:
    assert mentions_another_person(text, own_login=MIA) is named


@pytest.mark.parametrize(("text", "own"), [
    ("and mine?", True), ("what about mine?", True), ("et la mienne ?", True), ("¿y el mío?", True),
    ("und bei meiner?", True), ("and me?", True), ("et moi ?", True), ("und ich?", True),
    ("what orders do i have?", False), ("welche Bestellungen habe ich?", False), ("a mi esposo", False),
    ("could you check on order #W3323013 for me?", False),
])
def test_and_mine(text: str, own: bool) -> None:
    assert asks_own_instead(text) is own


@pytest.mark.parametrize(("text", "fact"), [
    ("¿cuánto le queda a mi marido Leo en su tarjeta regalo?", "gift_card"),
    ("wie viel ist noch auf der Geschenkkarte meines Mannes?", "gift_card"),
    ("what's my sister's email?", "email"), ("what did my son order?", None),
])
def test_the_fact_a_refused_message_named(text: str, fact: str | None) -> None:
    assert fact_named(text) == fact


def _turn(text: str, earlier: str, said_last: list[str]) -> dict[str, Any]:
    return {"customer_id": MIA, "incoming": {"text": text}, "said_last": said_last,
            "transcript": [{"role": "customer", "text": earlier}, {"role": "assistant", "text": "…"},
                           {"role": "customer", "text": text}],
            "intent": {"intent": "order_status", "confidence": 0.9, "slots": {}}}


def test_a_pronoun_after_a_person_was_named_is_theirs() -> None:
    state = _turn("how much is on her gift card?", "my friend Sophie shops here as well", [])
    assert asks_that_person_again(state, "how much is on her gift card?")  # type: ignore[arg-type]
    assert after_understanding(state) == "other_account"  # type: ignore[arg-type]
    nobody = _turn("how much is on her gift card?", "my orders please", [])
    assert not asks_that_person_again(nobody, "how much is on her gift card?")  # type: ignore[arg-type]


def test_and_mine_right_after_the_refusal_is_the_customers_own() -> None:
    state = _turn("und auf meiner?", "wie viel ist noch auf der Geschenkkarte meines Mannes Leo?",
                  ["other_account_data"])
    assert own_fact_after_refusal(state) == "gift_card"  # type: ignore[arg-type]
    assert after_understanding(state) == "account_facts"  # type: ignore[arg-type]
    not_after = _turn("und auf meiner?", "wie viel ist noch auf der Geschenkkarte meines Mannes Leo?", [])
    assert own_fact_after_refusal(not_after) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "going_on"), [
    ("where's my order #D9000002? also what did my sister order last month?", "where's my order #D9000002?"),
    ("¿dónde está mi pedido #D9000002? y ¿qué pidió mi madre?", "¿dónde está mi pedido #D9000002?"),
])
def test_an_own_orders_status_goes_on_beside_a_relatives_orders(text: str, going_on: str) -> None:
    split = _other_person_beside_a_request(text, MIA)
    assert split is not None and split.request.startswith(going_on.rstrip("?"))
    assert [question.kind for question in split.questions] == ["other_person"]
