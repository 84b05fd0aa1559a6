"""The per-language complaint lexicons (`prompts/complaint_lexicon/<language>.yaml`) as patterns: damage, mismatch,
arrival, order and remedy words. Read by the understand step's readers (every backend) and the resolver's cues."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

LEXICON_DIR = Path(__file__).resolve().parents[2] / "prompts" / "complaint_lexicon"


class ComplaintLexicon(BaseModel):
    """One language's complaint cues (see prompts/complaint_lexicon/README.md); each entry is a regex."""

    model_config = ConfigDict(extra="forbid")
    damage: list[str] = Field(min_length=1)
    mismatch: list[str] = Field(min_length=1)
    received: list[str] = Field(min_length=1)
    ordered: list[str] = Field(min_length=1)
    not_arrived: list[str] = Field(min_length=1)
    remedy: list[str] = Field(min_length=1)
    order_words: list[str] = Field(min_length=1)
    option_nouns: list[str] = Field(min_length=1)
    trouble: list[str] = Field(min_length=1)
    no_trouble: list[str] = Field(min_length=1)
    presenting: list[str] = Field(min_length=1)


class ComplaintCues(BaseModel):
    """Every language's entries of one kind as one word-bounded pattern."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)
    damage: re.Pattern[str]
    mismatch: re.Pattern[str]
    received: re.Pattern[str]
    ordered: re.Pattern[str]
    not_arrived: re.Pattern[str]
    remedy: re.Pattern[str]
    order_words: re.Pattern[str]
    option_nouns: re.Pattern[str]
    trouble: re.Pattern[str]
    no_trouble: re.Pattern[str]
    presenting: re.Pattern[str]


@cache
def complaint_cues(directory: Path = LEXICON_DIR) -> ComplaintCues:
    """The lexicons of every language, validated and compiled once; a malformed file fails at start-up."""
    lexicons = [ComplaintLexicon.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
                for path in sorted(directory.glob("*.yaml"))]
    if not lexicons:
        raise FileNotFoundError(f"no complaint lexicon in {directory}")
    return ComplaintCues(**{
        kind: re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{entry})" for lexicon in lexicons
                                                   for entry in getattr(lexicon, kind)) + r")(?!\w)")
        for kind in ComplaintLexicon.model_fields
    })
