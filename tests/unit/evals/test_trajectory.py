"""Trajectory matching through agentevals' evaluators, and forbidden actions."""

import pytest

from evals.conversations.suite import Actions, ToolCall
from evals.conversations.trajectory import forbidden_performed, match_actions

LOOKUP = {"name": "get_order_details", "arguments": {"order_id": "#W1"}, "ok": True}
CANCEL = {"name": "cancel_pending_order", "arguments": {"order_id": "#W1", "reason": "ordered by mistake"}, "ok": True}


def expected(mode: str, args: str, *calls: ToolCall, scope: str = "all") -> Actions:
    return Actions(mode=mode, args=args, scope=scope, calls=list(calls))


CANCEL_W1 = ToolCall(name="cancel_pending_order", arguments={"order_id": "#W1"})
LOOK_W1 = ToolCall(name="get_order_details", arguments={"order_id": "#W1"})


@pytest.mark.parametrize("actions, performed, ok", [
    (expected("superset", "superset", CANCEL_W1), [LOOKUP, CANCEL], True),
    (expected("superset", "exact", CANCEL_W1), [LOOKUP, CANCEL], False),  # the reason was not expected
    (expected("strict", "superset", LOOK_W1, CANCEL_W1), [LOOKUP, CANCEL], True),
    (expected("strict", "superset", CANCEL_W1, LOOK_W1), [LOOKUP, CANCEL], False),  # order matters
    (expected("unordered", "ignore", CANCEL_W1, LOOK_W1), [LOOKUP, CANCEL], True),
    # unordered with partial arguments: each call at least the expected arguments, in any order (agentevals alone
    # would apply "superset" both ways and ask for exactly the expected arguments)
    (expected("unordered", "superset", CANCEL_W1, LOOK_W1), [LOOKUP, CANCEL], True),
    (expected("unordered", "superset", CANCEL_W1, LOOK_W1), [CANCEL], False),  # a call missing
    (expected("unordered", "superset", CANCEL_W1, LOOK_W1), [LOOKUP, CANCEL, CANCEL], False),  # an extra call
    (expected("unordered", "superset", ToolCall(name="cancel_pending_order", arguments={"order_id": "#W2"}), LOOK_W1),
     [LOOKUP, CANCEL], False),  # another order's cancel
    (expected("unordered", "exact", CANCEL_W1, LOOK_W1), [LOOKUP, CANCEL], False),  # the reason was not expected
    (expected("strict", "superset", CANCEL_W1), [LOOKUP, CANCEL], False),  # an extra call
    (expected("strict", "superset", CANCEL_W1, scope="writes"), [LOOKUP, CANCEL], True),
    (expected("subset", "ignore", LOOK_W1, CANCEL_W1), [LOOKUP], True),
    (expected("subset", "ignore", LOOK_W1), [LOOKUP, CANCEL], False),
    (expected("superset", "superset", ToolCall(name="cancel_pending_order", arguments={"order_id": "#W2"})),
     [CANCEL], False),
])
def test_modes(actions: Actions, performed: list[dict], ok: bool) -> None:
    problem = match_actions(actions, performed)
    assert (problem is None) is ok, problem


def test_a_mismatch_says_what_was_expected_and_done() -> None:
    problem = match_actions(expected("strict", "superset", CANCEL_W1), [])
    assert problem and "cancel_pending_order" in problem and "did nothing" in problem


def test_forbidden_matches_name_and_given_arguments_only() -> None:
    rule = ToolCall(name="cancel_pending_order", arguments={"order_id": "#W2"})
    assert forbidden_performed([rule], [CANCEL]) == []
    assert forbidden_performed([ToolCall(name="cancel_pending_order")], [LOOKUP, CANCEL])
