"""The tau-retail data every case generator looks its ids up in, the write tools a case may forbid, and the writers
of a generated suite (the layout every generated file shares). The builders of a case are in case_builders.py.

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
# The same writes in the order the demo-customer suites of rounds 17-22 list them (their forbidden lists follow it).
WRITES_ADDRESS_FIRST = [
    "cancel_pending_order",
    "modify_pending_order_address",
    "modify_pending_order_items",
    *WRITES[3:],
]


def _table(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.json").read_text())


ORDERS = _table("orders")
USERS = _table("users")
PRODUCTS = _table("products")


def write_suite(path: Path, suite: dict[str, Any]) -> None:
    """A generated suite, in the layout every generated file shares (keys in order, unicode kept, 120 wide)."""
    path.write_text(yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=120))


def write_cases(path: Path, suite: str, description: str, tags: list[str], cases: list[dict[str, Any]]) -> None:
    """A generated suite of `cases` (no default customer, every id once), written as write_suite does; one line
    says how many cases went where."""
    ids = [case["id"] for case in cases]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    write_suite(path, {"suite": suite, "description": description, "tags": tags, "customer": None, "cases": cases})
    print(len(cases), "cases ->", path)


class _NoAliases(yaml.SafeDumper):
    """Repeated values written out in full (no &anchors/*aliases), so each case reads on its own."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_unaliased_suite(path: Path, suite: dict[str, Any]) -> None:
    """A generated suite laid out as write_suite lays it out, with no aliases (repeated values written in full)."""
    text = yaml.dump(suite, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(text, encoding="utf-8")


def write_escaped_suite(path: str, header: str, suite: dict[str, Any]) -> None:
    """A generated suite with a comment line first, non-ASCII written as escapes and no aliases (110 wide)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        yaml.dump(suite, f, Dumper=_NoAliases, allow_unicode=False, sort_keys=False, width=110)


# Builders that lived here before case_builders.py: older generators (and branches) still import them from here.
_MOVED = {"reply_checks", "reply_turn", "writes_expected", "suite_case"}


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        from evals.generators import case_builders

        return getattr(case_builders, name)
    raise AttributeError(name)
