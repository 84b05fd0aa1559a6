"""A yes naming a payment method with nothing open ("yes, charge it to my gift card", "sí, pero cóbralo a mi
tarjeta regalo", "ja, aber buche es auf meine Kreditkarte", "oui, mettez-le sur ma carte cadeau"): nothing is
proposed and no question is waiting, so there is nothing to pay; said plainly, with what the customer may want now.
Never a photo request (a "but" read as a complaint), never "no gift card" for a customer who has one, never a
payment question about an order nobody named (attack24 A24-4, A24-6). An order named ("yes, pay #W… with paypal",
"yes, change my order's payment to paypal") is a request and is read as such, and so is a message that says more
than a yes and a method ("D'accord. Dans ce cas les chaussures … je les voudrais en version imperméable. Vous pouvez
prendre la différence sur ma carte cadeau": an item change, blind v20)."""

from __future__ import annotations

from typing import Any

from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import order_numbers
from assistant.grounding.payments import names_payment
from assistant.grounding.side_questions import clauses_of, says_something
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.proposal_questions import opens_with_yes


def pays_with_nothing_open(state: ConversationState) -> bool:
    """The turn is a yes naming a method, no order named, while nothing is proposed nor asked."""
    if state.get("pending") or state.get("topic") or state.get("offered"):
        return False
    text = (state.get("incoming") or {}).get("text", "")
    if "?" in text or not (opens_with_yes(text) and names_payment(text)) or order_numbers(text):
        return False  # "¿y cuánto saldo me queda en mi tarjeta regalo?" asks its balance ("y" is no yes there)
    if lexicon().patterns["an_order"].search(text) is not None:
        return False
    return all(opens_with_yes(clause) or names_payment(clause) or not says_something(clause)
               for clause in clauses_of(text))


async def say_nothing_to_pay(state: ConversationState) -> dict[str, Any]:
    return {"outbox": with_replies(state, Reply(key="nothing_to_pay", facts={}))}
