"""A message that only gives details — order numbers, emails, zip codes — with nothing but the words naming them
("commande #D9000002 code postal 94107", "mi correo es … y mi pedido #W…", "Bestellung #… PLZ …"), read in code for
every backend. It asks for nothing: it is who the customer is, or which order they mean, never a request to cancel
or change an order (a reader matched "code postal" to a cancellation, and a plain "oui" then cancelled).

With a request or a question in progress the details answer it; with none, an order number asks about that order
(its status, for a guest once verified), and identity details alone are identity. The words naming the details say
the message's language ("pedido … CP …" is Spanish), which a language reader cannot tell from so few words."""

from __future__ import annotations

import re
from functools import cache

from assistant.grounding.lexicon import LANGUAGES, lexicon, phrase_pattern
from assistant.grounding.orders import ORDER_NUMBER
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.resolver.patterns import EMAIL, ITEM_ID, ZIP

_DETAILS = (EMAIL, ORDER_NUMBER, ITEM_ID, ZIP)
_LEFT_OVER = re.compile(r"[\W_]+")
# Readings a details-only message keeps: an answer to the proposal, or a person asked for.
_KEPT = frozenset({Intent.AFFIRM, Intent.DENY, Intent.HUMAN_AGENT})


@cache
def _any_detail_word() -> re.Pattern[str]:
    return phrase_pattern([word for words in lexicon().detail_words.values() for word in words])


@cache
def _own_words() -> dict[str, re.Pattern[str]]:
    """Per language, its detail words no other language shares ("pedido", "PLZ"; not "e-mail" or "la")."""
    tables = lexicon().detail_words
    own: dict[str, re.Pattern[str]] = {}
    for language in LANGUAGES:
        others = {word for other, words in tables.items() if other != language for word in words}
        words = [word for word in tables.get(language, []) if word not in others]
        if words:
            own[language] = phrase_pattern(words)
    return own


def without_details(text: str) -> tuple[str, bool]:
    """The text with its order numbers, emails, item ids and zip codes blanked, and whether it had any."""
    found = False
    for pattern in _DETAILS:
        text, count = pattern.subn(" ", text)
        found = found or count > 0
    return text, found


def gives_details_only(text: str) -> bool:
    """The message holds an order number, email or zip code, and no word besides those naming them or courtesy."""
    rest, found = without_details(text)
    return found and not _LEFT_OVER.sub("", _any_detail_word().sub(" ", rest))


def details_language(text: str) -> str | None:
    """The language of a details-only message, when its naming words belong to one language only."""
    if not gives_details_only(text):
        return None
    rest, _ = without_details(text)
    said = [language for language, words in _own_words().items() if words.search(rest)]
    return said[0] if len(said) == 1 else None


def details_only_reading(text: str, decided: TurnIntent, *, in_progress: bool) -> TurnIntent:
    """`decided`, or for a details-only message (see the module) what such a message is: an answer to what is in
    progress (`in_progress`: a topic or a proposal is open), else the named order's status, else identity."""
    if decided.intent in _KEPT or not gives_details_only(text):
        return decided
    asks_status = not in_progress and bool(decided.slots.order_ids or ORDER_NUMBER.search(text))
    intent = Intent.ORDER_STATUS if asks_status else Intent.PROVIDE_DETAILS
    if decided.intent is intent:
        return decided
    slots = decided.slots.model_copy(update={"cancel_reason": None, "modification": None})
    return decided.model_copy(update={"intent": intent, "confidence": 0.97, "slots": slots})
