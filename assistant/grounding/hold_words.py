"""Words that put a decision off ("let me sleep on it", "je vais réfléchir", "déjame pensarlo", "ich denk nochmal
drüber nach"), and of those the words that only say nothing is to change ("don't change anything"). The phrases are
data: prompts/hold_phrases.vN.yaml."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from assistant.grounding.lexicon import phrase_pattern
from assistant.grounding.proposal_question import plain

VOCABULARY = Path(__file__).resolve().parents[2] / "prompts" / "hold_phrases.v1.yaml"


@cache
def hold_words(kind: str = "hold_phrases") -> re.Pattern[str]:
    phrases = yaml.safe_load(VOCABULARY.read_text("utf-8"))[kind]
    return phrase_pattern([plain(p) for p in phrases])


def says_to_wait(text: str) -> bool:
    """The words put the decision off ("let me sleep on it", "ich denk nochmal drüber nach", "la nuit porte
    conseil"), whatever else they say: beside thanks or an "ok" they agree to nothing (attack27 A27-1)."""
    return hold_words().search(plain(text)) is not None
