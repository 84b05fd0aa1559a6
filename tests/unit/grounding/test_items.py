"""Items of an order named by a common noun in the customer's language, not only by their product name."""

from __future__ import annotations

import pytest

from assistant.grounding.items import items_named

ITEMS = [
    {"item_id": "MJ02-L-Red", "name": "Hyperion Elements Jacket"},
    {"item_id": "MSH03-32-Blue", "name": "Troy Yoga Short"},
    {"item_id": "WT06-M-Black", "name": "Chloe Compete Tank"},
    {"item_id": "MH05-S-Green", "name": "Hollister Backyard Sweatshirt"},
]


@pytest.mark.parametrize(("text", "expected"), [
    ("I want to send the coat back", "MJ02-L-Red"),
    ("rendre le blouson", "MJ02-L-Red"),
    ("quiero devolver el abrigo", "MJ02-L-Red"),
    ("die Windjacke passt nicht", "MJ02-L-Red"),
    ("the shorts are too big", "MSH03-32-Blue"),
    ("los pantalones cortos no me quedan", "MSH03-32-Blue"),
    ("le débardeur est trop petit", "WT06-M-Black"),
    ("das Trägershirt zurückgeben", "WT06-M-Black"),
    ("exchange the jumper", "MH05-S-Green"),
    ("cambiar la sudadera", "MH05-S-Green"),
    ("échanger le sweat", "MH05-S-Green"),
    ("den Kapuzenpullover umtauschen", "MH05-S-Green"),
])
def test_a_common_noun_in_any_language_names_the_item(text: str, expected: str) -> None:
    assert items_named(text, ITEMS) == [expected]


def test_a_word_of_the_name_picks_among_items_the_noun_fits() -> None:
    items = [{"item_id": "A", "name": "Hero Hoodie"}, {"item_id": "B", "name": "Mach Street Sweatshirt"}]
    assert items_named("la sudadera Hero", items) == ["A"]


def test_a_noun_that_fits_two_items_names_both_so_the_step_asks() -> None:
    items = [{"item_id": "A", "name": "Hero Hoodie"}, {"item_id": "B", "name": "Mach Street Sweatshirt"}]
    assert sorted(items_named("la sudadera", items)) == ["A", "B"]


def test_words_that_name_nothing_name_no_item() -> None:
    assert items_named("can you pull up everything I ordered?", ITEMS) == []
