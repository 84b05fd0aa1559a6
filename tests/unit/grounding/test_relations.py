from __future__ import annotations

import pytest

from assistant.grounding.relations import without_relations
from assistant.steps.catalog_routing import _asks_about_an_order


@pytest.mark.parametrize("text", ["camisetas para mi novia", "una sudadera para mi pibe", "a hoodie for my bro",
                                  "une veste pour ma copine", "eine Jacke für meinen Kumpel"])
def test_a_purchase_for_someone_is_no_order_of_ones_own(text: str) -> None:
    assert not _asks_about_an_order(text)


@pytest.mark.parametrize("text", ["mi pedido de camisetas", "I want to return my hoodie", "ma veste est trop petite",
                                  "meine Bestellung ist noch nicht da"])
def test_an_order_of_ones_own_is_still_read(text: str) -> None:
    assert _asks_about_an_order(text)


def test_only_the_possessive_and_the_person_are_blanked() -> None:
    words = without_relations("Camisetas para mi novia, talla M").replace(",", " ").split()
    assert words == ["camisetas", "para", "talla", "m"]
