"""Options a customer says to keep while asking for another variant of an item (fresh16 F7): "it has to stay
red", "same colour as now", "keep the rest", "doit rester rouge", "que siga siendo rojo", "soll rot bleiben".

A kept option holds like an asked one: no variant changing it is offered as "the only one" there is. The words are
data (prompts/kept_options.vN.yaml); read only while an item change is grounded, against that item's product."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, phrase_pattern, require_every_language
from assistant.grounding.option_labels import option_labels
from assistant.models.prompts import PromptLibrary

TABLES = ("keep_words", "rest_words")
# A keep word holds over its own clause: "change it to size S, but it has to stay red" keeps red, not S.
_CLAUSE = re.compile(r"[,;.!?¿¡:\n()]|\s(?:but|mais|pero|aber|and|et|y|und)\s", re.I)


class KeptWords(BaseModel):
    """prompts/kept_options.vN.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    keep_words: dict[str, list[str]]
    rest_words: dict[str, list[str]]
    option_names: dict[str, list[str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "kept options")


@lru_cache(maxsize=1)
def _words() -> KeptWords:
    return KeptWords.model_validate(PromptLibrary(PROMPTS).get("kept_options").data())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _words()
    every = [w for table in (words.keep_words, words.rest_words) for ws in table.values() for w in ws]
    rest = [w for ws in words.rest_words.values() for w in ws]
    return phrase_pattern(every, accents_optional=True), phrase_pattern(rest, accents_optional=True)


@lru_cache(maxsize=256)
def _name_pattern(key: str) -> re.Pattern[str]:
    """An option's name in any language: the lexicon's, the catalog's own and its labels."""
    names = [*_words().option_names.get(key.lower(), []), key.lower(),
             *option_labels().names_folded.get(key.lower(), {}).values()]
    return phrase_pattern(names, accents_optional=True)


def keep_clauses(text: str) -> list[str]:
    """The clauses of `text` that say to keep something (cheap: one pattern over the message)."""
    keep, _ = _patterns()
    if not keep.search(text):
        return []
    return [clause for clause in _CLAUSE.split(text) if clause and keep.search(clause)]


def kept_options(item: dict[str, Any], text: str, values_named: Any) -> dict[str, str]:
    """The item's options the words keep, with the item's values: an option named in a keep clause ("same colour"),
    an option whose current value the clause names ("stay red"), or every option for "keep the rest".
    `values_named(clause)` reads the option values a clause names (the swap's own reader, keys as the catalog's)."""
    clauses = keep_clauses(text)
    if not clauses:
        return {}
    options = {key: str(value) for key, value in (item.get("options") or {}).items()}
    _, rest = _patterns()
    kept: dict[str, str] = {}
    for clause in clauses:
        if rest.search(clause):
            return options
        named = values_named(clause)
        kept.update({key: value for key, value in options.items()
                     if _name_pattern(key).search(clause) or str(named.get(key, "")).lower() == value.lower()})
    return kept
