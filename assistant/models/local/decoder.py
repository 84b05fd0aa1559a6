"""Schema-constrained decoding for in-process models: walk the JSON schema, let the model choose only what
the schema allows (enum members, booleans, null or not, numbers on a grid, when to close a list) and write
strings freely. The output is schema-valid by construction, whatever the weights.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from assistant.models.schema import JsonSchema

NUMBER_GRID = 11  # numbers with bounds are chosen among this many evenly spaced values
DEFAULT_MAX_ITEMS = 3
DEFAULT_STRING_TOKENS = 16


class ConstrainedLM(Protocol):
    """What the decoder needs from a language model holding a growing context."""

    def append(self, text: str) -> None:
        """Add literal text to the context."""
        ...

    def choose(self, options: list[str]) -> int:
        """Index of the option the model finds most likely after the context (the context is unchanged)."""
        ...

    def generate_string(self, max_tokens: int) -> str:
        """Greedily continue inside a JSON string until a quote; the text is added to the context."""
        ...


class SchemaDecoder:
    def __init__(self, lm: ConstrainedLM, *, max_string_tokens: int = DEFAULT_STRING_TOKENS) -> None:
        self._lm = lm
        self._max_string_tokens = max_string_tokens

    def decode(self, schema: JsonSchema) -> Any:
        """A Python value valid against `schema` (objects, arrays, enums, strings, numbers, bools, null)."""
        if "anyOf" in schema:
            return self._any_of(schema["anyOf"])
        if "enum" in schema:
            return self._pick([json.dumps(value) for value in schema["enum"]], schema["enum"])
        if "const" in schema:
            self._lm.append(json.dumps(schema["const"]))
            return schema["const"]
        kind = schema.get("type")
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            return self._array(schema)
        if kind == "string":
            return self._string(schema)
        if kind in ("number", "integer"):
            return self._number(schema, integer=kind == "integer")
        if kind == "boolean":
            return self._pick(["true", "false"], [True, False])
        if kind == "null":
            self._lm.append("null")
            return None
        raise ValueError(f"unsupported schema node: {schema}")

    def _pick(self, texts: list[str], values: list[Any]) -> Any:
        index = self._lm.choose(texts)
        self._lm.append(texts[index])
        return values[index]

    def _any_of(self, branches: list[JsonSchema]) -> Any:
        starts = [_opening(branch) for branch in branches]
        index = self._lm.choose(starts)
        return self.decode(branches[index])

    def _object(self, schema: JsonSchema) -> dict[str, Any]:
        self._lm.append("{")
        value: dict[str, Any] = {}
        for position, (key, node) in enumerate(schema.get("properties", {}).items()):
            self._lm.append(("" if position == 0 else ", ") + json.dumps(key) + ": ")
            value[key] = self.decode(node)
        self._lm.append("}")
        return value

    def _array(self, schema: JsonSchema) -> list[Any]:
        self._lm.append("[")
        limit = min(schema.get("maxItems", DEFAULT_MAX_ITEMS), DEFAULT_MAX_ITEMS)
        minimum = schema.get("minItems", 0)
        items: list[Any] = []
        while len(items) < limit:
            if len(items) >= minimum:
                go_on = _opening(schema.get("items", {})) if not items else ", "
                if self._lm.choose(["]", go_on]) == 0:
                    break
            if items:
                self._lm.append(", ")
            items.append(self.decode(schema.get("items", {})))
        self._lm.append("]")
        return items

    def _string(self, schema: JsonSchema) -> str:
        limit = schema.get("maxLength")
        self._lm.append('"')
        text = self._lm.generate_string(self._max_string_tokens)
        self._lm.append('"')
        text = text.replace('"', "").replace("\\", "").strip()
        return text[:limit] if limit else text

    def _number(self, schema: JsonSchema, *, integer: bool) -> float | int:
        low = schema.get("minimum", 0)
        high = schema.get("maximum", 1 if not integer else 9)
        if integer:
            values: list[Any] = list(range(int(low), int(high) + 1))[:50]
        else:
            step = (high - low) / (NUMBER_GRID - 1)
            values = [round(low + step * i, 3) for i in range(NUMBER_GRID)]
        return self._pick([json.dumps(value) for value in values], values)


def _opening(schema: JsonSchema) -> str:
    """The first characters a value of this schema starts with, to let the model choose a branch."""
    if "enum" in schema:
        return json.dumps(schema["enum"][0])[:1]
    kind = schema.get("type")
    return {"object": "{", "array": "[", "string": '"', "boolean": "t", "null": "null"}.get(str(kind), "0")
