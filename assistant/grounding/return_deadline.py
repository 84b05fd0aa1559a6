"""A return deadline asked beside the return itself ("I'll return the jacket when it arrives, how many days do I
have?", "quiero devolver la camiseta cuando llegue, ¿cuántos días tengo?"): the how-long clause names no return, so
the policy reader alone does not take it; said with a return in the same message it asks the shop's return rule
(the words in `prompts/return_deadline.v1.yaml`)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary


@lru_cache(maxsize=1)
def _how_long() -> re.Pattern[str]:
    words = PromptLibrary(PROMPTS).get("return_deadline").data()
    return re.compile("|".join(f"(?:{pattern})" for listed in words.values() for pattern in listed))


def asks_how_long(clause: str) -> bool:
    """The clause asks how long or until when, in any of the four languages."""
    return bool(_how_long().search(fold(clause)))


def deadline_clauses(clauses: list[str], actions: list[str | None]) -> list[bool]:
    """Per clause, whether it asks the return deadline: a how-long clause that asks for no write of its own, in a
    message another clause of which asks for a return (`actions`, each clause's write as `action_of` reads it)."""
    returns = "return" in actions
    return [returns and action is None and asks_how_long(clause) for clause, action in zip(clauses, actions,
                                                                                            strict=True)]
