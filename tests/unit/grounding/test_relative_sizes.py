"""Sizes said relative to the item's, in letters, words and measures (assistant/grounding/relative_sizes.py)."""

from __future__ import annotations

import pytest

from assistant.grounding.relative_sizes import next_size


@pytest.mark.parametrize(("values", "current", "step", "expected"), [
    (["S", "M", "L"], "M", 1, "L"),
    (["small", "medium", "large"], "large", -1, "medium"),
    (["6-inch", "7-inch", "8-inch"], "7-inch", 1, "8-inch"),
    (["28", "30", "32"], "30", -1, "28"),
    (["small", "medium", "large"], "large", 1, None),
    (["red", "blue"], "red", 1, None),
])
def test_next_size(values: list[str], current: str, step: int, expected: str | None) -> None:
    assert next_size(values, current, step) == expected
