"""Another person's data in the turns around it (relative-data-20, issue 17 A8, A19-6): a pronoun asking data right
after that person was refused or named in passing ("my friend Sophie shops here as well" → "how much is on her gift
card?") is theirs, refused again; "and mine?" right after the refusal asks the same data of the customer's own
("et sur la mienne il reste combien ?" after "… sa carte cadeau ?": the customer's balance)."""

from __future__ import annotations

from assistant.grounding.account_questions import AccountFact, account_question
from assistant.grounding.details_only import without_details
from assistant.grounding.other_people import (
    asks_own_instead,
    asks_them_again,
    fact_named,
    mentions_another_person,
    other_person_asked,
)
from assistant.state import ConversationState

OTHER_ACCOUNT_REFUSED = "other_account_data"  # the reply key refusing another person's data
VERIFIED = frozenset({"identity_verified", "identity_verified_unnamed"})  # the identity step's "you're verified"


def _earlier_words(state: ConversationState) -> str | None:
    """The customer's message before this turn's (the transcript's last entry is this turn's own)."""
    said = [turn["text"] for turn in state.get("transcript", [])[:-1] if turn["role"] == "customer" and turn["text"]]
    return said[-1] if said else None


def _refused_last(state: ConversationState) -> bool:
    return OTHER_ACCOUNT_REFUSED in (state.get("said_last") or [])


def asks_that_person_again(state: ConversationState, text: str) -> bool:
    """A pronoun asking data ("and his gift card then?", "¿cuánto saldo tiene en su tarjeta regalo?") right after
    another person's data was refused, or right after the customer named a person of theirs."""
    if not asks_them_again(text):
        return False
    earlier = _earlier_words(state)
    return _refused_last(state) or (earlier is not None and mentions_another_person(
        earlier, own_login=state.get("customer_id")))


def _asked_before_the_proof(state: ConversationState) -> str | None:
    """A guest verified by the last turn: the message asking another person's data that their proof followed, the
    messages since it all giving details (email, order number, zip) — "what's my sister's balance?" (refused, as
    another person's data always is) → "I'm olivia…@…, order W…, zip …" → "and mine?" (issue 17)."""
    if not state.get("customer_id") or not VERIFIED & set(state.get("said_last") or []):
        return None
    said = [turn["text"] for turn in state.get("transcript", [])[:-1] if turn["role"] == "customer" and turn["text"]]
    for text in reversed(said):
        if other_person_asked(text, own_login=None) is not None:
            return text
        if not without_details(text)[1]:
            return None
    return None


def own_fact_after_refusal(state: ConversationState) -> AccountFact | None:
    """The account fact "and mine?" asks right after another person's was refused: the one the refused message
    asked ("how much is left on my husband Leo's gift card?" → the gift card), or None. A guest's proof between
    the refusal and "and mine?" leaves it asked right after."""
    text = (state.get("incoming") or {}).get("text", "")
    if not asks_own_instead(text) or account_question(text) is not None:
        return None
    earlier = _earlier_words(state) if _refused_last(state) else _asked_before_the_proof(state)
    return (account_question(earlier) or fact_named(earlier)) if earlier else None
