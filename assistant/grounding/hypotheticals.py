"""A return, an exchange or a cancellation asked about as a hypothetical ("if I returned the watch, how much would I
get back?", "combien je serais remboursé si je le retourne ?", "si lo devolviera, ¿cuánto me devuelven?", "wenn ich
die Maus zurückschicke, wie viel bekomme ich?"): a question, answered with what the write would come to, never
proposed. The words are data (prompts/hypotheticals.vN.yaml, four languages)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS, any_language_pattern, require_every_language
from assistant.models.prompts import PromptLibrary

TABLES = ("conditions", "asks", "wishes")


class HypotheticalWords(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    conditions: dict[str, list[str]]
    asks: dict[str, list[str]]
    wishes: dict[str, list[str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "hypothetical words")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = HypotheticalWords.model_validate(PromptLibrary(PROMPTS).get("hypotheticals").data())
    return {table: any_language_pattern(getattr(words, table)) for table in TABLES}


def asks_a_hypothetical(text: str) -> bool:
    """The turn asks what a write would come to if the customer made it ("if I returned it, how much?")."""
    said = fold(text)
    patterns = _patterns()
    conditions = patterns["conditions"].search(said) or patterns["wishes"].search(said)
    return bool(conditions) and ("?" in text or bool(patterns["asks"].search(said)))


def wishes_a_value_hypothetically(text: str) -> bool:
    """The turn asks whether the item could have another value ("and if I wanted it in charcoal, could I?", "et si
    je la voulais en noir, c'est possible ?"): a question about a change, never the change itself."""
    said = fold(text)
    patterns = _patterns()
    return bool(patterns["wishes"].search(said)) and ("?" in text or bool(patterns["asks"].search(said)))
