"""Questions about the customer's own account ("what payment methods do I have?", "¿cuánto saldo me queda en la
tarjeta regalo?", "Welche Adresse ist als Standard hinterlegt?"), read in code from
`prompts/account_questions.v1.yaml` for every backend: answered from the store, never taken for an order request
or shopping. A turn that also asks to change something keeps its own flow."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.item_changes import asks_for_return, asks_for_swap, cancels
from assistant.grounding.lexicon import LANGUAGES, TopicCues, topic_cues

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "account_questions.v1.yaml"
AccountFact = Literal["payment_methods", "gift_card", "email", "address"]


class AccountQuestionWords(BaseModel):
    """Per fact and language, regexes (on folded text) of the question; per language, words of a change."""

    model_config = ConfigDict(extra="forbid")
    asks: dict[AccountFact, dict[str, list[str]]] = Field(min_length=4)
    changes: dict[str, list[str]] = Field(min_length=len(LANGUAGES))


@cache
def account_question_cues(path: Path = WORDS_FILE) -> TopicCues[AccountFact]:
    """The word file, validated and compiled once (`besides`: the words of a change); a malformed file fails at
    start-up."""
    words = AccountQuestionWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return topic_cues(words.asks, words.changes)


# The order facts are answered in; a fact that reads as another's words is left to it: the gift card's balance
# before the methods that hold it, the email before an address ("E-Mail-Adresse").
ORDER: tuple[AccountFact, ...] = ("gift_card", "payment_methods", "email", "address")
SHADOWS: dict[AccountFact, AccountFact] = {"gift_card": "payment_methods", "email": "address"}


def account_questions(text: str) -> list[AccountFact]:
    """Every account fact the turn asks about ("what email and which cards do you have on file?": the email and the
    saved methods), none when it asks to change something."""
    said, cues = fold(text), account_question_cues()
    if cues.besides.search(said) or asks_for_return(text) or asks_for_swap(text) or cancels(text):
        return []  # "das Makeup-Set geht zurück, als Guthaben auf die Geschenkkarte?": the refund's method
    asked = [fact for fact in ORDER if cues.asks[fact].search(said)]
    return [fact for fact in asked if not any(SHADOWS.get(other) == fact for other in asked)]


def account_question(text: str) -> AccountFact | None:
    """The first account fact the turn asks about (`account_questions`), or None."""
    asked = account_questions(text)
    return asked[0] if asked else None
