"""The tau-retail data every case generator looks its ids up in, and the write tools a case may forbid.

Generators run from the repository root: `python -m evals.generators.<name>`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "tau-retail"
ORDER_WRITES = [
    "cancel_pending_order",
    "modify_pending_order_items",
    "modify_pending_order_address",
    "modify_pending_order_payment",
    "return_delivered_order_items",
    "exchange_delivered_order_items",
]
WRITES = [*ORDER_WRITES, "modify_customer_address"]


def _table(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.json").read_text())


ORDERS = _table("orders")
USERS = _table("users")
PRODUCTS = _table("products")


def write_suite(path: Path, suite: dict[str, Any]) -> None:
    """A generated suite, in the layout every generated file shares (keys in order, unicode kept, 120 wide)."""
    path.write_text(yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=120))


class _NoAliases(yaml.SafeDumper):
    """Repeated values written out in full (no &anchors/*aliases), so each case reads on its own."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_escaped_suite(path: str, header: str, suite: dict[str, Any]) -> None:
    """A generated suite with a comment line first, non-ASCII written as escapes and no aliases (110 wide)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        yaml.dump(suite, f, Dumper=_NoAliases, allow_unicode=False, sort_keys=False, width=110)


def reply_checks(facts: list[Any] | None, must_not_say: list[str] | None) -> dict[str, Any]:
    """A case's reply expectations: the facts it must say and the words it must not (empty when neither)."""
    reply: dict[str, Any] = {}
    if facts:
        reply["facts"] = facts
    if must_not_say:
        reply["must_not_say"] = must_not_say
    return reply


def reply_turn(text: str, facts: list[list[str]] | None = None, never: list[str] | None = None) -> dict[str, Any]:
    """A customer turn with the facts its reply must say and the words it must not."""
    turn: dict[str, Any] = {"text": text}
    if facts or never:
        turn["reply"] = {**({"facts": facts} if facts else {}), **({"must_not_say": never} if never else {})}
    return turn


def writes_expected(calls: list[dict[str, Any]]) -> dict[str, Any]:
    """A case's `expect` for exactly `calls` (strict, writes only, arguments a superset); every other write
    forbidden."""
    names = {call["name"] for call in calls}
    return {"actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": calls},
            "forbidden": [{"name": name} for name in WRITES if name not in names]}


def suite_case(suite: str, case_id: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          calls: list[dict[str, Any]]) -> dict[str, Any]:
    """A case whose writes are `calls` in this order (every other write forbidden), or none (the store unchanged)."""
    names = {call["name"] for call in calls}
    expect: dict[str, Any] = {"forbidden": [{"name": name} for name in WRITES if name not in names]}
    if calls:
        expect["actions"] = {"mode": "strict", "scope": "writes", "args": "superset", "calls": calls}
    else:
        expect["store"] = {"unchanged": True}
    return {"id": case_id, "tags": [case_id.split("-")[0], suite, kind], "description": description,
            "user": {"customer": customer, "turns": turns}, "expect": expect}
