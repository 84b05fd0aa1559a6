"""A size said relative to the one ordered: "one size bigger", "une taille au-dessus", "una talla más grande", "eine
Größe kleiner". The product's next size up or down from the item's, in the product's own size order."""

from __future__ import annotations

import re

from assistant.grounding.lexicon import lexicon

# Letter sizes in order; numeric sizes ("32", "10") are ordered by their number.
LETTER_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"]


def size_step(text: str) -> int:
    """+1 for a size up, -1 for a size down, 0 when the words say neither."""
    words = lexicon().patterns
    if words["size_up"].search(text):
        return 1
    return -1 if words["size_down"].search(text) else 0


def without_relative_size(text: str) -> str:
    """The text less its relative size words ("una talla más grande" holds "grande", which is no size L here)."""
    for name in ("size_up", "size_down"):
        text = lexicon().patterns[name].sub(" ", text)
    return text


# Sizes said in words, at the place of their letter ("medium" is M); measures ("7-inch", "28 inch", "1.5L") by their
# number.
WORD_SIZES = {"extra small": "XS", "x-small": "XS", "small": "S", "medium": "M", "large": "L", "extra large": "XL",
              "x-large": "XL", "xx-large": "XXL"}
_LEADING_NUMBER = re.compile(r"\s*(\d+(?:[.,]\d+)?)")


def order_key(value: str) -> tuple[int, float]:
    upper = WORD_SIZES.get(value.lower(), value).upper()
    if upper in LETTER_ORDER:
        return 0, float(LETTER_ORDER.index(upper))
    number = _LEADING_NUMBER.match(value)
    return (1, float(number.group(1).replace(",", "."))) if number else (2, 0.0)


def next_size(values: list[str], current: str, step: int) -> str | None:
    """The product's size `step` away from `current` (None when there is none, or the sizes have no order)."""
    ordered = sorted(values, key=order_key)
    if current not in ordered or any(order_key(v)[0] == 2 for v in ordered):
        return None
    index = ordered.index(current) + step
    return ordered[index] if 0 <= index < len(ordered) else None
