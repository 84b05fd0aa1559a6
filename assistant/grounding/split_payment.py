"""A price difference asked to be shared between saved methods ("put part on the gift card and the rest on my
visa", "le reste sur ma carte", "el resto con paypal", "den Rest auf die Kreditkarte"): read in code from
`prompts/method_question.v1.yaml`, every language at once (fresh20 F6). One method pays a difference (tau-retail)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES, WordsPerLanguage
from assistant.grounding.payments import names_payment

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "method_question.v1.yaml"


class MethodQuestionWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    split_payment: WordsPerLanguage


@cache
def _split_pattern(path: Path = WORDS_FILE) -> re.Pattern[str]:
    words = MethodQuestionWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return re.compile("|".join(f"(?:{p})" for language in LANGUAGES for p in getattr(words.split_payment, language)))


def splits_the_payment(text: str) -> bool:
    """The words name a payment method and ask for the amount to be shared ("the rest on my credit card")."""
    return names_payment(text, same_alone=True) and _split_pattern().search(fold(text)) is not None
