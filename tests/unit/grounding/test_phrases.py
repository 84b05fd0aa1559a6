"""Phrasings in the four languages: asking for the list of orders, a cancellation's reason, the part of an
order to change (table: tests/data/grounding_phrases.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.grounding.orders import asks_for_order_list
from assistant.grounding.reasons import read_cancel_reason, read_modification
from assistant.models.contracts import Intent
from assistant.models.resolver.patterns import extract_slots, pattern_intent

TABLE = yaml.safe_load((Path(__file__).parents[2] / "data" / "grounding_phrases.yaml").read_text(encoding="utf-8"))


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [case["text"] for case in cases]


@pytest.mark.parametrize("case", TABLE["order_list"], ids=_ids(TABLE["order_list"]))
def test_asking_for_the_list_of_orders(case: dict[str, Any]) -> None:
    assert asks_for_order_list(case["text"]) is case["lists"]


@pytest.mark.parametrize("case", TABLE["cancel_reason"], ids=_ids(TABLE["cancel_reason"]))
def test_the_cancel_reason_in_the_words(case: dict[str, Any]) -> None:
    assert read_cancel_reason(case["text"]) == case["reason"]


@pytest.mark.parametrize("case", TABLE["modification"], ids=_ids(TABLE["modification"]))
def test_the_part_of_the_order_to_change(case: dict[str, Any]) -> None:
    assert read_modification(case["text"]) == case["part"]


@pytest.mark.parametrize("case", TABLE["order_list"], ids=_ids(TABLE["order_list"]))
def test_the_resolver_reads_a_request_for_the_list_as_order_status(case: dict[str, Any]) -> None:
    text = case["text"]
    decided = pattern_intent(text, extract_slots(text))
    if case["lists"]:
        assert decided is Intent.ORDER_STATUS
    else:
        assert decided is not Intent.ORDER_STATUS or extract_slots(text).order_ids
