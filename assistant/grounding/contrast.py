"""Words that rule something out by contrast, read in code for every backend (fresh15 F5; attack15 F6):
"instead of cancelling it, switch the payment" asks for the payment change, "statt paypal lieber mit der Karte"
names the card. What a contrast rules out is never read as the request: the message is read without it
(`without_ruled_out`), keeping the order numbers it names. The words are data (prompts/contrast_words.vN.yaml, four
languages); the option values left to the swap's grounding are the grounding lexicon's sizes, colours and measure
units and the option value words (prompts/option_value_words.vN.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, lexicon, phrase_pattern, require_every_language
from assistant.grounding.option_values import value_words
from assistant.grounding.orders import ORDER_NUMBER
from assistant.models.prompts import PromptLibrary

TABLES = ("instead_of", "instead_said", "stop_words", "pronouns", "value_fillers", "not_but")
# What a marker rules out ends at a clause mark.
_CLAUSE_END = re.compile(r"[,;.!?¿¡:\n()]")
_WORD = re.compile(r"[^\s]+")


class ContrastWords(BaseModel):
    """prompts/contrast_words.vN.yaml, per language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    instead_of: dict[str, list[str]]
    instead_said: dict[str, str]
    stop_words: dict[str, list[str]]
    pronouns: dict[str, list[str]]
    value_fillers: dict[str, list[str]]
    not_but: dict[str, list[str]]
    max_words: int

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "contrast words")


@lru_cache(maxsize=1)
def _words() -> ContrastWords:
    return ContrastWords.model_validate(PromptLibrary(PROMPTS).get("contrast_words").data())


def _every(table: str) -> list[str]:
    return [word for words in getattr(_words(), table).values() for word in words]


@lru_cache(maxsize=1)
def _markers() -> dict[str, re.Pattern[str]]:
    """Per language, its `instead_of` markers."""
    return {language: _marker_pattern(words) for language, words in _words().instead_of.items()}


def _marker_pattern(words: list[str]) -> re.Pattern[str]:
    # "d'" ends in an apostrophe, which the phrase pattern's closing word boundary would refuse before a word
    plain = [w for w in words if not w.endswith("'")]
    elided = [re.escape(w) for w in words if w.endswith("'")]
    alternatives = [phrase_pattern(plain, accents_optional=True).pattern]
    if elided:
        alternatives.append(f"(?<![\\w])(?:{'|'.join(elided)})")
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


def _found_markers(text: str) -> list[tuple[re.Match[str], str]]:
    """Every marker in `text` with its language, in order (the longest where two start at once)."""
    found = [(match, language) for language, pattern in _markers().items() for match in pattern.finditer(text)]
    return sorted(found, key=lambda pair: (pair[0].start(), -pair[0].end()))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _every("stop_words"))


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(w.lower() for w in _every("pronouns"))


@lru_cache(maxsize=1)
def _value_words() -> re.Pattern[str]:
    """An option value (a size, a colour, another option's value in the catalog's or a customer's word:
    "Landschaft", "paisaje"; a measure's unit: "statt 75 cl") or a word that goes with one ("the", "size", "en",
    "mit der")."""
    found = lexicon()
    named = value_words().words
    values = sorted({w for table in (found.colours, found.sizes) for words in table.values() for w in words}
                    | {w for word, words in named.items() for w in (word, *words)}
                    | {w for words in found.measure_units.values() for w in words if w.isalpha()},
                    key=len, reverse=True)
    fillers = _every("value_fillers")
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(re.escape(v) for v in [*values, *fillers])})(?![\w'’])", re.I)


def _ruled_out_end(text: str, start: int) -> int:
    """Where what a marker rules out (from `start`) ends: a clause mark, a stop word, or the word limit; a pronoun
    first ("instead of that", "en vez de eso") is all it rules out."""
    clause = _CLAUSE_END.search(text, start)
    limit = clause.start() if clause else len(text)
    end = start
    for count, word in enumerate(_WORD.finditer(text, start, limit)):
        bare = word.group().lower().strip("'’\"")
        if count and (bare in _stop_words() or bare.split("'")[0] + "'" in _stop_words()):
            return end
        end = word.end()
        if not count and bare in _pronouns():
            return end
        if count + 1 >= _words().max_words:
            break
    return end


def _only_values(words: str) -> bool:
    """The words are option values only ("rot", "the 1 liter", "XL"), with at most an article or "size"."""
    left = _value_words().sub(" ", words)
    return not re.sub(r"[\W\d_]+", " ", left).strip() and left != words


def without_ruled_out(text: str) -> str:
    """`text` less what its contrasts rule out, a change word in its place: "instead of cancelling #W1, pay with
    paypal" reads "instead #W1, pay with paypal". An option value ruled out ("in blau statt rot", "M not XL") is
    kept: it tells which item is meant, and the swap's grounding reads the value wanted against the item's own. The
    text itself when it has no contrast."""
    read = _without_not_but(text)
    parts, position = [], 0
    for marker, language in _found_markers(read):
        if marker.start() < position:
            continue
        end = _ruled_out_end(read, marker.end())
        if _only_values(read[marker.end():end]):
            continue  # "in blau statt rot": the value ruled out tells which item; the swap's grounding reads both
        kept = " ".join(found.group() for found in ORDER_NUMBER.finditer(read, marker.end(), end))
        parts.append(read[position:marker.start()].rstrip() + " " + _words().instead_said[language]
                     + (f" {kept}" if kept else ""))
        position = end
    parts.append(read[position:])
    if not position:
        return read if read == text else re.sub(r"\s{2,}", " ", read).strip()
    return re.sub(r"\s{2,}", " ", re.sub(r",\s*,", ",", "".join(parts))).strip()


@lru_cache(maxsize=1)
def _not_but() -> list[re.Pattern[str]]:
    return [re.compile(entry, re.I) for entries in _words().not_but.values() for entry in entries]


def _without_not_but(text: str) -> str:
    """`text` without a destination it rules out by "not … but …" ("nicht an die Standardadresse schicken, sondern
    an …" reads "schicken an …"): its negation, what it rules out and the "but" are left out, the verb kept."""
    for pattern in _not_but():
        found = pattern.search(text)
        if found is None:
            continue
        spans = sorted(found.span(group) for group in ("neg", "obj", "but"))
        kept, position = [], 0
        for start, end in spans:
            kept.append(text[position:start])
            position = end
        return _without_not_but("".join([*kept, text[position:]]))
    return text
