"""A customer asking for a person ("get me a manager", "pásame con un supervisor", "mit einem Menschen sprechen"),
read in code from `prompts/person_request.v1.yaml`: applied by the understand step to every backend's reading,
so a model that misreads the request (a greeting, an order question) cannot keep the customer from a person."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES, any_language_pattern
from assistant.models.contracts import Intent, TurnIntent

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "person_request.v1.yaml"


class PersonRequestWords(BaseModel):
    """Per language, regexes (on folded text) of a request for a person and of declining one."""

    model_config = ConfigDict(extra="forbid")
    asks: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    declines: dict[str, list[str]] = Field(min_length=len(LANGUAGES))


class PersonRequestCues(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)
    asks: re.Pattern[str]
    declines: re.Pattern[str]



@cache
def person_request_cues(path: Path = WORDS_FILE) -> PersonRequestCues:
    """The word file, validated and compiled once; a malformed file fails at start-up."""
    words = PersonRequestWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return PersonRequestCues(asks=any_language_pattern(words.asks), declines=any_language_pattern(words.declines))


def asks_for_a_person(text: str) -> bool:
    """The turn asks to be handed to a person and does not decline one."""
    said, cues = fold(text), person_request_cues()
    return cues.asks.search(said) is not None and cues.declines.search(said) is None


def person_reading(text: str, decided: TurnIntent) -> TurnIntent:
    """`decided`, or a request for a person (sure, with the slots read) when the words ask for one."""
    if decided.intent is Intent.HUMAN_AGENT or not asks_for_a_person(text):
        return decided
    return decided.model_copy(update={"intent": Intent.HUMAN_AGENT, "confidence": 1.0})
