"""One message that asks for several things ("cancel #W1, I ordered it by mistake, and change the address of #W2
to …", "¿cuánto pagué por el pedido #W…? y cancelen el #W…"): the message cut into clauses where requests join, a
postal address kept whole; which write a clause asks for by its words, and whether it asks a fact about an order.
`steps/request_queue.py` groups the clauses into requests. Words of prompts/several_requests.v1.yaml."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.item_changes import asks_for_swap
from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import PROMPTS, lexicon, phrase_pattern
from assistant.grounding.orders import asked_order_fact, order_numbers
from assistant.grounding.proposal_question import has_question_word
from assistant.grounding.reasons import read_cancel_reason
from assistant.grounding.requested_action import says_delivery, says_order_address
from assistant.grounding.unworded_writes import write_stems
from assistant.models.prompts import PromptLibrary
from assistant.models.resolver.patterns import EMAIL
from assistant.steps.addresses import ADDRESS

# Where a message may turn to another request: a sentence's end, a comma, or a word that joins requests ("also",
# "aussi", "auch" are not cut at: "et annulez aussi la commande" is one request).
# Spanish "y" joins two requests; French "il y a", "il y avait" hold a "y" that joins nothing
_JOINS = re.compile(r"(?<=[.?!;:])\s+|\s*,\s*|(?<!\bil)\s+(?=(?:and|then|et|puis|y|luego|und|dann)\b)", re.I)
_HIDDEN = "\x00"
_JOIN_WORD = re.compile(r"(?:and|then|et|puis|y|luego|und|dann)", re.I)
_OPENERS = re.compile(r"^(?:\W*\b(?:and|also|oh|ah|ach|so|et|aussi|puis|y|también|tambien|und|auch|außerdem|"
                      r"ausserdem|dann|plus)\b)*[\s,;:.!¡-]*", re.I)
# Lexicon tables whose words are the action of an order write (not its reason, not a problem with an item).
_ACTIONS = (("cancel", ("cancel_words",)), ("return", ("return_words",)),
            ("change", ("exchange_verbs", "change_verbs")))


class SeveralRequestWords(BaseModel):
    """prompts/several_requests.v1.yaml."""

    model_config = ConfigDict(extra="forbid")
    one_of_them: list[str] = Field(min_length=1)
    added: list[str] = Field(min_length=1)
    added_with_order: list[str] = Field(min_length=1)
    both: list[str] = Field(min_length=1)
    default_address_request: dict[str, str] = Field(min_length=1)


@cache
def _several_words() -> SeveralRequestWords:
    return SeveralRequestWords.model_validate(PromptLibrary(PROMPTS).get("several_requests").data())


def default_address_request(address: str, language: str) -> str:
    """The request to change the account's default address to `address`, in the message's language."""
    table = _several_words().default_address_request
    return table.get(language, table["en"]).format(address=address)


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _several_words()
    return (phrase_pattern(words.one_of_them, accents_optional=True), phrase_pattern(words.added),
            phrase_pattern(words.both), phrase_pattern([*words.added, *words.added_with_order]))


def says_both(text: str) -> bool:
    """"yes to both", "oui pour les deux", "ja beides": the words reach to more than the proposal on screen."""
    return _words()[2].search(text) is not None


class Clause(NamedTuple):
    text: str
    start: int  # where it starts and ends in the message
    end: int


def clauses(text: str) -> list[Clause]:
    """The message's clauses in order, each with the word that joins it to the one before ("and also cancel …");
    an address's commas cut nothing, and a joining word alone ("and" before "also") goes with what follows."""
    masked = ADDRESS.sub(lambda match: match.group(0).replace(",", _HIDDEN), text)
    cuts = [0, *(match.start() for match in _JOINS.finditer(masked) if match.start() > 0), len(text)]
    found: list[Clause] = []
    carried: int | None = None
    for start, end in zip(cuts, cuts[1:], strict=False):
        words = text[start:end].strip(" ,")
        if not words:
            continue
        if _JOIN_WORD.fullmatch(words):
            carried = start if carried is None else carried
            continue
        begin = start if carried is None else carried
        if found and _address_alone(words):  # "could you send it to my office? 1 Market St, …": the address is its
            begin = found.pop().start
        found.append(Clause(text[begin:end].strip(" ,"), begin, end))
        carried = None
    return found


def _address_alone(words: str) -> bool:
    """The words are a postal address and nothing more (a detail of the clause before it)."""
    match = ADDRESS.search(words)
    return match is not None and not words[:match.start()].strip(" ,.:;-")


def asks_an_order_fact(clause: str) -> bool:
    """The clause asks what an order cost, where it is, its tracking number, what is in it: a question (its mark or
    a question word) to answer beside a write, never a write of its own. "refund it to the card I paid with" and
    "it hasn't shipped yet" say how a request is to be done, they ask nothing."""
    clause = EMAIL.sub(" ", clause)
    fact = asked_order_fact(clause)
    asks = fact or lexicon().patterns["status_questions"].search(clause)
    # what an order holds or each item's price is only ever asked ("antes dime qué lleva" has no question mark)
    asked = _is_a_question(clause) or fact in ("contents", "prices")
    return bool(asks) and asked and action_of(clause) is None


def without_opening(text: str) -> str:
    """A request's words without the joining words it was said with ("and also cancel #W…" → "cancel #W…")."""
    return _OPENERS.sub("", text).strip() or text


def _is_a_question(clause: str) -> bool:
    """A question mark, or a question word opening the clause ("and what was the total", "wie viel habe ich");
    "so wie ich bezahlt hab" says how, it asks nothing."""
    opening = _OPENERS.sub("", clause).split()[:2]
    return "?" in clause or has_question_word(" ".join(opening))


def action_of(clause: str) -> str | None:
    """The write a clause asks for by its words ("address", "cancel", "return", "change"), with what it is done to
    (an order number, an item, an order); None for a reason ("I ordered it by mistake"), a detail (an address
    alone) or a question. Words, not a model's reading of a few words out of their message, so every backend
    splits alike. An email's words are nobody's request ("aarav.anderson…@": de "ändern", fresh18 F10)."""
    clause = EMAIL.sub(" ", clause)
    patterns = lexicon().patterns
    if ADDRESS.search(clause) and says_delivery(clause):  # "and could you send it to my office? 1 Market St, …"
        return "address"
    if not (order_numbers(clause) or nouns_said(clause) or patterns["order_words"].search(clause)):
        return None
    if ADDRESS.search(clause) or says_order_address(clause):
        return "address"
    for action, tables in _ACTIONS:
        if any(patterns[table].search(clause) for table in tables):
            return action
    if nouns_said(clause) and asks_for_swap(clause):  # "die grüne trinkflasche lieber in schwarz"
        return "change"
    if order_numbers(clause) and read_cancel_reason(clause):  # "drop #W… since I bought it by accident"
        return "cancel"
    return "write" if write_stems().search(fold(clause)) else None


def says_one_of_them(text: str) -> bool:
    """"if you can only do one, the exchange matters more": the requests are no queue, the message is read whole."""
    return _words()[0].search(text) is not None


def adds_a_request(text: str) -> bool:
    """"oh and also, please return the lamp from #W…": a request added (its word among the first few) to the one
    under way; with an order named, the word may come anywhere ("can #W3260419 be cancelled too?", "et la #W…,
    elle peut être annulée aussi ?", "kann #W… auch storniert werden?": attack22 A22-1)."""
    opening = " ".join(text.split()[:4])
    added = (_words()[3].search(text) if order_numbers(text) else _words()[1].search(opening)) is not None
    return added and action_of(text) is not None
