"""Which of the customer's orders a request can still apply to, by status (the tau-retail policy the order tools
enforce), answered without proposing any write.

Two cases (fresh-eyes issue 17): a question about what qualifies ("which hoodies can I return?", "¿qué puedo
devolver?", "welche Bestellung kann ich noch stornieren?") is answered with the orders that can, never proposed as
the write; and a request that no order qualifies for ("I need to cancel an order" when every order is delivered or
being processed) says so and why, instead of asking which order again and again.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.item_changes import asks_for_return, cancels
from assistant.models.contracts import Intent

# The status each request needs (tau-retail policy): cancel and change while pending, return and exchange once
# delivered.
REQUIRED_STATUS = {
    Intent.CANCEL_ORDER: "pending",
    Intent.MODIFY_ORDER: "pending",
    Intent.RETURN_ITEM: "delivered",
    Intent.EXCHANGE_ITEM: "delivered",
}
# The statuses an order may have for the request to apply to it in some form: an item is swapped in a pending order
# too (as a change), whichever word the customer used.
QUALIFYING = {**{intent: {status} for intent, status in REQUIRED_STATUS.items()},
              Intent.EXCHANGE_ITEM: {"delivered", "pending"}}
# The statuses an item named in words may sit in for a request to act on it: a swap of an item ("the boots in size
# 8") is a change while the order is pending and an exchange once delivered, so the item in either is meant; an
# address or payment change, a cancellation or a return acts only in its own status.
ITEM_SWAP_STATUSES = frozenset({"pending", "delivered"})


def acting_statuses(intent: Intent, slots: dict[str, Any]) -> frozenset[str] | None:
    """The statuses of the orders the request can act on an item in (see `ITEM_SWAP_STATUSES`); None: the one
    status it needs."""
    swaps = intent is Intent.EXCHANGE_ITEM or (
        intent is Intent.MODIFY_ORDER and slots.get("modification") == "items")
    return ITEM_SWAP_STATUSES if swaps else None


ACTION = {Intent.CANCEL_ORDER: "cancel", Intent.MODIFY_ORDER: "modify", Intent.RETURN_ITEM: "return",
          Intent.EXCHANGE_ITEM: "exchange"}

# A question word, then within a few words "can I / can be / puedo / kann ich…": asking what qualifies, not asking
# for the change ("which hoodies can I return?", "qu'est-ce que je peux encore annuler ?", "¿cuál de mis pedidos
# se puede cancelar?", "was kann ich zurückgeben?"). An unaccented Spanish "que" counts only opening the question
# ("creo que puedo devolverlo" asks nothing). Variant questions inside a change ("which colours can I get?") name a
# colour or size word and are left to the change.
_FEW_WORDS = r"(?:\W+[\w'’-]+){0,4}?\W+"
WHICH_QUALIFY = re.compile(
    # ... never "not what I expected, can I return it?": that "what" is what arrived, the return is asked
    r"(?<!not\s)(?<!n't\s)(?<!isnt\s)(?<!wasnt\s)\b(?:which|what)" + _FEW_WORDS
    + r"(?:can|could|may)\W+(?:i|we|still|be)\b"
    r"|\b(?:anything|something|any\W+(?:orders?|items?))\W+(?:that\W+)?(?:i\W+)?(?:can|could)\W+(?:i\W+)?(?:still\W+)?"
    r"(?:cancel|return|exchange|change|send)"
    r"|\b(?:qu['’]est-ce\W+que|quels?|quelles?|lequel|laquelle|lesquel(?:le)?s)" + _FEW_WORDS
    + r"(?:je\W+peux|puis-je|peut-on|on\W+peut|je\W+pourrais|peut|peuvent|pourrais-je)\b"
    r"|\bque\W+(?:puis-je|peut-on|pourrais-je)\b"
    r"|(?:¿\s*|^\s*)(?:que|cual(?:es)?)" + _FEW_WORDS + r"(?:puedo|podr[ií]a|se\W+puede|se\W+pueden|puede|pueden)\b"
    r"|\b(?:qué|cuál(?:es)?)" + _FEW_WORDS + r"(?:puedo|podr[ií]a|se\W+puede|se\W+pueden|puede|pueden)\b"
    r"|\b(?:welche[nrsm]?|was)" + _FEW_WORDS + r"(?:kann\W+ich|k[öo]nnte\W+ich|kann\W+man|k[öo]nnen|lässt\W+sich"
    r"|lassen\W+sich|darf\W+ich)\b",
    re.I,
)
VARIANT_WORDS = re.compile(r"\b(?:colou?rs?|sizes?|couleurs?|tailles?|colou?res|tallas?|farben?|gr[öo](?:ß|ss)en?)\b",
                           re.I)


def asks_which_qualify(text: str) -> bool:
    """The customer asks which orders or items a request can still apply to."""
    return WHICH_QUALIFY.search(text) is not None and not VARIANT_WORDS.search(text)


def qualifying(orders: list[dict[str, Any]], intent: Intent) -> list[dict[str, Any]]:
    """The order summaries whose status allows the request."""
    return [summary for summary in orders if summary["status"] in QUALIFYING[intent]]


def eligibility_key(intent: Intent, eligible: bool) -> str:
    """The reply naming the orders that qualify (`eligible`), or, when none does, every order with the status that
    rules it out (both with the orders as lines in `{orders}`)."""
    return f"{'eligible' if eligible else 'none_eligible'}_{ACTION[intent]}"


def kinds_asked(text: str, intent: Intent) -> list[Intent]:
    """The requests a question about what qualifies asks about: both when its words name a cancellation and a
    return ("which can I still cancel or return?", "lesquelles puis-je annuler ou renvoyer ?"), whichever one a
    classifier kept; the classified one otherwise."""
    if intent in (Intent.CANCEL_ORDER, Intent.RETURN_ITEM) and cancels(text) and asks_for_return(text):
        return [Intent.CANCEL_ORDER, Intent.RETURN_ITEM]
    return [intent]
