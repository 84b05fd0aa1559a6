"""Decision token caps from the schema: no valid compact answer is longer than the cap allows."""

import json

from assistant.models.contracts import (
    ComplaintTarget,
    PhotoAttributes,
    PhotoTriage,
    TriageLabel,
    TurnIntent,
    TurnSlots,
)
from assistant.models.schema import CHARS_PER_TOKEN, decision_schema, decision_token_cap, max_json_chars


def _compact(value: object) -> int:
    return len(json.dumps(value.model_dump(mode="json"), separators=(",", ":"), ensure_ascii=False))  # type: ignore[attr-defined]


def test_the_longest_answers_fit_their_caps() -> None:
    longest = [
        TurnIntent(intent="change_default_address", confidence=0.123456789, slots=TurnSlots(
            order_ids=["#W" + "9" * 22] * 5, item_ids=["M" * 24] * 5, email="e" * 254, first_name="f" * 60,
            last_name="l" * 60, zip_code="9" * 10, cancel_reason="ordered by mistake", modification="payment",
            colour="c" * 40, size="s" * 40, product_query="q" * 200)),
        ComplaintTarget(order_id="#" * 24, item_ids=["9" * 24] * 10, confidence=1.0, rationale="r" * 280),
        PhotoTriage(label=TriageLabel.WRONG_COLOUR_OR_SIZE, confidence=0.5, rationale="r" * 280),
        PhotoAttributes(category="c" * 40, colours=["c" * 40] * 4, material="m" * 40, pattern="p" * 40,
                        style="s" * 40, description="d" * 200),
    ]
    for value in longest:
        assert _compact(value) <= max_json_chars(decision_schema(type(value)))
        assert _compact(value) // CHARS_PER_TOKEN < decision_token_cap(type(value)) < 512


def test_the_bounds_limit_the_model_not_the_resolver() -> None:
    # the resolver copies what the customer wrote; a long sku must not make its decision invalid
    assert TurnSlots(item_ids=["MH01-XS-" + "Blackandwhitestriped" * 2]).item_ids
