"""A colour or size wish about an owned item, read from the words (which item is grounded against the orders)."""

from __future__ import annotations

import pytest

from assistant.grounding.item_changes import (
    SIZE_CODE,
    asks_for_return,
    asks_for_swap,
    cancels,
    owned_items_meant,
    size_said_as_fit,
)

ITEMS = [
    {"item_id": "MJ02-L-Red", "name": "Hyperion Elements Jacket"},
    {"item_id": "WT06-M-Black", "name": "Chloe Compete Tank"},
]


@pytest.mark.parametrize("text", [
    "these shorts run small",
    "la veste est trop serrée aux épaules",
    "el top me queda apretado",
    "der Pulli ist mir zu weit",
    "I'd rather have the Chloe in white",
    "je préfère le Hyperion en noir, même taille",
    "la prefiero en azul, misma talla",
    "hätte ich lieber in XL",
])
def test_a_fit_complaint_or_a_wish_with_a_colour_or_size_asks_for_a_swap(text: str) -> None:
    assert asks_for_swap(text)


@pytest.mark.parametrize("text", [
    "do you have this tank in white?",
    "is the Hyperion jacket waterproof?",
    "quelles couleurs pour la veste ?",
    "ich suche eine rote Jacke",
])
def test_a_question_or_a_shopping_request_asks_for_no_swap(text: str) -> None:
    assert not asks_for_swap(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("the Hyperion is too tight", ["MJ02-L-Red"]),
    ("ma veste est trop petite", ["MJ02-L-Red"]),
    ("el tank que pedí me queda grande", ["WT06-M-Black"]),
    ("die Chloe hätte ich lieber in Weiß", ["WT06-M-Black"]),
])
def test_the_owned_item_is_named_by_its_name_or_a_noun_said_as_ones_own(text: str, expected: list[str]) -> None:
    assert owned_items_meant(text, ITEMS) == expected


def test_a_noun_alone_does_not_make_a_catalog_product_the_customers_own() -> None:
    assert owned_items_meant("a jacket in black instead of blue", ITEMS) == []


def test_cancel_words_in_four_languages() -> None:
    assert all(cancels(t) for t in ["cancel it", "annulez", "cancela el pedido", "bitte stornieren"])
    assert not cancels("die Jacke lieber in Rot statt Blau")


@pytest.mark.parametrize(("text", "size", "expected"), [
    ("the tank is too small", "small", True),
    ("der Pulli ist zu klein", "klein", True),
    ("too small, I need a large", "large", False),
    ("in medium please", "medium", False),
])
def test_a_size_word_inside_a_fit_complaint_is_not_a_size_asked_for(text: str, size: str, expected: bool) -> None:
    assert size_said_as_fit(text, size) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm sending the tank back", True),
    ("je vous renvoie la veste, remboursez-moi", True),
    ("la devuelvo, reembolso a la tarjeta", True),
    ("ich schicke die Jacke zurück", True),
    ("can I send it back and get it in red instead?", False),
    ("the tank is too small", False),
])
def test_sending_an_item_back_without_a_wish_for_another_variant_is_a_return(text: str, expected: bool) -> None:
    assert asks_for_return(text) is expected


def test_a_return_may_name_the_item_by_a_noun_alone() -> None:
    assert owned_items_meant("I'm sending the tank back", ITEMS) == []
    assert owned_items_meant("I'm sending the tank back", ITEMS, noun_alone=True) == ["WT06-M-Black"]


@pytest.mark.parametrize("text", [
    "les chaussures de rando sont trop grandes, je peux avoir du 9 a la place ?",  # plural fit, one-digit size
    "los pantalones me quedan chicos, los puedo cambiar por talla 34?",
    "die armbanduhr mit blauem zifferblatt hätt ich gern mit weißem",               # dative colours, "hätt"
    "una del 8 en vez de la 12",
])
def test_casual_swaps_name_a_size_or_colour(text: str) -> None:
    assert asks_for_swap(text)


@pytest.mark.parametrize("text", ["order 9 please", "I have 3 questions"])
def test_a_stray_digit_is_no_size(text: str) -> None:
    assert not SIZE_CODE.search(text)
