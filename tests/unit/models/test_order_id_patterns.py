"""Order numbers the resolver reads: tau-retail's #W…, any shop prefix after '#', never a zip code."""

import pytest

from assistant.models.resolver.patterns import extract_slots, mask_slots


@pytest.mark.parametrize(("text", "order_ids"), [
    ("where is my order #D9000002?", ["#D9000002"]),
    ("order W1234567 please", ["#W1234567"]),
    ("#w7654321 and #W1111111", ["#W7654321", "#W1111111"]),
    ("my zip is 12345 and I ordered 3 items", []),
])
def test_order_numbers_are_read_and_normalised(text: str, order_ids: list[str]) -> None:
    assert extract_slots(text).order_ids == order_ids


def test_order_numbers_are_masked_for_similarity() -> None:
    assert mask_slots("cancel #D9000002 now") == "cancel order number now"
