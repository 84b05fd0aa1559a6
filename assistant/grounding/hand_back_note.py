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
    keep_questions: list[str] = Field(min_length=1)


@cache
def _words() -> HandBackNoteWords:
    return HandBackNoteWords.model_validate(PromptLibrary(PROMPTS).get("hand_back_notes").data())


@cache
def _note_words() -> re.Pattern[str]:
    return phrase_pattern(_words().notes, accents_optional=True)


@cache
def _keep_words() -> re.Pattern[str]:
    return phrase_pattern(_words().keep_questions, accents_optional=True)


def passes_back(agent_text: str) -> bool:
    """The agent's words pass the customer back to the assistant rather than answer them."""
    return _note_words().search(agent_text) is not None


def asks_the_customer(agent_text: str) -> bool:
    """The agent's reply ends on a question to the customer ("Would you like to keep your order then?") and is no
    note passing them back: the customer's next yes or no answers it (steps/agent_question.py)."""
    return agent_text.rstrip().endswith("?") and not passes_back(agent_text)


def asks_to_keep(agent_text: str) -> bool:
    """The agent's question is whether to keep things as they are: a yes keeps them, a no does not."""
    return _keep_words().search(agent_text) is not None
