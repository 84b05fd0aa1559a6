"""Which language the customer writes in, so replies can follow it.

py3langid (a maintained fork of langid.py, model shipped in the wheel, ~0.1 ms a message) restricted to the
languages we have reply templates for. Short or mixed messages ("ok", "#W1234567") keep the language the
conversation already has: a language changes only on a confident reading. The first message sets it on a
plain majority reading, as English product names ("la Chaz Kangeroo Hoodie") pull a short message's
confidence below the switching bar without making it English.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SUPPORTED_LANGUAGES = ("en", "fr", "es", "de")
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German"}
DEFAULT_LANGUAGE = "en"
SWITCH_CONFIDENCE = 0.9
FIRST_CONFIDENCE = 0.5
MIN_LETTERS = 8


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


def detect_language(text: str, current: str | None = None) -> str:
    """The language to answer `text` in: a confident reading of it, else the conversation's language."""
    established = current is not None and current in SUPPORTED_LANGUAGES
    kept: str = current if current is not None and established else DEFAULT_LANGUAGE
    if sum(character.isalpha() for character in text) < MIN_LETTERS:
        return kept
    language, confidence = _identifier().classify(text)
    return str(language) if confidence >= (SWITCH_CONFIDENCE if established else FIRST_CONFIDENCE) else kept
