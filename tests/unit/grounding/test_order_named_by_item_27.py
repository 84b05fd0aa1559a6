"""recheck27 N1: an order named by one item beside the item acted on is read without the naming phrase."""

from __future__ import annotations

import pytest

from assistant.grounding.order_named_by_item import without_order_naming_item


@pytest.mark.parametrize(("text", "read"), [
    ("from my delivered order with the vacuum cleaner I only want to send back the headphones",
     "from my delivered order I only want to send back the headphones"),
    ("de la commande livrée avec le purificateur d'air, je veux seulement renvoyer le parfum",
     "de la commande, je veux seulement renvoyer le parfum"),
    ("aus der Bestellung mit dem Hantelset möchte ich nur die Smartwatch zurückschicken",
     "aus der Bestellung möchte ich nur die Smartwatch zurückschicken"),
])
def test_the_naming_item_is_left_out(text: str, read: str) -> None:
    assert without_order_naming_item(text) == read


@pytest.mark.parametrize("text", [
    "cancel the order with the vacuum cleaner", "where is my order with the helmet?",
    "return the headphones from the order with the vacuum",
])
def test_an_order_named_by_its_only_item_is_read_as_said(text: str) -> None:
    assert without_order_naming_item(text) == text
