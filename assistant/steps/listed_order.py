"""An order picked from the order list just shown ("Et la deuxième ?", "¿y el primero?", "what's the status of the
first one?"): read against the list the customer saw last (`grounding.shown_lists`), never against an older
product list, and made an order question about that order whatever a classifier made of it."""

from __future__ import annotations

import re
from functools import cache

from assistant.context import Deps
from assistant.grounding.catalog_lexicon import fold, load_lexicons
from assistant.grounding.catalog_questions import is_shopping_request, read_question
from assistant.grounding.items import nouns_said
from assistant.grounding.orders import order_numbers
from assistant.grounding.shown_lists import ShownList
from assistant.models.contracts import Intent, TurnIntent
from assistant.steps.order_lookup import CustomerReader

# Requests that act on an order keep their kind ("cancel the second one"): only the order is added.
ORDER_REQUESTS = {Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM}
KEEPS_READING = {Intent.HUMAN_AGENT, Intent.CHANGE_DEFAULT_ADDRESS}


# An ordinal points at a list's entry after a definite article or a possessive ("the second", "la deuxième", "el
# primero", "die zweite", "my first"); "just a second" or "first, cancel it" point at nothing.
DETERMINERS = ("the", "my", "la", "le", "ma", "mon", "el", "mi", "die", "der", "das", "den", "meine", "meiner",
               "meinem", "meinen")


@cache
def _pointing() -> re.Pattern[str]:
    words = {fold(w) for lexicon in load_lexicons().values() for ws in lexicon.ordinals.values() for w in ws}
    ordinals = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(DETERMINERS)})\s+(?:{ordinals})\b")


def ordinal_of(text: str) -> int | None:
    """The position a turn points at ("the second one": 1, "la dernière": -1), or None."""
    if not _pointing().search(fold(text)):
        return None
    return read_question(text).ordinal


async def order_at_listed_position(deps: Deps, customer_id: str | None, conversation_id: str, text: str,
                          decided: TurnIntent, shown: ShownList | None) -> TurnIntent:
    """`decided`, with the order at the position the turn names when the last list shown was the orders."""
    if not customer_id or not shown or shown.get("kind") != "orders" or decided.intent in KEEPS_READING:
        return decided
    position = ordinal_of(text)
    if position is None or order_numbers(text) or decided.slots.order_ids or is_shopping_request(text):
        return decided
    listed = list(shown.get("order_ids") or [])
    if not listed:
        listed = [o["order_id"] for o in await CustomerReader(deps, customer_id, conversation_id).orders()]
    if not -len(listed) <= position < len(listed):
        return decided
    slots = decided.slots.model_copy(update={"order_ids": [listed[position]]})
    if decided.intent in ORDER_REQUESTS:
        # "cancel the jacket first": an item named says which order, not the adverb
        return decided if nouns_said(text) else decided.model_copy(update={"slots": slots})
    slots = slots.model_copy(update={"modification": None, "cancel_reason": None, "product_query": None,
                                     "colour": None, "size": None})
    return decided.model_copy(update={"intent": Intent.ORDER_STATUS, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})
