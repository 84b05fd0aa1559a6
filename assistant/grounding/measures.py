"""Option values that are a number with a unit ("750ml", "1.5L", "6 hours", "2 cups", "10-inch"), read in the
customer's spelling and language ("750 ml", "1,5 litres", "6 horas", "2-Tassen", "13 pouces"), and in another unit
of the same scale ("75 cl", "0,75 l" for 750ml): the units and their scales are data (`measure_units` and
`measure_scales` in the grounding lexicon)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.grounding.lexicon import lexicon

Measure = tuple[float, str]  # the number and the unit's canonical name, in the base unit of its scale


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    canonical = {word.lower(): unit for unit, words in lexicon().measure_units.items() for word in words}
    units = "|".join(re.escape(word) for word in sorted(canonical, key=len, reverse=True))
    return re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?-?(" + units + r")(?!\w)", re.I), canonical


def in_base_unit(number: float, unit: str) -> Measure:
    """`number` `unit` in the base unit of its scale (1.5, "l" -> 1500.0, "ml"); a unit without a scale as it is."""
    factor, base = lexicon().measure_scales.get(unit, (1.0, unit))
    return round(number * factor, 6), base


def measures(text: str) -> list[tuple[Measure, int, int]]:
    """Every number with a unit in `text`, with its span."""
    pattern, canonical = _pattern()
    return [(in_base_unit(float(m.group(1).replace(",", ".")), canonical[m.group(2).lower()]), m.start(), m.end())
            for m in pattern.finditer(text)]


def names_a_measure(text: str) -> bool:
    return bool(measures(text))


def measure_of(value: str) -> Measure | None:
    """A catalog value that is one number with a unit ("750ml", "2 cups"); None for anything else."""
    found = measures(value)
    if len(found) != 1:
        return None
    measure, start, end = found[0]
    return measure if not value[:start].strip() and value[end:].strip().lower() in ("", "equivalent") else None
