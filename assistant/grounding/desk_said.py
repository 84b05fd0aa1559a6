"""A question about what the desk agent said, wrote or noted ("did the person note I want it in black?", "qu'est-ce
que le conseiller m'a promis ?"), read in code from `prompts/desk_said.v1.yaml` (fresh20 F9): after a hand-back it
is answered from the ticket, never read as a choice of an option nor as a new request for a person. A question about
what follows from what the agent did ("do I need to mail the old one back?", "bekomme ich das Geld zurück oder einen
Ersatz?", desk28) is answered from it too, never read as a new return or exchange."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "desk_said.v1.yaml"


class DeskSaidWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    asks: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    follows: dict[str, list[str]] = Field(min_length=len(LANGUAGES))


@cache
def _words(path: Path = WORDS_FILE) -> DeskSaidWords:
    """The file, validated once; a malformed file fails at start-up."""
    return DeskSaidWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _compiled(by_language: dict[str, list[str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for patterns in by_language.values() for p in patterns))


@cache
def _asks() -> re.Pattern[str]:
    return _compiled(_words().asks)


@cache
def _follows() -> re.Pattern[str]:
    return _compiled(_words().follows)


def asks_what_the_desk_said(text: str) -> bool:
    """The words ask what the agent said, wrote, noted or promised."""
    return _asks().search(fold(text)) is not None


def asks_what_follows_the_desk(text: str) -> bool:
    """The words ask what follows, on the customer's side, from what the agent did: whether to send something back,
    whether money or a new item comes, or how long the refund or the new item takes."""
    return _follows().search(fold(text).lower()) is not None
