"""An order's facts asked plainly (order-facts-27): what it holds in freer wording, each item's price, and a
status asked in the customer's words are read as the order question they are."""

from __future__ import annotations

import pytest

from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_fact_words import freely_asked_fact
from assistant.steps.order_answers import facts_asked


@pytest.mark.parametrize("text", [
    "remind me whats in it first?",
    "can you tell me what all was in that order",
    "qu'est-ce que j'ai commandé dans la W6302827",
    "vous pouvez me rappeler ce qu'il y avait dedans ?",
    "je voudrais savoir ce qu'il y a dans ma commande W6030855",
    "antes dime qué lleva",
    "was hab ich in der Bestellung W3840181 alles bestellt",
])
def test_what_an_order_holds_is_asked(text: str) -> None:
    assert freely_asked_fact(text) == "contents"


@pytest.mark.parametrize("text", [
    "what did I order?",  # the list of orders
    "what do I need in order to return it",
    "what should i do, the lamp in my order is broken",
    "was hab ich bestellt?",
])
def test_no_contents_asked(text: str) -> None:
    assert freely_asked_fact(text) != "contents"


@pytest.mark.parametrize("text", [
    "what did each thing cost",
    "c'était combien chaque article",
    "¿cuánto costó cada cosa?",
    "was hat jedes Teil gekostet?",
])
def test_each_items_price_is_asked(text: str) -> None:
    assert freely_asked_fact(text) == "prices"


def test_prices_say_the_contents_and_total_too() -> None:
    text = "what's in my order W1514731, what did each thing cost and what did i pay with?"
    assert facts_asked(text) == ["prices", "payment"]


def test_french_il_y_a_joins_nothing() -> None:
    text = "je voudrais savoir ce qu'il y a dans ma commande W6030855 et combien je l'ai payée"
    assert facts_asked(text) == ["contents", "payment"]


@pytest.mark.parametrize("text", [
    "mes écouteurs sans fil, c'est livré ?",
    "¿la cámara digital ya me la entregaron?",
    "ist das schon unterwegs?",
    "¿ya lo enviaron?",
])
def test_status_in_the_customers_words(text: str) -> None:
    assert lexicon().patterns["status_questions"].search(text)


def test_contents_asked_beside_a_cancel_without_a_question_mark() -> None:
    from assistant.steps.request_queue import read_requests
    read = read_requests("quiero cancelar el pedido W2806889 porque lo pedí por error, pero antes dime qué lleva", "es")
    assert read is not None and "qué lleva" in read.facts and "cancelar" in read.first


def test_french_il_y_avait_stays_one_question_beside_a_return() -> None:
    from assistant.steps.request_queue import read_requests
    read = read_requests("commande W6798117, evelyn.davis9453@example.com, 32136. vous pouvez me rappeler ce qu'il y "
                         "avait dedans ? je veux renvoyer l'horloge", "fr")
    assert read is not None and read.facts == "vous pouvez me rappeler ce qu'il y avait dedans ?"


def test_a_zip_said_inside_the_question_goes_with_the_request() -> None:
    from assistant.steps.request_queue import read_requests
    read = read_requests("Hallo, fatima.moore9277@example.com, Bestellung W9172475, PLZ 77122 - was war da alles "
                         "drin? Den Teekessel will ich zurückschicken", "de")
    assert read is not None and "77122" in read.first and "fatima.moore9277@example.com" in read.first
