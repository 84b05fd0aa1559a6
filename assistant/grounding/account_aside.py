"""An order question said beside a question about the account ("where is my order and what's my gift card
balance?", "quels moyens de paiement j'ai enregistrés, et la commande #W… est-elle partie ?"): the words of the
order question, so that both are answered (the account fact from the profile, the order by the order step)."""

from __future__ import annotations

import re

from assistant.grounding.account_questions import account_question
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import asks_for_order_list, order_numbers

# Where a message turns to its other question: a sentence's end, a comma, or a joining word.
CLAUSE_BREAKS = re.compile(r"(?<=[.?!;])\s+|\s*[,;]\s*|\s+(?=(?:and|also|et|aussi|y|también|tambien|und|außerdem)\b)",
                      re.I)


def order_question_beside(text: str) -> str | None:
    """The clauses of `text` that are no account question and ask where an order is (or for the orders), joined;
    None when the message asks nothing of an order besides the account."""
    clauses = [clause.strip() for clause in CLAUSE_BREAKS.split(text) if clause and clause.strip(" ,;.")]
    if len(clauses) < 2:
        return None
    rest = " ".join(clause for clause in clauses if account_question(clause) is None)
    if not rest or rest == text.strip():
        return None
    asks = lexicon().patterns["status_questions"].search(rest) or asks_for_order_list(rest)
    return rest if asks or (order_numbers(rest) and "?" in text) else None
