"""Words naming a photo sent with the message, in en/fr/es/de (`prompts/photo_words.v1.yaml`): "here's a picture of
my problem" with a file the intake refused has no photo to look at (attack20 A9: it was read as a product search)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.language_words import language_words

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "photo_words.v1.yaml"


def photo_words(path: Path = WORDS_FILE) -> re.Pattern[str]:
    """The word file, compiled once (`language_words`)."""
    return language_words(path)


def names_a_photo(text: str) -> bool:
    """The words name a photo, a picture or an attachment ("anbei ein Bild von meinem Problem")."""
    return photo_words().search(fold(text)) is not None
