"""Sizes said relative to the item's, in letters, words and measures (assistant/grounding/relative_sizes.py)."""

from __future__ import annotations

import pytest

from assistant.grounding.relative_sizes import lies_that_way, next_size, size_step


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


@pytest.mark.parametrize(("text", "step"), [
    ("i want to go up a size", 1),
    ("down one size please, it wobbles", -1),
    ("exchange the t-shirt for the next size down", -1),
    ("je voudrais plutôt la taille du dessus", 1),
    ("vous pouvez me mettre la taille au dessus ?", 1),
    ("une taille en moins", -1),
    ("quiero cambiarla por una talla por encima", 1),
    ("la quiero en la talla de arriba", 1),
    ("¿me las cambiáis por un número más?", 1),
    ("una talla más pequeña", -1),
    ("in der nächsten Größe", 1),
    ("eine Größe darunter", -1),
    ("hätte ich gern in einer kleineren Größe", -1),
])
def test_a_size_noun_with_a_direction_word_is_a_step(text: str, step: int) -> None:
    assert size_step(text) == step


@pytest.mark.parametrize("text", [
    "the size is smaller than expected",
    "in size L please",
    "what sizes are there?",
    "¿tenéis más tallas?",
    "es gibt keine Größe mehr",
])
def test_a_size_noun_beside_other_words_is_no_step(text: str) -> None:
    assert size_step(text) == 0


@pytest.mark.parametrize(("current", "other", "step", "expected"), [
    ("medium", "small", 1, False),  # "se le ha quedado pequeña, una talla por encima": no small from medium
    ("medium", "large", 1, True),
    ("M", "S", -1, True),
    ("8", "10", 1, True),
    ("red", "blue", 1, True),  # no order to tell
])
def test_a_size_said_beside_a_step_lies_that_way(current: str, other: str, step: int, expected: bool) -> None:
    assert lies_that_way(current, other, step) is expected
