"""A "no" to a proposal that goes on with a question ("Non, je ne veux rien retourner. Je voulais savoir où en est
la commande D9000004.", "no, forget it. what's the status of my order?"): the no ends the proposal, and the
question is answered in the same turn, never dropped behind "nothing changed"."""

from __future__ import annotations

from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_fact_words import asks_for_status
from assistant.grounding.orders import order_numbers
from assistant.state import Pending, Reply
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.order_status_reply import status_reply


async def question_after_no(reader: CustomerReader, pending: Pending, text: str, language: str) -> Reply | None:
    """The status (and tracking) of the order the words ask about: the one whose number they name among the
    customer's own, else the proposal's; None when they ask no status question."""
    if not (lexicon().patterns["status_questions"].search(text) or asks_for_status(text)):
        return None
    named = order_numbers(text)
    order_id = (pending.get("arguments") or {}).get("order_id")
    if named:
        owned = [summary["order_id"] for summary in await reader.orders()
                 if any(digits in summary["order_id"] for digits in named)]
        if not owned:
            return None  # another customer's number, or a typo: the order step answers it when asked alone
        order_id = owned[0]
    order = await reader.order(order_id) if order_id else None
    return status_reply(order, language, text) if order else None
