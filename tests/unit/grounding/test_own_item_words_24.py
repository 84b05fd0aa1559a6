"""An owned item asked about by its everyday name, without "my" or the order number (`steps/own_item_options.py`):
"le vélo il est de quelle couleur déjà ?", "la parrilla es de gas o de carbón?"; a choice of two values of one option
asks that option; "no, mejor no cambies nada" with nothing proposed is a no (`steps/held_open.py`)."""

from __future__ import annotations

import pytest

from assistant.steps.held_open import nothing_to_change
from assistant.steps.own_item_options import asks_of_an_own_item, item_asked, options_asked


def _variant(item_id: str, **options: str) -> dict:
    return {"item_id": item_id, "options": options, "price_cents": 10000, "available": True}


BIKE = {"name": "Bicycle", "variants": [
    _variant("v1", **{"frame size": "medium", "color": "black", "type": "mountain"}),
    _variant("v2", **{"frame size": "medium", "color": "blue", "type": "road"}),
]}
GRILL = {"name": "Grill", "variants": [
    _variant("g1", type="gas", size="portable", features="side burner"),
    _variant("g2", type="charcoal", size="portable", features="side burner"),
]}
BIKE_ITEM = {"item_id": "v1", "product_id": "bike", "name": "Bicycle", "options": BIKE["variants"][0]["options"]}
GRILL_ITEM = {"item_id": "g1", "product_id": "grill", "name": "Grill", "options": GRILL["variants"][0]["options"]}
NOTEBOOK = {"item_id": "n1", "product_id": "notebook", "name": "Notebook", "options": {"size": "A5"}}
ORDERS = [{"order_id": "#W9318778", "items": [BIKE_ITEM, NOTEBOOK]}, {"order_id": "#W2052757", "items": [GRILL_ITEM]}]


@pytest.mark.parametrize(("text", "product", "item", "asked"), [
    ("le vélo il est de quelle couleur déjà ?", BIKE, "v1", {"color": None}),
    ("welche Farbe hat das Fahrrad nochmal?", BIKE, "v1", {"color": None}),
    ("what colour is the bike again?", BIKE, "v1", {"color": None}),
    ("la parrilla es de gas o de carbón?", GRILL, "g1", {"type": None}),
    ("le barbecue, il est au gaz ou au charbon ?", GRILL, "g1", {"type": None}),
])
def test_an_item_named_by_its_everyday_name_is_asked(text: str, product: dict, item: str, asked: dict) -> None:
    assert asks_of_an_own_item(text)
    found = item_asked(text, ORDERS, by_name=True)
    assert found is not None and found[1]["item_id"] == item
    assert options_asked(product, text) == asked


def test_one_value_asked_keeps_its_value() -> None:
    assert options_asked(GRILL, "is the grill a gas one?") == {"type": "gas"}


def test_without_a_name_the_only_item_is_not_taken_by_name() -> None:
    one = [{"order_id": "#W1", "items": [GRILL_ITEM]}]
    assert item_asked("what colour is it?", one) is not None
    assert item_asked("what colour is it?", one, by_name=True) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("no, mejor no cambies nada", True),
    ("nein, doch lieber nichts ändern", True),
    ("no cambies nada", False),  # no no of its own: a hold, not a no
    ("no cambies nada, ¿y el envío?", False),
    ("no, no cambies nada pero cancela el pedido W2052757", False),
    ("gonna think about it", False),
])
def test_nothing_to_change_is_a_no(text: str, expected: bool) -> None:
    assert nothing_to_change(text) is expected
