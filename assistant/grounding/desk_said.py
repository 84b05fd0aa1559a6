"""A question about what the desk agent said, wrote or noted ("did the person note I want it in black?", "qu'est-ce
que le conseiller m'a promis ?"), read in code from `prompts/desk_said.v1.yaml` (fresh20 F9): after a hand-back it
is answered from the ticket, never read as a choice of an option nor as a new request for a person."""

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


@cache
def _asks(path: Path = WORDS_FILE) -> re.Pattern[str]:
    """The file, validated and compiled once; a malformed file fails at start-up."""
    words = DeskSaidWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return re.compile("|".join(f"(?:{p})" for patterns in words.asks.values() for p in patterns))


def asks_what_the_desk_said(text: str) -> bool:
    """The words ask what the agent said, wrote, noted or promised."""
    return _asks().search(fold(text)) is not None
