"""Whom a purchase is for: "camisetas para mi novia", "a hoodie for my bro", "une veste pour ma copine", "für meinen
Kumpel" name a person by a possessive and a gender word of the catalog lexicons. Such a "my" says nothing of an order
of the customer's own, so the words of an order are read without it."""

from __future__ import annotations

import re
from functools import cache

from assistant.grounding.catalog_lexicon import fold, load_lexicons


@cache
def _relation() -> re.Pattern[str]:
    lexicons = load_lexicons().values()
    possessives = {fold(word) for lexicon in lexicons for word in lexicon.possessives}
    people = {fold(word) for lexicon in lexicons for words in lexicon.gender.values() for word in words}
    people = {word.split(" ", 1)[1] if word.split(" ", 1)[0] in possessives and " " in word else word
              for word in people}
    alternation = "|".join(re.escape(word) for word in sorted(people, key=len, reverse=True))
    owners = "|".join(re.escape(word) for word in sorted(possessives, key=len, reverse=True))
    return re.compile(rf"\b(?:{owners})\s+(?:{alternation})\b")


def without_relations(text: str) -> str:
    """`text` folded, each "possessive + person" ("mi novia", "my bro") blanked."""
    return _relation().sub(" ", fold(text))
