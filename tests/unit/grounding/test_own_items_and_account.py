"""Own items named by their noun with a new value, the account's own details, and an order question beside an
account question (issue 17, own13): read in code in the four languages."""

import pytest

from assistant.grounding.account_aside import order_question_beside
from assistant.grounding.account_questions import account_question
from assistant.steps.account_facts import account_reply
from assistant.steps.order_facts import _asks_status_beyond_its_state
from assistant.steps.owned_items import _value_for_an_own_thing

EMAIL = [
    "which email do you have on file for me?",
    "what's my account email?",
    "vous avez quel e-mail pour moi ?",
    "¿qué correo electrónico tienen registrado en mi cuenta?",
    "welche E-Mail-Adresse ist bei mir hinterlegt?",
]


@pytest.mark.parametrize("text", EMAIL)
def test_the_email_on_file_is_an_account_question(text: str) -> None:
    assert account_question(text) == "email"


def test_the_email_is_answered_from_the_profile() -> None:
    reply = account_reply("email", {"email": "ada@example.com"}, "en")
    assert reply["key"] == "account_email" and reply["facts"] == {"email": "ada@example.com"}


BESIDE = [
    ("where is my order and what's my gift card balance?", "where is my order"),
    ("où en est ma commande ? et quel est le solde de ma carte cadeau ?", "où en est ma commande ?"),
    ("¿dónde está mi pedido y cuánto saldo me queda en la tarjeta regalo?", "¿dónde está mi pedido"),
    ("welche Zahlungsarten habe ich hinterlegt und ist die Bestellung #W1267569 schon unterwegs?",
     "und ist die Bestellung #W1267569 schon unterwegs?"),
]


@pytest.mark.parametrize(("text", "order_words"), BESIDE)
def test_an_order_question_beside_an_account_question(text: str, order_words: str) -> None:
    assert order_question_beside(text) == order_words


@pytest.mark.parametrize("text", ["what's my gift card balance?", "what payment methods do I have saved with you?",
                                  "wie viel Guthaben ist noch auf meiner Geschenkkarte?"])
def test_an_account_question_alone_has_no_order_question(text: str) -> None:
    assert order_question_beside(text) is None


OWN_VALUE = [
    "the speaker i'm still waiting on, could it come in blue?",
    "ma gourde pas encore livrée, en noir ce serait possible ?",
    "mi altavoz que todavía no ha salido, ¿me lo mandan en azul?",
    "den Lautsprecher aus meiner Bestellung bitte in Blau",
]
NOT_OWN_VALUE = [
    "do you have the speaker in blue?",  # shopping: nothing said to be theirs
    "where is my blue speaker?",  # where it is
    "my blue speaker arrived broken",  # a problem with it
    "mi altavoz azul, ¿ya salió?",
]


@pytest.mark.parametrize("text", OWN_VALUE)
def test_a_value_said_of_an_own_thing_wishes_it(text: str) -> None:
    assert _value_for_an_own_thing(text)


@pytest.mark.parametrize("text", NOT_OWN_VALUE)
def test_no_wish_without_ownership_or_with_a_question_of_where(text: str) -> None:
    assert not _value_for_an_own_thing(text)


def test_a_state_phrase_names_the_item_and_asks_no_status() -> None:
    assert not _asks_status_beyond_its_state("my gray office chair that hasn't shipped: black one please")
    assert _asks_status_beyond_its_state("my office chair that hasn't shipped, where is it?")
