"""Comparing a read's answer with tau's: as JSON values, with the first difference named."""

import json

from evals.tau_replay.reads import answer_difference


def test_records_compare_as_json_values_whatever_the_key_order() -> None:
    ours = json.dumps({"b": [1, {"x": 25}], "a": "pending"})
    assert answer_difference(ours, '{"a": "pending", "b": [1, {"x": 25.0}]}') is None


def test_the_first_difference_is_named_by_its_path() -> None:
    tau = '{"payment_history": [{"amount": 173.82999999999993}], "status": "pending"}'
    ours = '{"payment_history": [{"amount": 173.83}], "status": "pending"}'
    assert answer_difference(ours, tau) == ".payment_history[0].amount is 173.83, tau's is 173.82999999999993"
    assert answer_difference('{"a": 1}', '{"a": 1, "b": 2}') == ".b is missing"
    assert answer_difference('{"a": [1, 2]}', '{"a": [1]}') == ".a has 2 entries, tau's 1"


def test_booleans_are_not_numbers_and_texts_compare_exactly() -> None:
    assert answer_difference('{"available": 1}', '{"available": true}') is not None
    assert answer_difference("Error: user not found", "Error: user not found") is None
    assert answer_difference("3.0", "3") is not None  # calculate's text, not a JSON number
    assert answer_difference("Error: order not found", '{"order_id": "#W1"}') is not None
