"""The case generators' shared builders: the key order every generated suite shares, the writes a case forbids, the
old builder names tau_data still answers, and the reply words of amounts."""

from __future__ import annotations

import pytest

from evals.generators import tau_data
from evals.generators.case_builders import (
    case_beside_default,
    case_record,
    other_variants_forbidden,
    reply_turn,
    suite_case,
    text_turns,
    writes_expected,
    writes_forbidding,
)
from evals.generators.checked_calls import item_change_call, return_call
from evals.generators.reply_words import YES, YES_BY_INDEX, amount_words, dollar_words
from evals.generators.tau_data import ORDERS, WRITES, WRITES_ADDRESS_FIRST

CANCEL = {"name": "cancel_pending_order", "arguments": {"order_id": "#W1", "reason": "no longer needed"}}


def test_expectation_keys_and_forbidden_writes_in_order() -> None:
    expect = writes_expected([CANCEL], store={"unchanged": True}, reply={"facts": [["x"]]})
    assert list(expect) == ["actions", "forbidden", "store", "reply"]
    assert expect["actions"] == {"mode": "strict", "scope": "writes", "args": "superset", "calls": [CANCEL]}
    assert [f["name"] for f in expect["forbidden"]] == WRITES[1:]
    in_address_order = writes_expected([], writes=WRITES_ADDRESS_FIRST)["forbidden"]
    assert [f["name"] for f in in_address_order] == WRITES_ADDRESS_FIRST
    assert sorted(WRITES_ADDRESS_FIRST) == sorted(WRITES)


def test_no_empty_store_or_reply_and_fresh_entries_each_time() -> None:
    first, second = writes_expected([]), writes_expected([])
    assert list(first) == ["actions", "forbidden"]
    assert first["forbidden"] is not second["forbidden"]  # never one object twice (a YAML alias)


def test_writes_forbidding_names_exactly_the_given_tools() -> None:
    expect = writes_forbidding([], ["open_ticket"], "superset")
    assert expect == {
        "actions": {"mode": "superset", "scope": "writes", "args": "superset", "calls": []},
        "forbidden": [{"name": "open_ticket"}],
    }


def test_case_record_and_suite_case_share_the_key_order() -> None:
    record = case_record("en-x", ["en"], "d", "c", text_turns(["hi"]), {})
    assert list(record) == ["id", "tags", "description", "user", "expect"]
    assert record["user"] == {"customer": "c", "turns": [{"text": "hi"}]}
    unchanged = suite_case("s", "en-x", "k", "d", "c", [], [])
    assert unchanged["tags"] == ["en", "s", "k"] and unchanged["expect"]["store"] == {"unchanged": True}


def test_default_customer_left_out() -> None:
    assert case_beside_default("i", [], "d", ["a"], {}, "mia", "mia")["user"] == {"turns": [{"text": "a"}]}
    assert case_beside_default("i", [], "d", ["a"], {}, "leo", "mia")["user"]["customer"] == "leo"


def test_reply_turn_only_with_checks() -> None:
    assert reply_turn("hi") == {"text": "hi"}
    assert reply_turn("hi", [["a"]], ["b"]) == {"text": "hi", "reply": {"facts": [["a"]], "must_not_say": ["b"]}}


def test_calls() -> None:
    assert item_change_call("t", "#W1", "1", "2") == {
        "name": "t",
        "arguments": {"order_id": "#W1", "item_ids": ["1"], "new_item_ids": ["2"]},
    }
    assert item_change_call("t", "#W1", "1", "2", "paypal_1")["arguments"]["payment_method_id"] == "paypal_1"
    assert other_variants_forbidden("t", ["3"]) == [{"name": "t", "arguments": {"new_item_ids": ["3"]}}]
    order_id, order = next(iter(ORDERS.items()))
    first = order["items"][0]["item_id"]
    assert return_call(order_id, first)["arguments"]["item_ids"] == [first]
    with pytest.raises(ValueError):
        return_call(order_id, "not-an-item")


def test_old_builder_names_still_answered_by_tau_data() -> None:
    assert tau_data.reply_turn is reply_turn
    assert tau_data.suite_case is suite_case
    with pytest.raises(AttributeError):
        _ = tau_data.no_such_builder


def test_amount_words() -> None:
    assert amount_words(12.5) == ["12.50", "12,50"]
    assert dollar_words("35.00") == ["$35.00", "35,00 $"]
    assert [YES["en"], YES["fr"], YES["es"], YES["de"]] == YES_BY_INDEX
