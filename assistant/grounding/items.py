"""Items of an order named in words: by their product name ("the Chaz hoodie"), or by a common noun in the
customer's language ("the shorts", "la sudadera", "den Pulli" when the name says Hoodie)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from assistant.grounding.catalog_lexicon import fold, fold_german
from assistant.grounding.lexicon import lexicon

_WORD = re.compile(r"[a-zà-öø-ÿ]+", re.I)
# Words of product names that say nothing about which item it is.
_GENERIC = {"the", "and", "with", "for", "set", "pack", "new", "size", "color", "colour", "item"}


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ies", "es", "s"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def name_words(name: str) -> set[str]:
    """The words of a product name that can tell it apart (stemmed, generic words left out)."""
    words = re.split(r"[\s\-/]+", name.lower())
    return {_stem(w) for w in words if len(w) >= 3 and w not in _GENERIC} | {
        _stem(w) for w in _WORD.findall(name) if len(w) >= 4 and w.lower() not in _GENERIC
    }


def nouns_said(text: str) -> set[str]:
    """The words of product names that the common nouns of `text` stand for ("sudadera" → hoodie, sweatshirt).
    A noun inside a longer one said there is not said on its own ("bike" in "bike helmet", "reloj" in "reloj de
    pared")."""
    return set(_nouns_said(text))


# A turn asks this of the same message many times (each order's items are scored by it, and several readers ask
# whether it names a thing); every item noun pattern runs over four spellings of it, so the answer is kept.
@lru_cache(maxsize=1024)
def _nouns_said(text: str) -> frozenset[str]:
    said: set[str] = set()
    # "Gluehbirne", "Kaffeemaschine" typed without umlauts read as "Glühbirne" too (another reading, never fewer)
    spelt_out = fold_german(text)
    for source in (text, fold(text), _dative_plural_dropped(text), spelt_out, _compounds_split(text)):
        spans = [(m.start(), m.end(), word) for word, pattern in lexicon().grouped["item_nouns"].items()
                 for m in pattern.finditer(source)]
        said |= {_stem(word) for start, end, word in spans
                 if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in spans)}
    return frozenset(said)


def _dative_plural_dropped(text: str) -> str:
    """German nouns after "mit den", "aus den" take an -n ("den Lautsprechern", "den Stiefeln", "den Helmen"): the
    word less it when that is one of the item nouns."""
    nouns = _one_word_nouns()
    return _WORD.sub(lambda m: _singular_of(m.group(0), nouns), text)


def _singular_of(word: str, nouns: frozenset[str]) -> str:
    """The noun a German dative plural stands for: less its -n ("Stiefeln"), or its -en ("Fahrradhelmen")."""
    for ending in ("n", "en"):
        if word.lower().endswith(ending) and word[:-len(ending)].lower() in nouns:
            return word[:-len(ending)]
    return word


# letters before the noun a German compound ends in ("Action|kamera", "Wander|rucksack"; not "Bild|schirm")
_COMPOUND_HEAD = 5
# the noun it ends in is this long or longer ("kamera"; not "uhr", nor the "bolso" of Spanish "reembolso")
_COMPOUND_NOUN = 6


def _compounds_split(text: str) -> str:
    """German compounds that end in an item noun and are none themselves ("Actionkamera", "Sportkopfhörer"): the
    noun written apart, so it names its kind ("Action kamera")."""
    return _WORD.sub(lambda m: _split_compound(m.group(0)), text)


def _split_compound(word: str) -> str:
    lowered = word.lower()
    if lowered in _one_word_nouns() or len(lowered) < _COMPOUND_HEAD + _COMPOUND_NOUN:
        return word
    match = _noun_endings().search(lowered)
    return word[:match.start()] + " " + word[match.start():] if match else word


@lru_cache(maxsize=1)
def _noun_endings() -> re.Pattern[str]:
    nouns = sorted((n for n in _one_word_nouns() if len(n) >= _COMPOUND_NOUN and n.isalpha()), key=len, reverse=True)
    return re.compile(rf"(?<=\w{{{_COMPOUND_HEAD}}})(?:{'|'.join(map(re.escape, nouns))})$")


@lru_cache(maxsize=1)
def _one_word_nouns() -> frozenset[str]:
    return frozenset(word.lower() for words in lexicon().item_nouns.values() for word in words if " " not in word)


def item_scores(text: str, items: list[dict[str, Any]]) -> dict[str, float]:
    """How well the text names each item: words of its product name, plus half for a common noun for it."""
    said = {_stem(w) for w in _WORD.findall(text)} | {_stem(w) for w in re.split(r"\s+", text.lower())}
    by_noun = nouns_said(text)
    phrases = _noun_phrase_words(text)
    scores: dict[str, float] = {}
    for item in items:
        words = name_words(item["name"])
        # a word of a noun phrase for another kind names nothing by itself ("portable" of "pc portable")
        foreign = set().union(*(inside for kind, inside in phrases if kind not in words))
        scores[item["item_id"]] = len(words & (said - foreign)) + 0.5 * bool(words & by_noun)
    return scores


@lru_cache(maxsize=256)
def _noun_phrase_words(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The kind each noun phrase of several words stands for, and its words (stemmed)."""
    return tuple((_stem(kind), frozenset(_stem(w) for w in _WORD.findall(m.group(0))))
            for kind, pattern in lexicon().grouped["item_nouns"].items() for m in pattern.finditer(text)
            if " " in m.group(0).strip())


def items_named(text: str, items: list[dict[str, Any]]) -> list[str]:
    """The item ids whose product name the text names best (by its words, plural or not, or by a common noun
    for such a thing in any of the four languages); [] when none."""
    scores = item_scores(text, items)
    best = max(scores.values(), default=0)
    return [item_id for item_id, score in scores.items() if score and score == best]
