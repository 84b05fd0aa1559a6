"""A wrong colour said by naming two colours, the one that came and the one ordered ("the top is green?? i picked
blue", "das top ist grün, bestellt hatte ich blau", "es morado, no negro"): read with the complaint lexicons'
ordered and received words and the catalog lexicons' colour words, in any language (fresh12 F8)."""

from __future__ import annotations

import re
from functools import cache

from assistant.grounding.catalog_lexicon import fold, load_lexicons
from assistant.grounding.complaint_cues import complaint_cues

# "no negro", "not black", "pas noir", "nicht schwarz", "kein schwarz": the colour that should have been
_NEGATION = r"(?:no|not|pas|pas en|nicht|kein|keine|instead of|au lieu du|en vez de|statt)"


@cache
def _colour_words() -> tuple[re.Pattern[str], dict[str, str]]:
    values: dict[str, str] = {}
    for lexicon in load_lexicons().values():
        for word, canonical in lexicon.colours.items():
            if canonical:
                values.setdefault(fold(word), canonical[0])
    words = sorted(values, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)"), values


def colours_named(text: str) -> list[str]:
    """The catalog colours a message names, in order, each once ("grün ... blau" → Green, Blue)."""
    pattern, values = _colour_words()
    return list(dict.fromkeys(values[m.group(1)] for m in pattern.finditer(fold(text))))


def says_colour_mismatch(text: str) -> bool:
    """Two different colours named, one of them as ordered, received or ruled out ("no negro")."""
    if len(colours_named(text)) < 2:
        return False
    said, cues = fold(text), complaint_cues()
    pattern, _ = _colour_words()
    negated = re.search(rf"(?<!\w){_NEGATION} {pattern.pattern}", said) is not None
    return negated or cues.ordered.search(said) is not None or cues.received.search(said) is not None
