"""After the desk hands a conversation back, a yes answers what the agent offered last (fresh11 F9): the agent's
words are read together with the customer's, so "oui svp, sur une carte cadeau" after "je peux passer votre retour
sur une carte cadeau" is that request. The assistant proposes it again; nothing is written without its own yes.
Only an agent's message that offers something (`prompts/desk_offers.v1.yaml`) is answered so: after "your jacket is
still pending", "ok thanks, and can you ship it to my work? …" is a request of its own (fresh16 F4), read alone, and
the agent's message still says which order is in discussion (`agent_message`)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from assistant.consent import explicit_answer
from assistant.grounding.lexicon import PROMPTS, phrase_pattern
from assistant.models.contracts import Intent
from assistant.models.prompts import PromptLibrary
from assistant.state import ConversationState

_FIRST_CLAUSE = re.compile(r"[,;.!?\n]")


class DeskOfferWords(BaseModel):
    """prompts/desk_offers.v1.yaml."""

    model_config = ConfigDict(extra="forbid")
    offers: list[str] = Field(min_length=1)


@cache
def _offer_words() -> re.Pattern[str]:
    words = DeskOfferWords.model_validate(PromptLibrary(PROMPTS).get("desk_offers").data())
    return phrase_pattern(words.offers, accents_optional=True)


def offers_something(text: str) -> bool:
    """The agent's words offer or propose something a yes can answer ("I can start a return …", "soll ich …?")."""
    return _offer_words().search(text) is not None


def agent_message(state: ConversationState) -> str | None:
    """The agent's last message before this one, with no customer message in between (the assistant's hand-back
    line may be)."""
    for turn in reversed(state.get("transcript", [])[:-1]):  # the last entry is this turn's own message
        if turn["role"] == "agent":
            return turn["text"]
        if turn["role"] == "customer":
            return None
    return None


HELD_LOOKBACK = 8  # transcript entries before the agent's last message read as the held conversation


def held_conversation_words(state: ConversationState) -> list[str]:
    """After a hand-back with no customer message since: what the customer wrote before the agent's last message
    (the request for a person and the messages sent while held, a few entries back), oldest first; empty
    otherwise. Their one order is the order a short follow-up means ("L please, same colour", issue 17)."""
    if agent_message(state) is None:
        return []
    earlier = state.get("transcript", [])[:-1]
    last_agent = max(i for i, turn in enumerate(earlier) if turn["role"] == "agent")
    window = earlier[max(0, last_agent - HELD_LOOKBACK):last_agent]
    return [turn["text"] for turn in window if turn["role"] == "customer" and turn["text"]]


def agent_offer(state: ConversationState) -> str | None:
    """The agent's offer the customer may be answering: their last message when it offers something."""
    said = agent_message(state)
    return said if said is not None and offers_something(said) else None


def answers_offer(text: str, intent: Intent) -> bool:
    """A yes, alone or leading ("yes please do that", "oui svp, sur une carte cadeau", "ja gerne")."""
    first = _FIRST_CLAUSE.split(text.strip(), maxsplit=1)[0]
    return intent is Intent.AFFIRM or (bool(first) and explicit_answer(first) == "yes")


def read_with_offer(offer: str, text: str) -> str:
    """The words to understand: the agent's offer, then the customer's answer to it."""
    return f"{offer}\n{text}"
