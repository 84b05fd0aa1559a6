"""How long a guest's proof of identity lasts in a conversation nobody writes to (attack12, F3).

A storefront guest who proved who they are (email + order number + zip) keeps the conversation in their browser for
days (the guest cookie, the widget's stored thread), so on a shared computer the next visitor resumed it verified
as that customer: orders, addresses and writes after a yes. A signed-in customer's identity ends with the session;
a guest's proof now ends after `idle_s` without a message: the conversation forgets the customer and anything it
was about to do for them, and the next order question asks for the proof again."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

GUEST_PROOFS = frozenset({"order_proof", "email", "name_zip"})  # tools/verification.py's methods; never "session"
FORGOTTEN: dict[str, Any] = {"customer_id": None, "verified_by": None, "pending": None, "topic": None,
                             "offered": None, "shown_list": None, "aside": None}


def guest_proof_expired(values: dict[str, Any], last_written: str | None, now: datetime, *, idle_s: int,
                        session_customer_id: str | None) -> bool:
    """Whether this conversation's customer came from a guest's proof that has been idle longer than `idle_s`.
    `last_written`: the ISO time of the conversation's latest checkpoint (its last turn)."""
    if session_customer_id or not values.get("customer_id") or values.get("verified_by") not in GUEST_PROOFS:
        return False
    if not last_written:
        return False
    return now - datetime.fromisoformat(last_written) > timedelta(seconds=idle_s)
