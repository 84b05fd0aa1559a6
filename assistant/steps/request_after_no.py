"""A no to a proposal that goes on with another request of the same order ("no, don't cancel it; switch the payment
to my paypal instead", "ne l'annulez pas : mettez plutôt le paiement sur mon paypal", attack15 F6): the no ends the
proposal, and the other request is read as the turn's own, never dropped behind "nothing changed" (nor the refused
action proposed again). For now the other request is a payment change, the one the findings showed."""

from __future__ import annotations

import re
from typing import Any

from assistant.consent import declines, explicit_answer
from assistant.grounding.lexicon import lexicon
from assistant.grounding.negations import refuses_action
from assistant.grounding.payment_change import asks_payment_change
from assistant.state import ConversationState

PAYMENT_TOOL = "modify_pending_order_payment"
_ASKING = {"cancel_order": "cancel_pending_order"}
_CLAUSE = re.compile(r"[,;:.!?¡¿\n]+|\s[-–—]\s")


def _other_request(text: str, tool: str) -> str | None:
    """The words besides the refusal of `tool` when the message refuses it and asks for a payment change."""
    clauses = [clause.strip() for clause in _CLAUSE.split(text) if clause.strip()]
    refused = [c for c in clauses if refuses_action(c, tool) or explicit_answer(c, tool=tool) == "no"
               or declines(c)]
    rest = [c for c in clauses if c not in refused and not lexicon().patterns["cancel_words"].search(c)]
    said = " ".join(rest)
    return said if refused and rest and asks_payment_change(said) else None


def request_after_no(state: ConversationState, received: dict[str, Any]) -> dict[str, Any]:
    """The proposal (or the request still asking) ended and the message read as its other request alone; {} when it
    holds no such request."""
    # the proposal waiting for its yes, or a cancellation still asking its reason ("a plain yes cancels it")
    tool = (state.get("pending") or {}).get("tool") or _ASKING.get((state.get("topic") or {}).get("intent") or "")
    incoming = received.get("incoming") or state.get("incoming") or {}
    if not tool or tool == PAYMENT_TOOL or not (said := _other_request(incoming.get("text", ""), tool)):
        return {}
    return {"pending": None, "topic": None, "incoming": {**incoming, "text": said}}
