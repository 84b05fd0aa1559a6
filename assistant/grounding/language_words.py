"""A word file of `prompts/`: per language, regular-expression alternatives matched as whole words on folded text
(lower case, no accents). Validated and compiled once; a file missing a language fails at start-up."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import RootModel

from assistant.grounding.lexicon import LANGUAGES


class LanguageWords(RootModel[dict[str, str]]):
    """Per language, the alternatives (one regular expression each)."""


@cache
def language_words(path: Path) -> re.Pattern[str]:
    """The alternatives of every language, as one pattern of whole words."""
    words = LanguageWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))).root
    missing = set(LANGUAGES) - set(words)
    if missing:
        raise ValueError(f"{path.name}: no words for {sorted(missing)}")
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{words[language]})" for language in LANGUAGES) + r")(?!\w)")
