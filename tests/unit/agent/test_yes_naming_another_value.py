"""A yes to a proposed swap that names another value of the product is no yes (fresh13 W1)."""

from __future__ import annotations

from assistant.steps.yes_naming_another_value import _conflicts

PRODUCT = {"variants": [
    {"item_id": "1", "options": {"material": "rubber", "weight range": "5-25 lbs"}},
    {"item_id": "2", "options": {"material": "urethane", "weight range": "5-25 lbs"}},
    {"item_id": "3", "options": {"material": "iron", "weight range": "5-25 lbs"}},
]}
CURRENT = {"material": "rubber", "weight range": "5-25 lbs"}


def test_a_value_neither_proposed_nor_owned_conflicts() -> None:
    assert _conflicts(PRODUCT, CURRENT, "2", "yes swap it to the iron one on my mastercard")


def test_the_proposed_value_or_the_items_own_value_does_not() -> None:
    assert not _conflicts(PRODUCT, CURRENT, "2", "yes, the urethane one please")
    assert not _conflicts(PRODUCT, CURRENT, "2", "yes, swap the rubber set for the urethane")
    assert not _conflicts(PRODUCT, CURRENT, "2", "yes go ahead")
