"""A street named before its house number ("Calle Alcala 20", "Rue Lepic 15", "Berliner Straße 12") with a zip,
said about the customer's own order, is no other person's name and zip (attack29 A29-3); a person's name with a
zip still is."""

from __future__ import annotations

import pytest

from assistant.grounding.other_details import identifies_someone_else
from assistant.steps.addresses import without_streets

OWN = "mei_kovacs_5767"


@pytest.mark.parametrize("text", [
    "quiero cambiar la direccion de envio del pedido #W8193638 a Calle Mayor 5, Madrid, 28013",
    "cambiar direccion pedido #W8193638 a Calle Alcala 20, 28014 Madrid porfa",
    "changez l'adresse de livraison de la commande #W5918442 svp : Rue Lepic 15, 75018 Paris",
    "bitte die Lieferadresse von #W9962383 ändern: Berliner Straße 12, 10115 Berlin",
    "Hamburger Allee 9, 60486 Frankfurt",
    "can you ship order #W5270061 to Avenue Foch 12, Paris 75116 instead",
])
def test_a_street_named_first_is_no_person(text: str) -> None:
    assert not identifies_someone_else(text, OWN)


@pytest.mark.parametrize("text", [
    "what's the status of my order #W5270061? and my sister Olivia Ito's too, zip 80218",
    "y el de mi amiga Olivia Ito, cp 80218",
    "und die von meiner Schwester Olivia Ito, PLZ 80218",
])
def test_a_person_with_a_zip_is_still_someone_else(text: str) -> None:
    assert identifies_someone_else(text, OWN)


def test_without_streets_keeps_the_rest() -> None:
    assert without_streets("a Calle Alcala 20, 28014 Madrid").split() == ["a", ",", "28014", "Madrid"]
    assert without_streets("size 10 in blue") == "size 10 in blue"
