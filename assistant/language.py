"""Which language the customer writes in, so replies can follow it.

py3langid (a maintained fork of langid.py, model shipped in the wheel, ~0.1 ms a message) restricted to the
languages we have reply templates for. Short or mixed messages ("ok", "#W1234567") keep the language the
conversation already has: a language changes only on a confident reading. Product names are English whatever the
customer writes in ("¿el Chaz Kangeroo Hoodie viene en naranja?"), so names (capitalised words after the first,
™/® words, and runs of words that follow each other in a catalog product name however they are typed: "¿qué
puntuación tiene la kenobi trail jacket?") are left out of the reading when enough words remain. A first message
has no language to keep: a less sure reading is taken (less sure still once product names were left out), and a
bare greeting or yes ("hola", "hallo", "oui") says its language (`prompts/language_cues`). Currency words that
every language writes alike ("€", "EUR", "euros") are no evidence either: "mens jacket under 60 eur" read German.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from pathlib import Path

import yaml
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from assistant.customer_text import kept_text

SUPPORTED_LANGUAGES = ("en", "fr", "es", "de")
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German"}
DEFAULT_LANGUAGE = "en"
SWITCH_CONFIDENCE = 0.9
FIRST_MESSAGE_CONFIDENCE = 0.7
# A first message whose (English) product names were taken out: the few words left are the customer's own, and
# short Spanish ones ("¿la … abriga?", "háblame de la …") read at 0.45-0.7, short English ones at 0.64 and above.
FIRST_MESSAGE_WITHOUT_NAMES_CONFIDENCE = 0.4
MIN_LETTERS = 8
CUES = Path(__file__).resolve().parent.parent / "prompts" / "language_cues.v1.yaml"
_NAME = re.compile(r"(?<=\s)[A-Z][\w'\u2019-]*|\S*[\u2122\u00ae]\S*")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_WORD = re.compile(r"[^\W\d_]+")
_SHARED_CURRENCY = re.compile(r"[€$]|\b(?:eur|euros?|usd)\b", re.IGNORECASE)


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


@cache
def _cues() -> dict[str, str]:
    table: dict[str, list[str]] = yaml.safe_load(CUES.read_text(encoding="utf-8"))
    return {phrase.lower(): language for language, phrases in table.items() for phrase in phrases}


def _letters(text: str) -> int:
    return sum(character.isalpha() for character in text)


def _without_catalog_names(text: str, name_pairs: Collection[tuple[str, str]]) -> str:
    """`text` without the runs of two or more words that follow each other in a product name ("la kenobi trail
    jacket" → "la"), whatever their case."""
    words = list(_WORD.finditer(text))
    named: set[int] = set()
    for i, (word, following) in enumerate(zip(words, words[1:], strict=False)):
        if (word.group().lower(), following.group().lower()) in name_pairs:
            named.update((i, i + 1))
    for i in sorted(named, reverse=True):
        text = text[:words[i].start()] + " " + text[words[i].end():]
    return text


def _without_names(text: str, name_pairs: Collection[tuple[str, str]] = ()) -> str:
    """The words around product names ("¿el … viene en naranja?"), or the text itself when too little is left."""
    remaining = _NAME.sub(" ", _without_catalog_names(text, name_pairs) if name_pairs else text)
    return remaining if _letters(remaining) >= MIN_LETTERS else text


def detect_language(text: str, current: str | None = None,
                    name_pairs: Collection[tuple[str, str]] = ()) -> str:
    """The language to answer `text` in: a confident reading of it, else the conversation's language.
    `name_pairs`: pairs of words that follow each other in the catalog's product names (see `_without_names`)."""
    text = kept_text(text)  # invisible format characters are no evidence (every surface reads the same letters)
    first = current not in SUPPORTED_LANGUAGES
    current = current if current in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    if first and (cue := _cues().get(_EDGES.sub("", text.strip().lower()))):
        return cue
    text = _SHARED_CURRENCY.sub(" ", text)
    if _letters(text) < MIN_LETTERS:
        return current
    words = _without_names(text, name_pairs)
    language, confidence = _identifier().classify(words)
    if not first:
        return str(language) if confidence >= SWITCH_CONFIDENCE else current
    threshold = FIRST_MESSAGE_WITHOUT_NAMES_CONFIDENCE if words != text else FIRST_MESSAGE_CONFIDENCE
    return str(language) if confidence >= threshold else current
