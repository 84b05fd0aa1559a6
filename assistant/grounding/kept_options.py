"""Options a customer says to keep while asking for another variant of an item (fresh16 F7): "it has to stay
red", "same colour as now", "keep the rest", "doit rester rouge", "que siga siendo rojo", "soll rot bleiben"; and the
values they rule out ("but not navy", "mais pas en noir", "pero no en azul marino", "aber nicht in Baumwolle"),
which are never read as asked.

A kept option holds like an asked one: no variant changing it is offered as "the only one" there is. The words are
data (prompts/kept_options.vN.yaml); read only while an item change is grounded, against that item's product."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.grounding.last_reading import keeps_last_reading
from assistant.grounding.lexicon import PROMPTS, phrase_pattern, require_every_language
from assistant.grounding.option_labels import option_labels
from assistant.models.prompts import PromptLibrary

TABLES = ("keep_words", "rest_words", "ruled_out_words", "ruled_out_fillers", "other_words")
# A keep word holds over its own clause: "change it to size S, but it has to stay red" keeps red, not S.
_CLAUSE = re.compile(r"[,;.!?¿¡:\n()]|\s(?:but|mais|pero|aber|and|et|y|und)\s", re.I)


class KeptWords(BaseModel):
    """prompts/kept_options.vN.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    keep_words: dict[str, list[str]]
    rest_words: dict[str, list[str]]
    option_names: dict[str, list[str]]
    ruled_out_words: dict[str, list[str]]
    ruled_out_fillers: dict[str, list[str]]
    other_words: dict[str, list[str]]

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


def without_keep_words(text: str) -> str:
    """The words without their keep phrases ("bon je garde le 11, oui" → "bon je  le 11, oui")."""
    return _patterns()[0].sub(" ", text)


@lru_cache(maxsize=256)
def _name_pattern(key: str) -> re.Pattern[str]:
    """An option's name in any language: the lexicon's, the catalog's own and its labels."""
    names = [*_words().option_names.get(key.lower(), []), key.lower(),
             *option_labels().names_folded.get(key.lower(), {}).values()]
    return phrase_pattern(names, accents_optional=True)


@lru_cache(maxsize=1)
def _other_pattern() -> re.Pattern[str]:
    return phrase_pattern([w for ws in _words().other_words.values() for w in ws], accents_optional=True)


def options_asked_again(text: str, keys: Any = None) -> list[str]:
    """The options (of `keys`, the catalog's; else the lexicon's common ones) the words ask another value of, naming
    none: "a different colour instead", "what other sizes are there?", "in einer anderen Farbe" (mind20)."""
    found = []
    for match in _other_pattern().finditer(text):
        after = text[match.end():].lstrip()
        # at most one word between ("another nice colour", "einer anderen Farbe")
        near = " ".join(after.split()[:2])
        found += [key for key in (keys or _words().option_names) if _name_pattern(str(key)).match(near)
                  or _name_pattern(str(key)).match(" ".join(after.split()[1:2]))]
    return list(dict.fromkeys(found))


def keep_clauses(text: str) -> list[str]:
    """The clauses of `text` that say to keep something (cheap: one pattern over the message)."""
    keep, _ = _patterns()
    if not keep.search(text):
        return []
    return [clause for clause in _CLAUSE.split(text) if clause and keep.search(clause)]


def options_named_to_keep(item: dict[str, Any], text: str) -> set[str]:
    """The item's options whose name a keep clause says ("keep the colour", "laissez la couleur", "Größe lassen"):
    their ordered values stay, whatever a change under way had set (mindhand22)."""
    return {key for clause in keep_clauses(text) for key in (item.get("options") or {})
            if _name_pattern(key).search(clause)}


def kept_options(item: dict[str, Any], text: str, values_named: Any, rest: bool = True) -> dict[str, str]:
    """The item's options the words keep, with the item's values: an option named in a keep clause ("same colour"),
    an option whose current value the clause names ("stay red"), or every option for "keep the rest".
    `values_named(clause)` reads the option values a clause names (the swap's own reader, keys as the catalog's)."""
    clauses = keep_clauses(text)
    if not clauses:
        return {}
    options = {key: str(value) for key, value in (item.get("options") or {}).items()}
    _, rest_words = _patterns()
    kept: dict[str, str] = {}
    for clause in clauses:
        if rest_words.search(clause):
            if rest:
                return options
            continue  # "keep the rest": only the options named are asked for (`rest=False`: none said by name)
        named = values_named(clause)
        kept.update({key: value for key, value in options.items()
                     if _name_pattern(key).search(clause) or str(named.get(key, "")).lower() == value.lower()})
    return kept


_WORD = re.compile(r"\S+")
_HEAD_WORDS = 2  # the words after the fillers that say the value ruled out ("bleu marine", "stainless steel")


@lru_cache(maxsize=1)
def _ruled_out_marks() -> tuple[re.Pattern[str], frozenset[str]]:
    words = _words()
    marks = [w for ws in words.ruled_out_words.values() for w in ws]
    fillers = frozenset(w.lower() for ws in words.ruled_out_fillers.values() for w in ws)
    return phrase_pattern(marks, accents_optional=True), fillers


@keeps_last_reading  # asked of the same words by the swap's readers several times a turn
def ruled_out_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where a value may be ruled out: (start of the "not", end of the words naming it, those words). Cheap: one
    pattern over the message; no span for a "no" that opens the message (an answer, "no, in red")."""
    marks, fillers = _ruled_out_marks()
    spans = []
    for mark in marks.finditer(text):
        if not text[:mark.start()].strip():
            continue
        clause = _CLAUSE.split(text[mark.end():], 1)[0]
        words = list(_WORD.finditer(clause))
        head = 0
        while head < len(words) and head < 3 and words[head].group(0).lower() in fillers:
            head += 1
        said = words[head:head + _HEAD_WORDS]
        if said:
            spans.append((mark.start(), mark.end() + said[-1].end(), " ".join(w.group(0) for w in said)))
    return tuple(spans)


def without_ruled_out(text: str, values_named: Any) -> tuple[str, dict[str, str]]:
    """`text` without the values it rules out ("size S but not navy" reads "size S but"), and those values by
    option. `values_named(words)` reads the option values some words name (the swap's own reader)."""
    ruled: dict[str, str] = {}
    kept_text = text
    for start, end, said in reversed(ruled_out_spans(text)):
        named = values_named(said)
        if named:
            ruled.update(named)
            kept_text = kept_text[:start] + " " + kept_text[end:]
    return kept_text, ruled
