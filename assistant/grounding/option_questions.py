"""A question about an item's variants asked while the assistant waits for the option values of an item change
(fresh18 F3, F4; fresh17 F9): "which of those is the cheapest?", "does the green one cost more?", "¿tengo que pagar
algo si elijo la azul?", "la 34 a le même prix ? et elle est disponible en gris aussi ?". It is answered from the
variants and the option asked again; it never chooses a variant. A sentence that only names values ("Schwarz. Kostet
das mehr?", "kabellos Over-Ear, was kostet der Unterschied?") chooses them: that turn is no question here.

The words are data (prompts/option_questions.vN.yaml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, phrase_pattern, require_every_language
from assistant.models.prompts import PromptLibrary

TABLES = ("openers", "price_words", "stock_words", "cheapest_words")
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")
_PART = re.compile(r"[,:]")


class OptionQuestionWords(BaseModel):
    """prompts/option_questions.vN.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    openers: dict[str, list[str]]
    price_words: dict[str, list[str]]
    stock_words: dict[str, list[str]]
    cheapest_words: dict[str, list[str]]
    lines: dict[str, dict[str, str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "option questions")


class OptionQuestion(BaseModel):
    """What the question asks: the cheapest variant, and the sentences asking a price or whether one is sold."""

    cheapest: bool = False
    asked: list[str] = []


@lru_cache(maxsize=1)
def option_question_words() -> OptionQuestionWords:
    return OptionQuestionWords.model_validate(PromptLibrary(PROMPTS).get("option_questions").data())


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = option_question_words()
    return {
        table: phrase_pattern([w for ws in getattr(words, table).values() for w in ws], accents_optional=True)
        for table in TABLES
    }


def _opens_a_question(sentence: str) -> bool:
    start = sentence.strip(" ¿¡-").lower()
    match = _patterns()["openers"].search(start)
    return sentence.rstrip().endswith("?") or (match is not None and match.start() == 0)


def option_question(text: str, names_values: Callable[[str], bool]) -> OptionQuestion | None:
    """The question the words ask about the variants, or None when they ask none or choose values. `names_values`:
    a callable telling whether a piece of text names an option value of the item's product."""
    patterns = _patterns()
    question = OptionQuestion()
    for sentence in (s.strip() for s in _SENTENCE.findall(text) if s.strip()):
        if not _opens_a_question(sentence):
            if names_values(sentence):
                return None  # "Schwarz. Kostet das mehr?": black chosen, the proposal says what it costs
            continue
        first = _PART.split(sentence, maxsplit=1)[0]
        if first != sentence and names_values(first) and not any(patterns[t].search(first) for t in TABLES):
            return None  # "kabellos Over-Ear, was kostet der Unterschied?": chosen, with a question about it
        if patterns["cheapest_words"].search(sentence):
            question.cheapest = True
        elif patterns["price_words"].search(sentence) or patterns["stock_words"].search(sentence):
            question.asked.append(sentence)
    return question if question.cheapest or question.asked else None
