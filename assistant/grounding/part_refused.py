"""A reply that agrees to one part of a proposal and refuses another ("yes to the address, no to the item change",
"nur die Adresse bitte, nicht den Größentausch"): never a yes to the whole proposal. attack18 A18-1: such a reply to
a two-write proposal (a new address, then an item change) wrote both. Read in code from
`prompts/part_refused.v1.yaml`, every language at once, for every backend."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES, WordsPerLanguage

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "part_refused.v1.yaml"


@cache
def _pattern(path: Path = WORDS_FILE) -> re.Pattern[str]:
    words = WordsPerLanguage.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return re.compile("|".join(f"(?:{p})" for language in LANGUAGES for p in getattr(words, language)))


def refuses_a_part(text: str) -> bool:
    """The reply refuses a part of what was proposed: "no to the item change", "pas le changement", "no al cambio",
    "nicht den Größentausch" (after a yes or an "only")."""
    return _pattern().search(fold(text)) is not None
