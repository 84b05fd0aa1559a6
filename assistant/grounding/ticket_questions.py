"""A question about the ticket the conversation opened: its number, or the email the shop writes to
(`prompts/ticket_questions.v1.yaml`, photo29). The words only: whether there is a ticket is the step's to know
(steps/ticket_facts.py)."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary

LANGUAGES = ("en", "fr", "es", "de")
TicketFact = Literal["number", "email"]


class TicketQuestionWords(BaseModel):
    """prompts/ticket_questions.v1.yaml: regexes per language."""

    model_config = ConfigDict(extra="forbid")
    number: dict[str, list[str]]
    email: dict[str, list[str]]


@cache
def _patterns() -> dict[TicketFact, re.Pattern[str]]:
    words = TicketQuestionWords.model_validate(PromptLibrary(PROMPTS).get("ticket_questions").data())
    return {
        name: re.compile("|".join(f"(?:{p})" for lang in LANGUAGES for p in getattr(words, name).get(lang, [])))
        for name in ("number", "email")
    }


def ticket_facts_asked(text: str) -> list[TicketFact]:
    """The ticket's facts the words ask about: its number, the email written to; [] for none."""
    said = fold(text)
    return [fact for fact, pattern in _patterns().items() if pattern.search(said)]
