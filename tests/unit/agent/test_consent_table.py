"""The consent reader against replies labelled by people who had not read it (tests/data/consent_replies*.yaml).

The bar is zero false yes: a reply a person would not act on must never let a write through. Refusals and
plain agreements should mostly be read as such (the customer is otherwise asked again, which is safe).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from assistant.consent import explicit_answer

DATA = Path(__file__).resolve().parents[2] / "data"
TOOL_OF_ACTION = {
    "cancel": "cancel_pending_order",
    "return": "return_delivered_order_items",
    "exchange": "exchange_delivered_order_items",
    "modify_items": "modify_pending_order_items",
    "address": "modify_pending_order_address",
    "payment": "modify_pending_order_payment",
    "profile_address": "modify_customer_address",
}
TABLES = sorted(DATA.glob("consent_replies*.yaml"))


def _rows(path: Path) -> list[dict[str, str]]:
    rows = yaml.safe_load(path.read_text("utf-8"))
    assert rows and all(row["label"] in ("yes", "no", "unclear") for row in rows)
    return rows


def _read(row: dict[str, str]) -> str:
    return explicit_answer(row["text"], tool=TOOL_OF_ACTION[row["action"]]) or "unclear"


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.stem)
def test_no_reply_a_person_would_not_act_on_reads_as_yes(path: Path) -> None:
    false_yes = [(row["lang"], row["text"]) for row in _rows(path) if row["label"] != "yes" and _read(row) == "yes"]
    assert false_yes == []


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.stem)
def test_no_unclear_reply_is_taken_as_a_refusal(path: Path) -> None:
    false_no = [(row["lang"], row["text"]) for row in _rows(path) if row["label"] == "unclear" and _read(row) == "no"]
    assert false_no == []


def test_plain_answers_are_mostly_understood_in_every_language() -> None:
    rows = _rows(DATA / "consent_replies.yaml")
    right, total = Counter[tuple[str, str]](), Counter[tuple[str, str]]()
    for row in rows:
        if row["label"] in ("yes", "no"):
            total[row["lang"], row["label"]] += 1
            right[row["lang"], row["label"]] += _read(row) == row["label"]
    recall = {key: right[key] / total[key] for key in total}
    assert len(recall) == 8  # yes and no in en, fr, es, de
    assert min(recall.values()) >= 0.85, recall
