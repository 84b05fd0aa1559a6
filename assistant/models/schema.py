"""JSON schemas for decision contracts, shaped for `response_format={"type": "json_schema", strict: true}`."""

from __future__ import annotations

import copy
import json
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


# Bounds for values a schema leaves open, in characters of compact JSON.
_OPEN_STRING_CHARS = 80
_NUMBER_CHARS = 12  # e.g. 0.8734 or a long float such as 0.99999994
_OPEN_ARRAY_ITEMS = 5
CHARS_PER_TOKEN = 3  # conservative: JSON punctuation and ids tokenise densely; prose runs ~4 per token
TOKEN_MARGIN = 16


def max_json_chars(node: JsonSchema) -> int:
    """The longest compact JSON an instance of `node` can be (open strings and arrays bounded above)."""
    if "anyOf" in node:
        return max(max_json_chars(option) for option in node["anyOf"])
    if "enum" in node:
        return max(len(json.dumps(value)) for value in node["enum"])
    if "const" in node:
        return len(json.dumps(node["const"]))
    kind = node.get("type")
    if kind == "object":
        properties = node.get("properties", {})
        fields = [len(json.dumps(key)) + 1 + max_json_chars(value) for key, value in properties.items()]
        return 2 + sum(fields) + max(len(fields) - 1, 0)
    if kind == "array":
        items = node.get("maxItems", _OPEN_ARRAY_ITEMS)
        return 2 + items * (max_json_chars(node.get("items", {})) + 1)
    if kind == "string":
        # An escaped character can take two; names and rationales rarely need it, so one is counted.
        return 2 + node.get("maxLength", _OPEN_STRING_CHARS)
    if kind in ("number", "integer"):
        return _NUMBER_CHARS
    if kind == "boolean":
        return 5
    return 4  # null


def decision_token_cap(kind: type[DecisionContract]) -> int:
    """`max_tokens` for one decision: the schema's longest compact answer plus a small margin.

    With whitespace disabled in the server's structured-output grammar a valid answer cannot be longer, so
    a tighter cap never cuts a valid answer, and a looser one only lets a confused model run on.
    """
    return max_json_chars(decision_schema(kind)) // CHARS_PER_TOKEN + TOKEN_MARGIN
