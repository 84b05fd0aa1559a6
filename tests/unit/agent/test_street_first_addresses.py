"""Addresses written street name first, with a floor or door part (fresh12 F4: "Calle Mayor 45, 2B, Chicago IL 60601"
and "Hauptstraße 12, Phoenix AZ 85004" were not read, and the same question came back)."""

import pytest

from assistant.steps.addresses import read_address


@pytest.mark.parametrize(("text", "expected"), [
    ("Calle Mayor 45, 2B, Chicago IL 60601", ("Calle Mayor 45", "2B", "Chicago", "60601")),
    ("cambia la dirección de envío del pedido W1855881 a Calle Mayor 45, 2B, Chicago IL 60601",
     ("Calle Mayor 45", "2B", "Chicago", "60601")),
    ("bitte ändert die lieferadresse von W6111820 auf Hauptstraße 12, Phoenix AZ 85004",
     ("Hauptstraße 12", "", "Phoenix", "85004")),
    ("die bestellung soll an Lindenweg 4, Seattle WA 98109 gehen", ("Lindenweg 4", "", "Seattle", "98109")),
    ("Avenida de la Constitución 12, 3º izq, Miami FL 33101",
     ("Avenida de la Constitución 12", "3º izq", "Miami", "33101")),
    ("Calle Ocho 120, Apt 5, Miami FL 33135", ("Calle Ocho 120", "Apt 5", "Miami", "33135")),
    ("livrez au 15 rue Victor Hugo, San Antonio TX 78205", ("15 rue Victor Hugo", "", "San Antonio", "78205")),
])
def test_a_street_named_first_is_read_with_its_floor(text: str, expected: tuple[str, str, str, str]) -> None:
    address = read_address(text, "USA")
    assert address is not None
    assert (address["address1"], address["address2"], address["city"], address["zip"]) == expected


@pytest.mark.parametrize("text", [
    "do you have these shoes in size 10, or in white?",
    "mi pedido W1855881 es para Chicago",
    "ich hätte gern die Hose in Größe 32",
])
def test_words_without_a_street_and_zip_are_no_address(text: str) -> None:
    assert read_address(text, "USA") is None
