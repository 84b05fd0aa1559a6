"""A write a reader saw in a message that says no word of any write, read in code for every backend.

Beside identity details ("<email> commande #W… cp 43230, ou en est-elle"), the resolver's classifier reads masked
text ("email address … order number … zip code") that its labelled examples mostly hold in cancellations, and so
read status questions as a cancel, a change, a return or a new default address: a proposal the customer never
asked for ("Pourquoi souhaitez-vous annuler… ? Un simple oui l'annule"). A cancellation, an item/address/payment
change, a return or an exchange needs its words: an action verb, a reason to cancel, a return or swap wish, a fit
complaint, a problem, an option value, a payment kind, a postal address. Without any, a message that names an
order asks about it (its status; a guest is asked for what proof is still missing), and identity details alone
are who the customer is. A message without identity details keeps its reading: the guard is for the masked
details' pull, not a second classifier. Write words are the grounding lexicon's and the stems of
prompts/write_word_stems.v1.yaml ("cancelo", "devuelven")."""

from __future__ import annotations

import re
from functools import cache

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.details_only import without_details
from assistant.grounding.item_changes import names_options
from assistant.grounding.lexicon import (
    ACCENTS_OPTIONAL,
    LANGUAGES,
    PROMPTS,
    WordsPerLanguage,
    lexicon,
    phrase_pattern,
)
from assistant.grounding.option_labels import asks_another_option
from assistant.grounding.orders import ORDER_NUMBER
from assistant.grounding.payment_change import asks_payment_change
from assistant.grounding.reasons import read_cancel_reason, read_modification
from assistant.grounding.requested_action import says_delivery
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.prompts import PromptLibrary
from assistant.steps.addresses import ADDRESS, DESTINATION_WITHOUT_STATE

WRITES = frozenset({Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM,
                    Intent.CHANGE_DEFAULT_ADDRESS})
# lexicon tables whose words ask for a write (or say why one is wanted) in some language
_WRITE_TABLES = ("cancel_words", "order_actions", "change_verbs", "exchange_verbs", "return_words",
                 "return_instead_words", "fit_complaints", "variant_wishes", "problem_words", "size_up", "size_down",
                 "option_name_words", "need_words", "need_negations", "card_brands")
_WRITE_GROUPS = ("payment_kinds",)
# words of those tables that ask for nothing by themselves: where the parcel is, whether it arrived
_NO_WRITE = frozenset({"parcel", "package", "colis", "paquete", "paket", "arrived"})


class WriteWordStems(WordsPerLanguage):
    """prompts/write_word_stems.v1.yaml: per language, the stems of words that ask for an order write."""


@cache
def write_stems() -> re.Pattern[str]:
    stems = WriteWordStems.model_validate(PromptLibrary(PROMPTS).get("write_word_stems").data())
    said = sorted({fold(stem) for language in LANGUAGES for stem in getattr(stems, language)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, s.split())) for s in said) + ")")


@cache
def _write_word_tables() -> tuple[re.Pattern[str], ...]:
    found = lexicon()
    tables = [phrase_pattern([word for word in getattr(found, table) if word.lower() not in _NO_WRITE],
                             accents_optional=table in ACCENTS_OPTIONAL) for table in _WRITE_TABLES]
    return (*tables, *(pattern for group in _WRITE_GROUPS for pattern in found.grouped[group].values()))


def says_a_write(text: str) -> bool:
    """Any word of an order write in the message, its order numbers, emails and zip codes left out (a zip is no
    size, an order number no item)."""
    words, _ = without_details(text)
    return names_a_write(text) or names_options(words)


def names_a_write(text: str, *, option_names_ask: bool = False) -> bool:
    """`says_a_write` without the options named: "does it come in gray?" asks of a product, it changes nothing
    (a product question while the desk holds the conversation, desk19). `option_names_ask`: an option's name
    ("which colours", "quelles tailles") asks which values there are, with no other word of a write (wait27)."""
    words, _ = without_details(text)
    left_out = {_WRITE_TABLES.index("option_name_words")} if option_names_ask else set()
    tables = [table for index, table in enumerate(_write_word_tables()) if index not in left_out]
    if write_stems().search(fold(words)) or any(pattern.search(words) for pattern in tables):
        return True
    # "ship it to 700 Congress Ave, Austin 78701": a destination with a sending verb, its state left out
    sends_it = DESTINATION_WITHOUT_STATE.search(text) is not None and says_delivery(words)
    return bool(read_cancel_reason(words) or read_modification(words) or asks_another_option(words)
                or ADDRESS.search(text) or sends_it or asks_payment_change(words))


def unworded_write_reading(text: str, decided: TurnIntent, *, write_in_progress: bool) -> TurnIntent:
    """`decided`, or for a write read beside identity details (an email, an order number, a zip code) with no word
    of any write (see the module) the question it is: the named order's status, else identity details.
    `write_in_progress`: a write's question or proposal is open, and the details may answer it ("#W…" for "which
    order?")."""
    if write_in_progress or decided.intent not in WRITES or not text.strip():
        return decided
    _, has_details = without_details(text)
    if not (has_details or decided.slots.email or decided.slots.zip_code) or says_a_write(text):
        return decided
    names_an_order = bool(decided.slots.order_ids or ORDER_NUMBER.search(text)
                          or lexicon().patterns["order_words"].search(text))
    intent = Intent.ORDER_STATUS if names_an_order else Intent.PROVIDE_DETAILS
    slots = decided.slots.model_copy(update={"cancel_reason": None, "modification": None})
    return decided.model_copy(update={"intent": intent, "confidence": max(decided.confidence, 0.9), "slots": slots})
