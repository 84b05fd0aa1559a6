"""Words naming a photo sent with the message, in en/fr/es/de (`prompts/photo_words.v1.yaml`): "here's a picture of
my problem" with a file the intake refused has no photo to look at (attack20 A9: it was read as a product search)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import RootModel

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "photo_words.v1.yaml"


class PhotoWords(RootModel[dict[str, str]]):
    """Per language, the alternatives naming a photo."""


@cache
def photo_words(path: Path = WORDS_FILE) -> re.Pattern[str]:
    """The word file, validated and compiled once; a file missing a language fails at start-up."""
    words = PhotoWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))).root
    missing = set(LANGUAGES) - set(words)
    if missing:
        raise ValueError(f"{path.name}: no photo words for {sorted(missing)}")
    return re.compile(r"\b(?:" + "|".join(f"(?:{words[language]})" for language in LANGUAGES) + r")\b")


def names_a_photo(text: str) -> bool:
    """The words name a photo, a picture or an attachment ("anbei ein Bild von meinem Problem")."""
    return photo_words().search(fold(text)) is not None
