"""After the desk hands a conversation back, a yes answers what the agent offered last (fresh11 F9): the agent's
words are read together with the customer's, so "oui svp, sur une carte cadeau" after "je peux passer votre retour
sur une carte cadeau" is that request. The assistant proposes it again; nothing is written without its own yes."""

from __future__ import annotations

import re

from assistant.consent import explicit_answer
from assistant.models.contracts import Intent
from assistant.state import ConversationState

_FIRST_CLAUSE = re.compile(r"[,;.!?\n]")


def agent_offer(state: ConversationState) -> str | None:
    """The agent's message the customer is answering: the last one before this message, with no customer message
    in between (the assistant's hand-back line may be)."""
    for turn in reversed(state.get("transcript", [])[:-1]):  # the last entry is this turn's own message
        if turn["role"] == "agent":
            return turn["text"]
        if turn["role"] == "customer":
            return None
    return None


def answers_offer(text: str, intent: Intent) -> bool:
    """A yes, alone or leading ("yes please do that", "oui svp, sur une carte cadeau", "ja gerne")."""
    first = _FIRST_CLAUSE.split(text.strip(), maxsplit=1)[0]
    return intent is Intent.AFFIRM or (bool(first) and explicit_answer(first) == "yes")


def read_with_offer(offer: str, text: str) -> str:
    """The words to understand: the agent's offer, then the customer's answer to it."""
    return f"{offer}\n{text}"
