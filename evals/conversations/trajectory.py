"""Trajectory expectations scored with agentevals' trajectory match evaluators (openevals-style).

The agent's trajectory is the list of tool calls that succeeded during the conversation (a refused call,
such as another customer's order id, changed nothing and is reported separately). Each call becomes its own
assistant message with one OpenAI-style tool call, so `strict` means same calls in the same order.
"""

from __future__ import annotations

import json
from itertools import permutations
from typing import Any

from agentevals.trajectory.match import create_trajectory_match_evaluator

from evals.conversations.suite import Actions, ToolCall
from tools.registry import TOOLS, ToolKind

_MOST_CALLS_PERMUTED = 6  # 720 orders at most; a conversation's writes are a handful


def as_messages(calls: list[dict[str, Any]] | list[ToolCall]) -> list[dict[str, Any]]:
    messages = []
    for call in calls:
        if isinstance(call, ToolCall):
            name, arguments = call.name, call.arguments
        else:
            name, arguments = call["name"], call["arguments"]
        messages.append({"role": "assistant", "content": "", "tool_calls": [
            {"type": "function", "function": {"name": name, "arguments": json.dumps(arguments, default=str)}}]})
    return messages


def match_actions(expected: Actions, performed: list[dict[str, Any]]) -> str | None:
    """None when the performed calls match the expected ones in the expected modes; else what is wrong."""
    if expected.scope == "writes":
        performed = [c for c in performed if c["name"] in TOOLS and TOOLS[c["name"]].kind is ToolKind.WRITE]
    if _matches(expected, performed):
        return None
    done = ", ".join(f"{c['name']}({json.dumps(c['arguments'], default=str)})" for c in performed) or "nothing"
    wanted = ", ".join(f"{c.name}({json.dumps(c.arguments)})" for c in expected.calls) or "nothing"
    return f"trajectory ({expected.mode}, args {expected.args}): expected {wanted}; did {done}"


def _matches(expected: Actions, performed: list[dict[str, Any]]) -> bool:
    """agentevals' match in the expected modes, except `unordered` with a one-way argument mode: agentevals applies
    the argument mode both ways there, so "superset" would ask for exactly the expected arguments. The calls are
    then matched in any order, each performed call against one expected call, the argument mode one way."""
    reference = as_messages(expected.calls)
    if expected.mode == "unordered" and expected.args in ("superset", "subset"):
        if len(performed) != len(expected.calls) or len(performed) > _MOST_CALLS_PERMUTED:
            return False
        strict = create_trajectory_match_evaluator(trajectory_match_mode="strict", tool_args_match_mode=expected.args)
        return any(strict(outputs=as_messages(list(order)), reference_outputs=reference)["score"]
                   for order in permutations(performed))
    evaluator = create_trajectory_match_evaluator(trajectory_match_mode=expected.mode,
                                                  tool_args_match_mode=expected.args)
    return bool(evaluator(outputs=as_messages(performed), reference_outputs=reference)["score"])


def forbidden_performed(forbidden: list[ToolCall], performed: list[dict[str, Any]]) -> list[str]:
    """Forbidden calls that were performed: same name, and every given argument equal."""
    return [
        f"forbidden action performed: {call['name']}({json.dumps(call['arguments'], default=str)})"
        for rule in forbidden
        for call in performed
        if call["name"] == rule.name and all(call["arguments"].get(k) == v for k, v in rule.arguments.items())
    ]
