"""What is said of a payment method the customer names that none of their saved methods is: card digits no saved
card ends in ("the card ending 1234") or a method id that is not theirs ("credit_card_9000001", attack20 A6). The
method is never used, and no other is put in its place without a word."""

from __future__ import annotations

from typing import Any

from assistant.grounding.payments import unheld_card_digits, unheld_payment_id
from assistant.grounding.proposal_question import has_question_word
from assistant.grounding.side_questions import clauses_of
from assistant.state import Reply


def unheld_method_note(text: str, saved: list[dict[str, Any]]) -> Reply | None:
    """The note for a method the words name that the customer does not hold, or None when they name none such. An
    id asked about ("and what's on gift_card_… of my buddy?") is no method given: another person's data, refused
    as such (`other_account`), never a reason to drop the customer's own choice."""
    given = " ".join(clause for clause in clauses_of(text) if "?" not in clause and not has_question_word(clause))
    if method_id := unheld_payment_id(given, saved):
        return Reply(key="method_id_not_held", facts={"method": method_id})
    if digits := unheld_card_digits(text, saved):
        return Reply(key="card_not_held", facts={"digits": digits})
    return None
