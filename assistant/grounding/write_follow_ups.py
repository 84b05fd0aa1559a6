"""A question right after a write about what that write did: its money, the method the money went to, the new
address, or whether it went through ("so where does the money go?", "so its going to fulton st now right?", "et la
difference c'est combien", "a que tarjeta va el dinero?", "wie viel bekomme ich zurueck und auf welche karte?"),
read from `prompts/write_follow_ups.v1.yaml` (issue 17). Such a question is answered with the write's own words
(steps/after_write.py), never read as a new request."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_questions import (
    asks_availability,
    asks_for_alternatives,
    is_shopping_request,
)
from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import PROMPTS
from assistant.grounding.orders import order_numbers
from assistant.models.prompts import PromptLibrary

LANGUAGES = ("en", "fr", "es", "de")
_WORD = re.compile(r"[a-z]{4,}")


class WriteFollowUpWords(BaseModel):
    """prompts/write_follow_ups.v1.yaml: regexes per language."""

    model_config = ConfigDict(extra="forbid")
    asks: dict[str, list[str]]
    about: dict[str, list[str]]
    new_request: dict[str, list[str]]
    refund: dict[str, list[str]]
    when: dict[str, list[str]]
    common: list[str]


@cache
def _words() -> WriteFollowUpWords:
    return WriteFollowUpWords.model_validate(PromptLibrary(PROMPTS).get("write_follow_ups").data())


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _words()
    return {name: re.compile("|".join(f"(?:{p})" for lang in LANGUAGES for p in getattr(words, name).get(lang, [])))
            for name in ("asks", "about", "new_request", "refund", "when")}


def _shares_a_word(said: str, written: str) -> bool:
    """A word of four letters or more of the write's own message that names something of it ("fulton", "rouge",
    "mockingbird"), not one every such message has ("order", "refund")."""
    shared = set(_WORD.findall(said)) & set(_WORD.findall(fold(written)))
    return bool(shared - set(_words().common))


def asks_a_question(text: str) -> bool:
    """The words read as a question ("und von wo?", "its the visa right?") asking for nothing more."""
    said, patterns = fold(text), _patterns()
    return bool(said.strip()) and bool(patterns["asks"].search(said)) and not patterns["new_request"].search(said)


def reads_as_a_question(text: str) -> bool:
    """The words read as a question by their form (a question mark, a question word or opening), whatever they ask
    ("je dois renvoyer l'ancien ?")."""
    return _patterns()["asks"].search(fold(text)) is not None


def asks_about_what_was_written(text: str, written: str) -> bool:
    """The message asks about the write whose message was `written`: a question about its money, method, address
    or outcome (or naming a word of it), naming no other order and asking for nothing more."""
    said, patterns = fold(text), _patterns()
    if not said.strip() or not patterns["asks"].search(said) or patterns["new_request"].search(said):
        return False
    named = set(order_numbers(text))
    if named - set(order_numbers(written)):
        return False
    return bool(patterns["about"].search(said)) or _shares_a_word(said, written)


def names_something_else(text: str, written: str) -> bool:
    """The message asks for something the write did not touch: products of a kind it names, to buy ("do you have
    something like the earbuds but cheaper?", "¿tienen auriculares más baratos?"), or items none of which the
    write named ("¿y cuándo llega el pedido del hervidor?" after a return of a hose and a mouse, fresh25 F1): a
    new request, never a question about the write."""
    named = nouns_said(text)
    if not named:
        return False  # "me devuelven algo?", "cual tienen ahora?": words of shopping, but no product named
    # "gibts nen preisunterschied?" asks about the write's money in the words of shopping: never a search
    shops = (asks_availability(text) or is_shopping_request(text) or asks_for_alternatives(text)) and not (
        _patterns()["about"].search(fold(text)))
    # a write whose words name no item (a cancellation, an address change) is never told apart by its items
    its = nouns_said(written)
    return bool(shops) or (bool(its) and not _names_its_items(named, its))


def _names_its_items(named: set[str], written: set[str]) -> bool:
    """A noun said is one of the write's items, or a shorter name of one ("die alte kamera" for a Digital Camera)."""
    return any(noun == its or noun in its.split() or its in noun.split() for noun in named for its in written)


def asks_when_refunded(text: str) -> bool:
    """"when do I get my money back?", "il arrive quand, le remboursement ?", "wann kommt die Erstattung?"."""
    said, patterns = fold(text), _patterns()
    return bool(patterns["refund"].search(said)) and bool(patterns["when"].search(said))


def asks_about_an_earlier_refund(text: str, written: str) -> bool:
    """A question about the refund of a write made earlier in the conversation, other turns since ("merci. et le
    remboursement de la gourde et du casque, il arrive quand ?", fresh25 F7): its money asked about, naming an item
    or the order of that write and nothing else, asking for nothing more; never a new return of those items."""
    said, patterns = fold(text), _patterns()
    if not written or not said.strip() or not patterns["refund"].search(said) or not patterns["asks"].search(said):
        return False
    if patterns["new_request"].search(said) or names_something_else(text, written):
        return False
    named_orders, written_orders = set(order_numbers(text)), set(order_numbers(written))
    if named_orders - written_orders:
        return False
    return bool(named_orders & written_orders) or _names_its_items(nouns_said(text), nouns_said(written))
