"""Questions about one order's facts in freer wording (`prompts/order_fact_questions.vN.yaml`): how it was paid
("womit habe ich eigentlich die Bestellung mit der Gaming-Maus bezahlt?"), what it came to in all ("combien m'a
coûté en tout la commande"), what it held ("¿qué más venía en el pedido?", "dime qué lleva"), what each item cost
("c'était combien chaque article ?")."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, lexicon, phrase_pattern
from assistant.models.prompts import PromptLibrary
from assistant.steps.addresses import ADDRESS

Fact = Literal["payment", "contents", "prices", "total", "address"]
_CLAUSE = re.compile(r"[.;!?¿¡]")
# An order's number is as much its whole as "in total": "wie viel hat die Bestellung #W… gekostet?" (as orders.py
# reads numbers; not imported from there, which reads this module)
_ORDER_NUMBER = re.compile(r"(?<![\w#])#?[A-Za-z]?\d{7}(?![\w])")
_REACH = 90  # characters between a question word and its verb, within one clause
_RIGHT_AFTER = 3  # a question word after the verb only when it follows it ("payée comment")
_CONTENTS_REACH = 50  # "was hab ich in der Bestellung W3840181 alles bestellt": a shorter reach than a payment's


class OrderFactWords(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    payment_asks: list[str]
    payment_verbs: list[str]
    total_amounts: list[str]
    total_wholes: list[str]
    total_exceptions: list[str]
    contents: list[str]
    contents_asks: list[str]
    contents_holds: list[str]
    contents_ordered: list[str]
    item_price_words: list[str]
    item_price_each: list[str]
    item_amount_asks: list[str]
    present_price_asks: list[str]
    tracking_labels: dict[str, str]
    tracking_asks: list[str]
    status_asks: list[str]
    address_asks: list[str]
    address_words: list[str]
    address_changes: list[str]
    yes_no_openers: list[str]

    @cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        return {name: phrase_pattern(getattr(self, name)) for name in
                ("payment_asks", "payment_verbs", "total_amounts", "total_wholes", "total_exceptions", "contents",
                 "contents_asks", "contents_holds", "contents_ordered", "item_price_words", "item_price_each",
                 "item_amount_asks", "present_price_asks",
                 "tracking_asks", "status_asks", "address_words", "address_changes", "yes_no_openers")} | {
            "address_asks": phrase_pattern(self.address_asks, accents_optional=True)}


@lru_cache(maxsize=1)
def order_fact_words() -> OrderFactWords:
    return OrderFactWords.model_validate(PromptLibrary(PROMPTS).get("order_fact_questions").data())


def freely_asked_fact(text: str) -> Fact | None:
    """"prices", "total", "payment" or "contents" when a clause of the words asks it; None otherwise."""
    found = order_fact_words().patterns
    for clause in _CLAUSE.split(text):
        if found["item_price_words"].search(clause) and found["item_price_each"].search(clause):
            return "prices"
        whole = found["total_wholes"].search(clause) or _ORDER_NUMBER.search(clause)
        if found["total_amounts"].search(clause) and whole and not found["total_exceptions"].search(clause):
            return "total"
        if _before(found["payment_asks"], found["payment_verbs"], clause):
            return "payment"
        if found["contents"].search(clause) or _asks_contents_freely(clause):
            return "contents"
    return "address" if asks_for_the_address(text) else None


def asks_an_items_amount(text: str) -> bool:
    """What one thing cost, asked ("how much was the toothbrush?", "what did the e-reader set me back?", "wie teuer
    war die Tastatur?", "¿cuánto me salió el cepillo?"): a word of an amount in a clause, none of the whole order
    ("in total") nor of a difference or a refund (a proposal's question)."""
    found = order_fact_words().patterns
    amount = ("total_amounts", "item_price_words", "item_amount_asks")
    # "set me back" is no refund's "back"
    return any(any(found[name].search(clause) for name in amount) and not found["total_wholes"].search(clause)
               and not found["total_exceptions"].search(found["item_amount_asks"].sub(" ", clause))
               for clause in _CLAUSE.split(text))


def asks_todays_price(text: str) -> bool:
    """A price asked in the present tense ("was kostet die Hyperion Jacke?"): the catalog's, not what was paid."""
    return bool(order_fact_words().patterns["present_price_asks"].search(text))


def _asks_contents_freely(clause: str) -> bool:
    """A question word a little before a word of holding ("whats in it", "ce qu'il y avait dedans", "qué lleva"),
    or before a verb of ordering in a clause naming the order's number ("qu'est-ce que j'ai commandé dans la
    W6302827"); a problem's words keep the clause a report ("what now, the lamp in my order is broken")."""
    found = order_fact_words().patterns
    if lexicon().patterns["problem_words"].search(clause):
        return False
    asks = found["contents_asks"]
    return _before(asks, found["contents_holds"], clause, _CONTENTS_REACH) or (
        _ORDER_NUMBER.search(clause) is not None and _before(asks, found["contents_ordered"], clause, _CONTENTS_REACH))


def asks_for_the_address(text: str) -> bool:
    """Where the order ships, asked ("what address is it going to?", "c'est livré à quelle adresse ?", "¿a qué
    dirección lo mandan?", "wohin wird meine Bestellung geschickt?"): a question word before an address word or a
    verb of sending in one clause. Words of a change ("change", "nouvelle", "en vez de", "neue"), the account's own
    address or a postal address in the words ask for a change, no fact."""
    found = order_fact_words().patterns
    if found["address_changes"].search(text) or ADDRESS.search(text):
        return False
    # "est-ce que la commande a été expédiée ?" asks whether, not where: its "que" is no question word
    asked = found["yes_no_openers"].sub(" ", text)
    return any(_before(found["address_asks"], found["address_words"], clause) for clause in _CLAUSE.split(asked))


def _before(asks: re.Pattern[str], verbs: re.Pattern[str], clause: str, reach: int = _REACH) -> bool:
    """A question word a little before the verb, or right after it ("je l'ai payée comment ?")."""
    return any(0 <= verb.start() - ask.end() <= reach or 0 <= ask.start() - verb.end() <= _RIGHT_AFTER
               for ask in asks.finditer(clause) for verb in verbs.finditer(clause))


def tracking_label(language: str) -> str:
    """How a reply in `language` names a tracking number in a line ("tracking", "suivi", "Sendungsnummer")."""
    labels = order_fact_words().tracking_labels
    return labels.get(language) or labels["en"]


def asks_for_tracking(text: str) -> bool:
    """The words ask for a tracking number ("any tracking?", "il y a un numéro de suivi ?")."""
    return order_fact_words().patterns["tracking_asks"].search(text) is not None


def asks_for_status(text: str) -> bool:
    """A question about an order's status in the words ("what's the status of …?", "¿cómo va el pedido?")."""
    return "?" in text and order_fact_words().patterns["status_asks"].search(text) is not None
