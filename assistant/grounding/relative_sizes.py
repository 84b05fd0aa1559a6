"""A size said relative to the one ordered: "one size bigger", "une taille au-dessus", "una talla por encima", "eine
Größe drüber". The product's next size up or down from the item's, in the product's own size order."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, lexicon
from assistant.models.prompts import PromptLibrary

# Letter sizes in order; numeric sizes ("32", "10") are ordered by their number.
LETTER_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"]


class DirectionWords(BaseModel):
    """The words of one direction, said right after a size noun ("a size up") or right before it ("go up a size")."""

    model_config = ConfigDict(extra="forbid")
    after: list[str]
    before: list[str]


class RelativeSizeWords(BaseModel):
    """prompts/relative_sizes.vN.yaml."""

    model_config = ConfigDict(extra="forbid")
    size_nouns: list[str]
    fillers: list[str]
    up: DirectionWords
    down: DirectionWords


def _alternation(words: list[str]) -> str:
    """Words as one group, longest first; a plain word's accents optional, a regex fragment ("más(?!…)") as written."""
    parts = [w if "(?" in w else r"\s+".join(_accent_optional(part) for part in w.split())
             for w in sorted(set(words), key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


def _accent_optional(word: str) -> str:
    plain = {"é": "[ée]", "è": "[èe]", "ú": "[úu]", "á": "[áa]", "ó": "[óo]", "í": "[íi]", "ö": "(?:ö|oe|o)",
             "ü": "(?:ü|ue|u)", "ß": "(?:ß|ss)"}
    return "".join(plain.get(character, re.escape(character)) for character in word)


@cache
def _composed() -> dict[int, re.Pattern[str]]:
    """Per step (+1, -1), a size noun with that direction's word after or before it, fillers between."""
    words = RelativeSizeWords.model_validate(PromptLibrary(PROMPTS).get("relative_sizes").data())
    noun, gap = _alternation(words.size_nouns), r"\W+(?:" + _alternation(words.fillers) + r"\W+){0,2}"
    return {step: re.compile(rf"(?<!\w)(?:{noun}{gap}{_alternation(way.after)}|{_alternation(way.before)}{gap}{noun})"
                             r"(?!\w)", re.I)
            for step, way in ((1, words.up), (-1, words.down))}


def _readings(text: str) -> list[tuple[int, int]]:
    """(length, step) of every relative size the text says, by the listed phrases and by the composed words."""
    listed = lexicon().patterns
    patterns = [(1, listed["size_up"]), (-1, listed["size_down"]), *_composed().items()]
    return [(len(match.group(0)), step) for step, pattern in patterns for match in pattern.finditer(text)]


def size_step(text: str) -> int:
    """+1 for a size up, -1 for a size down, 0 when the words say neither. Where both are read ("the next size
    down" holds "the next size", "una talla más pequeña" holds "una talla más"), the longer reading is meant."""
    readings = _readings(text)
    if not readings:
        return 0
    longest = max(length for length, _ in readings)
    steps = {step for length, step in readings if length == longest}
    return steps.pop() if len(steps) == 1 else 0


def without_relative_size(text: str) -> str:
    """The text less its relative size words ("una talla más grande" holds "grande", which is no size L here)."""
    for pattern in (lexicon().patterns["size_up"], lexicon().patterns["size_down"], *_composed().values()):
        text = pattern.sub(" ", text)
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


def lies_that_way(current: str, other: str, step: int) -> bool:
    """`other` is a size on the `step` side of `current` ("la cama se le ha quedado pequeña, una talla por encima":
    small is no size up from medium), or the two have no order to tell."""
    here, there = order_key(current), order_key(other)
    if here[0] == 2 or there[0] == 2 or here[0] != there[0]:
        return True
    return (there[1] - here[1]) * step > 0
