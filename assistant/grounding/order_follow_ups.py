"""Follow-ups about the customer's orders, read in code from `prompts/order_follow_ups.v1.yaml` for every backend:
a status asked in freer words ("¿en qué estado está mi chaqueta?"), an order picked from a list with nothing
more asked ("et la deuxième ?"), "what does that mean?" and "why do you ask?" after an answer or a question, and
what each order status means in the customer's language."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES, any_language_pattern

MAX_CONFUSED_CHARACTERS = 40  # "what?", "sorry, what do you mean?": a longer message says more than that
WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "order_follow_ups.v1.yaml"


class FollowUpWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    more: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    meaning: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    why: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    confused: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    status_meanings: dict[str, dict[str, str]] = Field(min_length=len(LANGUAGES))


class FollowUpCues(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)
    status: re.Pattern[str]
    more: re.Pattern[str]
    meaning: re.Pattern[str]
    why: re.Pattern[str]
    confused: re.Pattern[str]
    status_meanings: dict[str, dict[str, str]]



@cache
def follow_up_cues(path: Path = WORDS_FILE) -> FollowUpCues:
    """The word file, validated and compiled once; a malformed file fails at start-up."""
    words = FollowUpWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return FollowUpCues(status=any_language_pattern(words.status), more=any_language_pattern(words.more),
                        meaning=any_language_pattern(words.meaning), why=any_language_pattern(words.why),
                        confused=any_language_pattern(words.confused), status_meanings=words.status_meanings)


def asks_status_in_words(text: str) -> bool:
    """"what's the status of…", "¿en qué estado está…?", "wie ist der Stand bei…": where something stands."""
    return follow_up_cues().status.search(fold(text)) is not None


def asks_for_more(text: str) -> bool:
    """"tell me more about…", "et la…", "und die…": more of something picked, nothing in particular asked."""
    return follow_up_cues().more.search(fold(text)) is not None


def asks_meaning(text: str) -> bool:
    """"what does that mean?", "ça veut dire quoi ?", "¿qué significa eso?", "was heißt das?"."""
    return follow_up_cues().meaning.search(fold(text)) is not None


def sounds_confused(text: str) -> bool:
    """The message only says the last reply was not understood: "what?", "quoi ?", "¿cómo?", "wie bitte?"."""
    return len(text) <= MAX_CONFUSED_CHARACTERS and follow_up_cues().confused.search(fold(text)) is not None


def asks_why_asked(text: str) -> bool:
    """"why do you need to know?", "pourquoi vous demandez ça ?", "¿por qué lo pregunta?", "warum fragen Sie?"."""
    return follow_up_cues().why.search(fold(text)) is not None


def status_meaning(status: str, language: str) -> str | None:
    """What an order status means for the customer, in their language (English when the language has none)."""
    meanings = follow_up_cues().status_meanings
    return meanings.get(language, meanings["en"]).get(status) or meanings["en"].get(status)
