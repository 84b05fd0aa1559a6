"""Order words of dialogue-classes-21: items of one product told apart by an option value (the one said first, or
after "instead of"), the order holding nothing but the item named, and a status question about another order
split off the request beside it (never one that names nothing of its own)."""

from __future__ import annotations

import pytest

from assistant.grounding.lexicon import load_vocabulary
from assistant.grounding.orders import ground_order
from assistant.grounding.status_aside import split_status_aside
from assistant.grounding.told_apart import told_apart

load_vocabulary()

KETTLES = [{"item_id": "glass", "name": "Tea Kettle", "options": {"material": "glass", "capacity": "1.5 liters"}},
           {"item_id": "ceramic", "name": "Tea Kettle", "options": {"material": "ceramic", "capacity": "1.5 liters"}}]


@pytest.mark.parametrize(("text", "kept"), [
    ("the glass tea kettle in my order, can it be the ceramic version instead?", ["glass"]),
    ("make the kettle ceramic instead of glass", ["glass"]),
    ("return the ceramic kettle please", ["ceramic"]),
    ("the 1.5 liters kettle", ["glass", "ceramic"]),  # a value both have tells nothing apart
])
def test_items_of_one_product_told_apart_by_their_own_value(text: str, kept: list[str]) -> None:
    assert [item["item_id"] for item in told_apart(text, KETTLES)] == kept


def test_the_order_holding_only_the_item_named() -> None:
    dumbbells = {"item_id": "d1", "name": "Dumbbell Set", "options": {"material": "rubber"}}
    orders = [{"order_id": "#W1", "status": "processed", "items": [dumbbells]},
              {"order_id": "#W2", "status": "pending",
               "items": [{"item_id": "c", "name": "Wall Clock", "options": {}},
                         {**dumbbells, "item_id": "d2", "options": {"material": "urethane"}}]}]
    summaries = [{"order_id": o["order_id"], "status": o["status"]} for o in orders]
    assert ground_order("el pedido donde solo pedí las mancuernas", [], summaries, None, orders).order_id == "#W1"
    assert ground_order("el pedido de las mancuernas", [], summaries, None, orders).order_id is None


@pytest.mark.parametrize(("text", "said", "aside"), [
    ("i want to return the pet bed, and has my order with the helmet shipped yet?", "i want to return the pet bed",
     "and has my order with the helmet shipped yet?"),
    ("je voudrais retourner le thermostat. et ma montre, elle est partie ?", "je voudrais retourner le thermostat.",
     "et ma montre, elle est partie ?"),
    ("I'd like to send back the pants. Oh and is my other order on its way?", "I'd like to send back the pants",
     "and is my other order on its way?"),
])
def test_a_status_question_about_another_order_is_split_off(text: str, said: str, aside: str) -> None:
    split = split_status_aside(text)
    assert split is not None and (split.request, split.aside) == (said, aside)


@pytest.mark.parametrize("text", [
    "i want to return the pet bed, has it shipped?",  # about the request itself
    "cancel my order, it has not shipped yet right?",
    "where is my order and can I cancel it",
])
def test_a_question_naming_nothing_of_its_own_stays_with_the_request(text: str) -> None:
    assert split_status_aside(text) is None


def test_beside_a_yes_the_request_is_the_yes() -> None:
    split = split_status_aside("ja. ach und ist die bestellung mit dem grill schon verschickt?",
                               lambda words: words.lower() == "ja")
    assert split is not None and split.request == "ja"
