"""JSON schemas for decision contracts, shaped for `response_format={"type": "json_schema", strict: true}`."""

from __future__ import annotations

import copy
from typing import Any

from assistant.models.contracts import DecisionContract

JsonSchema = dict[str, Any]


def decision_schema(kind: type[DecisionContract]) -> JsonSchema:
    """The contract's schema with `$ref`s inlined, every object closed and every property required.

    Strict structured-output engines (OpenAI strict mode; vLLM's xgrammar follows the same shape) want
    closed objects with all keys required; optional fields stay optional as `anyOf [..., null]`.
    """
    raw = kind.model_json_schema()
    defs = raw.pop("$defs", {})
    return _strict(_inline(raw, defs))


def response_format(kind: type[DecisionContract]) -> dict[str, Any]:
    """The OpenAI-compatible `response_format` body for one decision."""
    return {
        "type": "json_schema",
        "json_schema": {"name": kind.__name__, "schema": decision_schema(kind), "strict": True},
    }


def _inline(node: Any, defs: dict[str, JsonSchema]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            target = copy.deepcopy(defs[ref.rsplit("/", 1)[-1]])
            extra = {k: v for k, v in node.items() if k != "$ref"}
            return _inline({**target, **extra}, defs)
        return {key: _inline(value, defs) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    return node


def _strict(node: Any) -> Any:
    if isinstance(node, list):
        return [_strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _strict(value) for key, value in node.items() if key != "title"}
    node.pop("default", None)
    if node.get("type") == "object" and "properties" in node:
        node["additionalProperties"] = False
        node["required"] = list(node["properties"])
    return node
