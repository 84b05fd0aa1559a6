"""The refund a return proposal states is what the return writes (attack16 F2): identical lines share an item id,
and the tool refunds each id listed once per item, at its line's price."""

from __future__ import annotations

from assistant.steps.order_changes import _items_total

KETTLES = {"items": [{"item_id": "7292993796", "price_cents": 9480}, {"item_id": "7292993796", "price_cents": 9480},
                     {"item_id": "1111111111", "price_cents": 2500}]}


def test_one_of_two_identical_items_refunds_one() -> None:
    assert _items_total(KETTLES, ["7292993796"]) == 9480


def test_both_identical_items_listed_twice_refund_both() -> None:
    assert _items_total(KETTLES, ["7292993796", "7292993796"]) == 18960


def test_other_items_add_their_own_price() -> None:
    assert _items_total(KETTLES, ["7292993796", "1111111111"]) == 11980
    assert _items_total(KETTLES, ["9999999999"]) == 0
