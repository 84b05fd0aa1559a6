"""A guest's email, order number and zip said inside a sentence (fresh18 F10, F8): the words of an email are no
request ("aarav.anderson…@": de "ändern" split the details off as a write of their own, so the request was read
without them and the details were quoted back as "your other request"), the details go with the request served
now, and an account question said with the details is answered once the guest is verified."""

from __future__ import annotations

import pytest

from assistant.grounding.request_clauses import action_of, asks_an_order_fact
from assistant.state import ConversationState
from assistant.steps.request_queue import read_requests
from assistant.steps.routing import after_identity

EMAIL = "aarav.anderson9752@example.com"


@pytest.mark.parametrize(
    "details",
    [
        f"{EMAIL} commande W4316152 code postal 19031",
        f"{EMAIL} order no. W4316152 zip code 19031",
        f"{EMAIL} pedido #W4316152 CP 19031",
        f"{EMAIL} Bestellung W4316152 PLZ 19031",
    ],
)
def test_an_emails_words_ask_for_nothing(details: str) -> None:
    assert action_of(details) is None
    assert not asks_an_order_fact(details)


def test_a_write_word_beside_an_email_is_still_read() -> None:
    assert action_of(f"please cancel #W4316152, {EMAIL}") == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        f"Bonjour, je voudrais rendre une bouilloire. {EMAIL} commande W4316152 code postal 19031",
        f"I want to return the kettle. {EMAIL} order no. W4316152 zip code 19031",
        f"Ich möchte den Wasserkocher zurückgeben. {EMAIL} Bestellung W4316152 PLZ 19031",
        f"Quiero devolver la tetera.\ncorreo: {EMAIL}\npedido: #W4316152\nCP: 19031",
    ],
)
def test_one_request_with_the_details_is_read_whole(text: str) -> None:
    assert read_requests(text) is None  # one request: the message is read whole, the details with it


def test_details_go_with_the_request_served_now_never_into_the_queue() -> None:
    read = read_requests(
        "cancel #W9300146, I don't need it, and return the kettle from #W4316152. "
        "email x.y1@example.com order W4316152 zip 19031"
    )
    assert read is not None
    assert "x.y1@example.com" in read.first and "19031" in read.first
    assert read.rest == ["return the kettle from #W4316152."]


def _verified(text: str, key: str = "identity_verified") -> ConversationState:
    return ConversationState(
        customer_id="aarav_anderson_8794", incoming={"text": text}, topic=None, outbox=[{"key": key, "facts": {}}]
    )  # type: ignore[typeddict-item]


@pytest.mark.parametrize(
    "text",
    [
        f"what's my gift card balance? {EMAIL} order W4316152 zip 19031",
        f"¿dónde está mi pedido? ¿y cuánto tengo en la tarjeta regalo? {EMAIL} pedido W4316152 CP 19031",
        f"Wie viel Guthaben hat meine Geschenkkarte? {EMAIL} Bestellung W4316152 PLZ 19031",
    ],
)
def test_an_account_question_with_the_details_is_answered_once_verified(text: str) -> None:
    assert after_identity(_verified(text)) == "account_facts"


def test_an_account_question_is_not_answered_when_the_turn_did_not_verify() -> None:
    refused = _verified(f"what's my gift card balance? {EMAIL} order W4316152 zip 19032", key="identity_failed")
    refused["customer_id"] = None
    assert after_identity(refused) == "respond"
