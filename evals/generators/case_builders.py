"""The small builders of a generated case, shared by every generator: a customer's turns and the checks on their
replies, the writes a case expects or forbids, what the store holds after them, and the case record itself (its
keys in the order every generated suite shares)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from evals.generators.tau_data import WRITES


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
    if reply := reply_checks(facts, never):
        turn["reply"] = reply
    return turn


def text_turns(texts: list[str]) -> list[dict[str, Any]]:
    """Customer turns that are only their text."""
    return [{"text": text} for text in texts]


def forbidden(names: Iterable[str]) -> list[dict[str, Any]]:
    """The `forbidden` entries for these tool names, in their order."""
    return [{"name": name} for name in names]


def writes_other_than(calls: list[dict[str, Any]], writes: list[str] = WRITES) -> list[dict[str, Any]]:
    """Every write tool that none of `calls` names, forbidden (in the order of `writes`)."""
    names = {call["name"] for call in calls}
    return forbidden(name for name in writes if name not in names)


def other_variants_forbidden(tool: str, variants: list[str]) -> list[dict[str, Any]]:
    """`tool` forbidden with each of these new variants (the ones a case must never write)."""
    return [{"name": tool, "arguments": {"new_item_ids": [v]}} for v in variants]


def write_actions(calls: list[dict[str, Any]], mode: str = "strict") -> dict[str, Any]:
    """An `actions` expectation over writes only, arguments a superset (strict: exactly `calls`, in order)."""
    return {"mode": mode, "scope": "writes", "args": "superset", "calls": calls}


def writes_forbidding(calls: list[dict[str, Any]], names: list[str], mode: str = "strict") -> dict[str, Any]:
    """A case's `expect` for `calls` (strict: exactly these; superset: at least these) with exactly the tools
    `names` forbidden."""
    return {"actions": write_actions(calls, mode), "forbidden": forbidden(names)}


def store_unchanged() -> dict[str, Any]:
    """The store expectation of a case that writes nothing."""
    return {"unchanged": True}


def order_status(order_id: str, status: str) -> dict[str, Any]:
    """The store expectation that one order ends in `status`."""
    return orders_in_status([(order_id, status)])


def orders_in_status(touched: list[tuple[str, str]]) -> dict[str, Any]:
    """The store expectation that each (order id, status) of `touched` ends in that status."""
    return {"orders": [{"id": oid, "status": status} for oid, status in touched]}


def orders_after(
    calls: list[dict[str, Any]], status_after: dict[str, str], statuses: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """The store's orders after `calls`: each order written by a tool of `status_after` in the status it leaves, then
    `statuses` (order id: status) as given."""
    orders = [
        {"id": c["arguments"]["order_id"], "status": status_after[c["name"]]}
        for c in calls
        if c["name"] in status_after
    ]
    return orders + [{"id": oid, "status": status} for oid, status in (statuses or {}).items()]


def writes_expected(
    calls: list[dict[str, Any]],
    *,
    store: dict[str, Any] | None = None,
    reply: dict[str, Any] | None = None,
    writes: list[str] = WRITES,
) -> dict[str, Any]:
    """A case's `expect` for exactly `calls` (strict, writes only, arguments a superset); every other write
    forbidden (in the order of `writes`); then the store and the reply expectations, where given."""
    expect: dict[str, Any] = {"actions": write_actions(calls), "forbidden": writes_other_than(calls, writes)}
    if store:
        expect["store"] = store
    if reply:
        expect["reply"] = reply
    return expect


def case_record(
    case_id: str,
    tags: list[str],
    description: str,
    customer: str | None,
    turns: list[dict[str, Any]],
    expect: dict[str, Any],
) -> dict[str, Any]:
    """A case in the key order every generated suite shares."""
    return {
        "id": case_id,
        "tags": tags,
        "description": description,
        "user": {"customer": customer, "turns": turns},
        "expect": expect,
    }


def case_beside_default(
    case_id: str,
    tags: list[str],
    description: str,
    texts: list[str],
    expect: dict[str, Any],
    customer: str,
    default: str,
) -> dict[str, Any]:
    """A case of a suite whose default customer is `default`: the customer is named only when another."""
    user: dict[str, Any] = {"turns": text_turns(texts)}
    if customer != default:
        user = {"customer": customer, **user}
    return {"id": case_id, "tags": tags, "description": description, "user": user, "expect": expect}


def suite_case(
    suite: str,
    case_id: str,
    kind: str,
    description: str,
    customer: str,
    turns: list[dict[str, Any]],
    calls: list[dict[str, Any]],
) -> dict[str, Any]:
    """A case whose writes are `calls` in this order (every other write forbidden), or none (the store unchanged)."""
    expect: dict[str, Any] = {"forbidden": writes_other_than(calls)}
    if calls:
        expect["actions"] = write_actions(calls)
    else:
        expect["store"] = store_unchanged()
    return case_record(case_id, [case_id.split("-")[0], suite, kind], description, customer, turns, expect)
