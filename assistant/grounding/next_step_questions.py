"""A short question about what happens next after a write ("what happens now?", "how long will it take?", "et
l'autre commande, elle arrive toujours ?"), read from `prompts/next_step_questions.v1.yaml` (after27). The words only:
whether a write was just made is the step's to know (steps/next_after_write.py)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS
from assistant.grounding.side_questions import clauses_of
from assistant.grounding.write_follow_ups import asks_a_question
from assistant.models.prompts import PromptLibrary

LANGUAGES = ("en", "fr", "es", "de")


class NextStepWords(BaseModel):
    """prompts/next_step_questions.v1.yaml: regexes per language."""

    model_config = ConfigDict(extra="forbid")
    next: dict[str, list[str]]
    other_order: dict[str, list[str]]
    asks_more: dict[str, list[str]]
    continues: dict[str, list[str]]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = NextStepWords.model_validate(PromptLibrary(PROMPTS).get("next_step_questions").data())
    return {name: re.compile("|".join(f"(?:{p})" for lang in LANGUAGES for p in getattr(words, name).get(lang, [])))
            for name in ("next", "other_order", "asks_more", "continues")}


def asks_what_comes_next(text: str) -> bool:
    """"what happens now?", "how long till I get the new ones?", "¿y ahora qué hago?", "und bis wann hab ich die
    neue?": what comes next or how long it takes, asking nothing about the write's money, method or address; a
    message with another question beside it ("does the money go back to my gift card? how long does that take?")
    is the write's own (steps/after_write.py)."""
    questions = [clause for clause in whole_clauses(text) if asks_a_question(clause)] or [text]
    return all(_asks_next(clause) for clause in questions)


def whole_clauses(text: str) -> list[str]:
    """The message's clauses, a clause that finishes the one before it ("…, bis das neue Shirt ankommt?", "…,
    until the new one is here?") joined to it: one question, not two."""
    clauses: list[str] = []
    for clause in clauses_of(text):
        if clauses and _patterns()["continues"].search(fold(clause)):
            clauses[-1] = f"{clauses[-1]}, {clause}"
        else:
            clauses.append(clause)
    return clauses


def _asks_next(clause: str) -> bool:
    said, patterns = fold(clause), _patterns()
    return bool(patterns["next"].search(said)) and not patterns["asks_more"].search(said)


def asks_after_the_other_order(text: str) -> bool:
    """"the other one is still coming though right?", "und die andere kommt noch?": the customer's other order,
    asking nothing about the write's money or its sending back ("cuanto me cobraron? tengo que devolver la otra?")."""
    said, patterns = fold(text), _patterns()
    return bool(patterns["other_order"].search(said)) and not patterns["asks_more"].search(said)
