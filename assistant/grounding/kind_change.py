"""Whether a turn replaces the kind of product being looked at ("actually, jackets", "pas un sweat, plutôt une
veste", "mejor chaquetas", "doch lieber Jacken"), from `prompts/kind_change_words.v1.yaml`: such a change is for
the same person and budget; a kind asked for without these words ("and shorts?") is another subject."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary


class KindChangeWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    words: dict[str, list[str]]


@cache
def _change_words() -> re.Pattern[str]:
    table = KindChangeWords.model_validate(PromptLibrary(PROMPTS).get("kind_change_words").data())
    return re.compile(rf"\b(?:{'|'.join(f'(?:{w})' for words in table.words.values() for w in words)})\b")


def changes_kind(text: str) -> bool:
    """The words say the kind now asked for replaces the one before ("actually", "plutôt", "mejor", "lieber")."""
    return _change_words().search(fold(text)) is not None
