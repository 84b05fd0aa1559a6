"""Another remedy wished for while a photo complaint's remedy waits for its yes (`prompts/remedy_wishes.v1.yaml`,
photo29): the money back instead ("id rather just get a refund tbh"), or keeping the item for some money back
("can i just keep it and get some money back?"). The words only: the step knows what is proposed
(steps/remedy_instead.py)."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary

LANGUAGES = ("en", "fr", "es", "de")
RemedyWish = Literal["money_back", "keep_for_money"]


class RemedyWishWords(BaseModel):
    """prompts/remedy_wishes.v1.yaml: regexes per language."""

    model_config = ConfigDict(extra="forbid")
    money_back: dict[str, list[str]]
    keep: dict[str, list[str]]
    negated: dict[str, list[str]]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = RemedyWishWords.model_validate(PromptLibrary(PROMPTS).get("remedy_wishes").data())
    return {
        name: re.compile("|".join(f"(?:{p})" for lang in LANGUAGES for p in getattr(words, name).get(lang, [])))
        for name in ("money_back", "keep", "negated")
    }


def remedy_wish(text: str) -> RemedyWish | None:
    """ "keep_for_money": keeping the item with some money back; "money_back": the money back (not refused); None."""
    said, patterns = fold(text), _patterns()
    if not patterns["money_back"].search(said) or patterns["negated"].search(said):
        return None
    return "keep_for_money" if patterns["keep"].search(said) else "money_back"
