"""A question about another order's whereabouts said beside a request ("i want to return the pet bed, and has my
order with the helmet shipped yet?", "annulez la commande avec l'enceinte. c'est quoi le numéro de suivi du
skateboard ?", "den Helm bitte in M, und ist die Bestellung mit dem Puzzle schon unterwegs?"): the message split
into the request and the aside, so that the request is read alone and the aside answered beside it."""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel

from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_fact_words import order_fact_words
from assistant.grounding.orders import asked_order_fact, asks_for_order_list, order_numbers

# Where a message turns to something else: a sentence's end, or a joining word after which a question may start.
_SPLITS = re.compile(
    r"(?<=[.?!;])\s+|,\s*|\s+(?=(?:and|also|plus|oh and|et|aussi|y|además|tambien|también|und|außerdem|ausserdem|"
    r"auch)\b)", re.I)
# "my other order", "l'autre commande": the aside points at the order not acted on, without naming it.
OTHER_ORDER = re.compile(r"\b(?:other|autre|otro|andere[nr]?)\s+(?:order|commande|pedido|bestellung)\b", re.I)
MIN_REQUEST_WORDS = 3
_TRAILING_INTERJECTION = re.compile(r"[\s.,]+(?:oh|ah|ach|oh yes|btw|by the way|au fait|por cierto|übrigens)$", re.I)


class StatusAside(BaseModel):
    request: str  # the words of the request, read alone
    aside: str  # the status question about another order


def _long_enough(request: str) -> bool:
    return len(request.split()) >= MIN_REQUEST_WORDS


def split_status_aside(text: str, fits: Callable[[str], bool] = _long_enough) -> StatusAside | None:
    """The request and the status question beside it, split at the last point after which the words ask where an
    order is and name it (an item, an order number, "my other order") and before which the words `fits` a request
    (by default a few words; a plain yes while a proposal waits); None when no such question follows a request."""
    status = lexicon().patterns["status_questions"]
    for match in reversed(list(_SPLITS.finditer(text))):
        request = _TRAILING_INTERJECTION.sub("", text[:match.start()].strip(" ,;"))
        aside = text[match.end():].strip()
        if not fits(request) or not status.search(aside):
            continue
        if nouns_said(aside) or order_numbers(aside) or OTHER_ORDER.search(aside):
            return StatusAside(request=request, aside=aside)
        # a question naming nothing ("elle est partie ?") may be the end of one that does ("et ma montre, elle est
        # partie ?"); one that never does ("and has it shipped?") is about the request itself
    return None


def asks_another_orders_status(text: str, acted: str | None, acted_nouns: frozenset[str] | None = None) -> bool:
    """The whole message asks where an order other than the one of the request under way is ("und wo bleibt meine
    andere bestellung?", "espera, ¿y mi pedido #W2693718 ya llegó?", "is the jigsaw puzzle i ordered on its way?"
    while the sneakers' return waits): a question beside that request, never a new topic replacing it. An order
    number that is the request's own order asks about the request itself; so do items named that are all in it
    (`acted_nouns`: the product nouns of that order's items; None: items named are not weighed)."""
    if lexicon().patterns["status_questions"].search(text) is None:
        return False
    named = order_numbers(text)
    if named:
        return not any(digits in (acted or "") for digits in named)
    if OTHER_ORDER.search(text) is not None:
        return True
    return acted_nouns is not None and bool(nouns_said(text) - acted_nouns)


def _names_one(words: str) -> bool:
    return bool(nouns_said(words) or order_numbers(words))


def _asks_of_one(words: str) -> bool:
    """A question about one order, named by an item or its number: where it is, or a fact of it."""
    asks = (lexicon().patterns["status_questions"].search(words) or asked_order_fact(words)
            or order_fact_words().patterns["total_amounts"].search(words))  # "und was hat der Hoodie gekostet"
    return bool(asks) and _names_one(words)


def split_list_aside(text: str) -> StatusAside | None:
    """Every order asked for beside a question about one of them ("whats the status of my orders? also when does the
    tee ship", "¿cuándo llega mi chaqueta? y enséñame todos mis pedidos"): the list is the request, the question
    its aside (fresh16 F11); None when the message asks one of these only. Cheap first: the list's words."""
    if not asks_for_order_list(text) and not lexicon().patterns["order_nouns"].search(text):
        return None
    for match in _SPLITS.finditer(text):
        left, right = text[:match.start()].strip(" ,;"), text[match.end():].strip()
        for listing, question in ((left, right), (right, left)):
            if listing and question and asks_for_order_list(listing) and not _names_one(listing) and (
                    _asks_of_one(question)):
                return StatusAside(request=listing, aside=question)
    return None
