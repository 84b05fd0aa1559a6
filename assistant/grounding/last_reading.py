"""A pure reader's answer for the message it read last, kept for the next reader that asks the same of it.

Several of understand's readers ask the same question of the same message in one turn ("where is my order #…?"
asks `asks_for_swap` three times and `names_options` four): a reader that is a function of the words and the
lexicon files alone (loaded once, never changed in a process) keeps the answer for the last text it read. One
entry only: a turn's readers ask in a row, and a longer memory would serve nothing but a customer repeating
themselves (and a bench whose customers repeat a few messages)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

Reader = TypeVar("Reader", bound=Callable[..., object])


def keeps_last_reading(reader: Reader) -> Reader:
    """`reader` with its answer for the last arguments kept (arguments and answer immutable: texts, bools,
    literals)."""
    return lru_cache(maxsize=1)(reader)  # type: ignore[return-value]
