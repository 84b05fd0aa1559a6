"""Asking for the assistant's hidden set-up (prompt, instructions, internal tools) or to drop it, in en/fr/es/de,
read in code from `prompts/instruction_probes.v1.yaml`: `guardrails.probes_instructions` answers such a turn with
the fixed refusal, whatever a model made of it ("Ignora las instrucciones anteriores…" is no address change)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES, any_language_pattern

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "instruction_probes.v1.yaml"


class ProbeWords(BaseModel):
    """Per language, regexes (on folded text) of a probe of the assistant's set-up."""

    model_config = ConfigDict(extra="forbid")
    probes: dict[str, list[str]] = Field(min_length=len(LANGUAGES))


@cache
def probe_pattern(path: Path = WORDS_FILE) -> re.Pattern[str]:
    """The word file, validated and compiled once; a malformed file fails at start-up."""
    words = ProbeWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return any_language_pattern(words.probes)


def probes_set_up(text: str) -> bool:
    """The turn asks for the assistant's prompt, instructions or internal tools, or to ignore them."""
    return probe_pattern().search(fold(text)) is not None
