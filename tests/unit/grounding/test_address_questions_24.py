"""A question about where an order ships is an order fact answered from its record, never an address change
(address-questions-24)."""

from __future__ import annotations

import pytest

from assistant.grounding.order_fact_words import asks_for_the_address, freely_asked_fact


@pytest.mark.parametrize("text", [
    "what's the shipping address on my pending order?",
    "what address is it going to?",
    "which address is my tea kettle order shipping to?",
    "et l'adresse de livraison c'est laquelle ?",
    "c'est livré à quelle adresse ?",
    "a que direccion lo mandan?",
    "mi pedido de la tetera, ¿a dónde lo envían?",
    "an welche Adresse geht die?",
    "wohin wird meine Bestellung geschickt?",
])
def test_where_an_order_ships_is_asked(text: str) -> None:
    assert asks_for_the_address(text)
    assert freely_asked_fact(text) == "address"


@pytest.mark.parametrize("text", [
    "where is my order?",
    "hola, cuando llega mi pedido?",
    "wo ist meine Bestellung?",
    "change the shipping address of my order",
    "what's the new address? 5 Elm St, San Jose, CA 95112",
    "please ship it to 5 Elm St, San Jose, CA 95112",
    "what is my default address?",
    "quelle est la nouvelle adresse ?",
    "¿puedo cambiar la dirección de envío?",
    "welche Adresse ist im Konto hinterlegt?",
    "what are you going to do?",
])
def test_no_address_fact_asked(text: str) -> None:
    assert not asks_for_the_address(text)
