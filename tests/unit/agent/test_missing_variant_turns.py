"""The turns after an item change whose wanted variant does not exist (issue 17): a price question priced for the
variants that exist, a method kept for when the value is chosen, a yes told what is missing; a value named is
grounded as before (None here)."""

from __future__ import annotations

from typing import Any

from assistant.steps.missing_variant_turns import missing_variant_turn


def _variant(item_id: str, colour: str, size: str, cents: int, available: bool = True) -> dict[str, Any]:
    return {"item_id": item_id, "options": {"color": colour, "size": size}, "price_cents": cents,
            "available": available}


PRODUCT = {"variants": [_variant("1", "red", "S", 4725), _variant("2", "blue", "M", 5088),
                        _variant("3", "blue", "L", 5343), _variant("4", "blue", "S", 5484, available=False),
                        _variant("5", "green", "XL", 5000), _variant("6", "green", "S", 5100, available=False)]}
ITEM = {"item_id": "1", "name": "T-Shirt", "options": {"color": "red", "size": "S"}, "price_cents": 4725}
SAVED = [{"id": "gift_card_1", "source": "gift_card", "balance": 58.0}, {"id": "paypal_1", "source": "paypal"}]


def test_a_price_question_is_priced_for_the_variants_that_exist() -> None:
    turn = missing_variant_turn(PRODUCT, ITEM, {"color": "blue"}, "wait, how much would that cost?", SAVED, "en")
    assert turn is not None and turn["ask"] == "option_answers"
    assert "$50.88" in turn["facts"]["answers"] and "$53.43" in turn["facts"]["answers"]
    assert [c["key"] for c in turn["asked"]["candidates"]] == ["2", "3"]


def test_nothing_to_price_when_no_variant_has_the_value() -> None:
    turn = missing_variant_turn(PRODUCT, ITEM, {"color": "purple"}, "¿cuánto costaría?", SAVED, "es")
    assert turn is None or turn["ask"] == "missing_variant_nothing_to_price"
    turn = missing_variant_turn(PRODUCT, ITEM, {"size": "XL", "color": "green"}, "¿cuánto costaría?", SAVED, "es")
    assert turn is None  # green XL exists: grounded as before


def test_a_method_is_kept_for_when_the_value_is_chosen() -> None:
    turn = missing_variant_turn(PRODUCT, ITEM, {"color": "blue"}, "put it on the gift card", SAVED, "en")
    assert turn is not None and turn["ask"] == "missing_variant_method_kept"
    assert turn["remember"] == {"difference_method_id": "gift_card_1"}


def test_a_yes_is_told_what_is_missing() -> None:
    turn = missing_variant_turn(PRODUCT, ITEM, {"color": "blue"}, "ja passt", SAVED, "de")
    assert turn is not None and turn["ask"] == "missing_variant_value_missing"
    assert "M" in turn["facts"]["choices"] and "L" in turn["facts"]["choices"]


def test_a_value_named_is_grounded_as_before() -> None:
    assert missing_variant_turn(PRODUCT, ITEM, {"color": "blue"}, "ok then size L", SAVED, "en") is None
    assert missing_variant_turn(PRODUCT, ITEM, {}, "yes", SAVED, "en") is None
