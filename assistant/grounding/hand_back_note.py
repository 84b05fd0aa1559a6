"""A desk agent's reply that passes the customer back to the assistant ("I'll hand you back to the assistant for the
exchange", "Je vous rends à l'assistant pour les écouteurs", `prompts/hand_back_notes.v1.yaml`): it answers none of
the customer's messages before it, which the hand-back then picks up (steps/hand_back.py, issue 17)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.lexicon import PROMPTS, phrase_pattern
from assistant.models.prompts import PromptLibrary


class HandBackNoteWords(BaseModel):
    """prompts/hand_back_notes.v1.yaml."""

    model_config = ConfigDict(extra="forbid")
    notes: list[str] = Field(min_length=1)


@cache
def _note_words() -> re.Pattern[str]:
    words = HandBackNoteWords.model_validate(PromptLibrary(PROMPTS).get("hand_back_notes").data())
    return phrase_pattern(words.notes, accents_optional=True)


def passes_back(agent_text: str) -> bool:
    """The agent's words pass the customer back to the assistant rather than answer them."""
    return _note_words().search(agent_text) is not None
