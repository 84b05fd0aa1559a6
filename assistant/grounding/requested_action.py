"""Which order write the customer's words ask for, read in code for every model backend: the evidence for an item
change, a shipping address change and a cancellation (prompts/action_evidence.vN.yaml and the grounding lexicon,
four languages), and which reading wins when a message holds several.

A replacement beats a cancel word: "cancel the M and send me the L instead", "storniert die blaue Jacke und schickt
mir die gelbe", "annulez la rouge et envoyez-moi la bleue" ask for another variant of the item, never for the order
to go. A message that names a new variant (a colour, a size, another option value, a size step such as "una talla
más" or "eine Nummer größer") together with a replacement or wish word changes the item; a shipping address said
of an order ("cambiar la dirección de mi pedido") changes that order's address. What the words leave open is left
to a question: this module only reads the words, the steps ground them against the customer's orders."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.grounding.item_changes import SIZE_CODE, cancels, fits_badly, wishes_a_swap
from assistant.grounding.lexicon import PROMPTS, lexicon, phrase_pattern, require_every_language
from assistant.grounding.measures import names_a_measure
from assistant.grounding.negations import unnegated
from assistant.grounding.option_words import names_option_value
from assistant.grounding.reasons import read_modification
from assistant.grounding.relative_sizes import size_step
from assistant.models.prompts import PromptLibrary
from assistant.steps.addresses import ADDRESS

# A house number with its street ("12 Pine Road", "rue de la Paix 4", "Calle Mayor 10"): no size 12.
_STREET = re.compile(
    r"\b\d{1,5}\s+(?:[\w.'-]+\s+){0,3}?(?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct"
    r"|place|pl|parkway|pkwy|terrace|highway|hwy)\b\.?"
    r"|\b(?:rue|avenue|boulevard|calle|avenida|paseo|straße|strasse|weg|allee|platz)\b(?:\s+[\w'-]+){0,3}?\s+\d{1,5}\b",
    re.I,
)

# An amount of money ("70€", "$50", "60 euros"): no size in it.
_MONEY = re.compile(r"[$€£]\s*\d+(?:[.,]\d+)?"
                    r"|\d+(?:[.,]\d+)?\s*(?:[$€£]|euros?\b|eur\b|dollars?\b|usd\b|balles\b|pavos\b)", re.I)

RequestedAction = Literal["change_items", "change_address", "cancel_order"]


TABLES = ("replacement", "contrast", "order_object", "delivery", "definite_item", "order_address", "order_holding")


class ActionEvidence(BaseModel):
    """The words of prompts/action_evidence.vN.yaml, per language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    replacement: dict[str, list[str]]
    contrast: dict[str, list[str]]
    order_object: dict[str, list[str]]
    delivery: dict[str, list[str]]
    definite_item: dict[str, list[str]]
    order_address: dict[str, list[str]]
    order_holding: dict[str, list[str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "action evidence")

    def pattern(self, table: str) -> re.Pattern[str]:
        words: dict[str, list[str]] = getattr(self, table)
        return phrase_pattern([word for listed in words.values() for word in listed], accents_optional=True)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    evidence = ActionEvidence.model_validate(PromptLibrary(PROMPTS).get("action_evidence").data())
    return {table: evidence.pattern(table) for table in TABLES}


class ActionReading(BaseModel):
    """What the words say about an order write: each piece of evidence, and the action they ask for (None: no
    write is asked for, or the words leave it open)."""

    model_config = ConfigDict(frozen=True)

    cancel_word: bool
    replacement: bool
    new_variant: bool
    address: bool
    order_object: bool
    action: RequestedAction | None


def says_replacement(text: str) -> bool:
    """"instead", "statt", "dafür", "à la place", "en su lugar", "send me the …": something in the item's place;
    or a contrast between two values of one option ("black, not yellow", "en talla 12, no en la 9")."""
    if _patterns()["replacement"].search(text) is not None:
        return True
    return _patterns()["contrast"].search(text) is not None and _two_values_of_one_option(text)


def _two_values_of_one_option(text: str) -> bool:
    """Two colours, or two sizes, named: one wanted and one ruled out (a price is no size: "moins de 70€")."""
    found = lexicon()
    text = _MONEY.sub(" ", text)
    colours = {colour for colour, pattern in found.grouped["colours"].items() if pattern.search(text)}
    sizes = {match.group(0).lower() for match in SIZE_CODE.finditer(text)} | {
        size for size, pattern in found.grouped["sizes"].items()
        if any(len(m.group(0)) > 2 for m in pattern.finditer(text))}
    return len(colours) > 1 or len(sizes) > 1


_ARTICLE_REACH = 2  # words between the article and the noun: "das schwarze T-Shirt", "the bike helmet"


def names_item_definitely(text: str) -> bool:
    """A product kind said with a definite article ("la chaqueta", "das tshirt", "the helmet", "l'enceinte"): a
    thing the customer has in mind, not any product of that kind."""
    article = _patterns()["definite_item"]
    for pattern in lexicon().grouped["item_nouns"].values():
        for match in pattern.finditer(text):
            before = re.split(r"[,;.!?:]", text[:match.start()])[-1]
            words = re.findall(r"[\w']+", before.lower().replace("l'", "l' "))[-_ARTICLE_REACH - 1:]
            if any(article.fullmatch(word) for word in words):
                return True
    return False


def names_the_order(text: str) -> bool:
    """"my order", "ma commande", "mi pedido", "meiner Bestellung": the order itself is what the words are about."""
    found = lexicon().patterns
    return bool(_patterns()["order_object"].search(text) or found["open_order"].search(text)
                or found["last_order"].search(text))


def without_what_names_the_order(text: str) -> str:
    """The words less those naming an order by what it holds ("la bouilloire de ma commande avec la tablette" →
    "la bouilloire de ma commande"): what is left names the item to change."""
    found = lexicon().patterns
    orders = [m for pattern in (_patterns()["order_object"], found["open_order"], found["last_order"])
              for m in pattern.finditer(text)]
    for order in sorted(orders, key=lambda m: m.start(), reverse=True):
        holding = _patterns()["order_holding"].match(text, order.end() + 1)
        if holding is not None and text[order.end():order.end() + 1].isspace():
            end = re.search(r"[,;.!?]", text[holding.end():])
            text = text[:order.end()] + (text[holding.end() + end.start():] if end else "")
    return text


def says_delivery(text: str) -> bool:
    """"liefern", "livrez", "entréguenlo", "deliver": the words send something somewhere (an order, with an address)."""
    return _patterns()["delivery"].search(text) is not None


def says_order_address(text: str) -> bool:
    """"shipping address", "adresse de livraison", "direccion de envio", "Lieferadresse": the address an order ships
    to, named as such (accents optional)."""
    return _patterns()["order_address"].search(text) is not None


def asks_for_new_variant(text: str) -> bool:
    """The words ask for another variant of an item: a size step ("una talla más grande", "eine Nummer kleiner",
    "une pointure en dessous"), a fit complaint, or a new option value with a replacement or wish word ("mejor en
    rojo", "die Action-Kamera bitte in Silber", "send me the L instead")."""
    text = _STREET.sub(" ", ADDRESS.sub(" ", text))  # "send the order to 12 Pine Road": no size 12
    if size_step(text) or fits_badly(text):
        return True
    # the wish or replacement first: the option value words cost the most and most messages have neither
    return (says_replacement(text) or wishes_a_swap(text)) and names_new_value(text)


@lru_cache(maxsize=1)
def _size_names() -> re.Pattern[str]:
    """Sizes said as words ("large", "mediana", "groß"); a single letter counts only as a size code ("an M")."""
    return phrase_pattern([word for words in lexicon().sizes.values() for word in words if len(word) > 2])


def names_new_value(text: str) -> bool:
    """The words name an option value: a colour, a size (a word, a code written as one, a number after a size
    word or alone), a measure ("750ml") or another option's value ("wired"). Stricter than a bare letter: the "l" of
    "l'adresse" is no size L."""
    found = lexicon()
    if names_option_value(text) or names_a_measure(text) or SIZE_CODE.search(text) or _size_names().search(text):
        return True
    if found.patterns["size_words"].search(text):
        return True
    return any(pattern.search(text) for pattern in found.grouped["colours"].values())


def read_action(text: str) -> ActionReading:
    """The order write the words ask for. An item change wins over a cancel word when a new variant is named; an
    address change needs address words said of an order (a postal address alone is read by the steps)."""
    cancel_word = cancels(text)
    replacement = says_replacement(text)
    new_variant = asks_for_new_variant(text)
    address = read_modification(text) == "address"
    order_object = names_the_order(text)
    action: RequestedAction | None = None
    if new_variant:
        action = "change_items"
    elif address and order_object:
        action = "change_address"
    elif cancel_word:
        action = "cancel_order"
    return ActionReading(cancel_word=cancel_word, replacement=replacement, new_variant=new_variant, address=address,
                         order_object=order_object, action=action)


def cancel_is_a_change(text: str) -> bool:
    """A cancel word inside a request for another variant ("cancel the L and send the M instead"): not a cancel."""
    reading = read_action(text)
    return reading.cancel_word and reading.action == "change_items"


_EXCLUSION_REACH = 3  # words between "instead of", "statt", "en vez de" and the value it rules out


def colours_ruled_out(text: str) -> set[str]:
    """Colours the words say are not wanted ("negros, no rojos", "in Blau statt in Schwarz", "plutôt qu'en argent"):
    the colour the item has now, in a request for another (lexicon colour names, lower case)."""
    found = lexicon()
    exclusions = found.patterns["payment_exclusions"]
    ruled_out: set[str] = set()
    for colour, pattern in found.grouped["colours"].items():
        said = list(pattern.finditer(text))
        kept = {match.start() for match in unnegated(text, pattern)}
        for match in said:
            before = " ".join(text[:match.start()].split()[-_EXCLUSION_REACH:])
            if match.start() not in kept or exclusions.search(before):
                ruled_out.add(colour.lower())
    return ruled_out


_NOUN_REACH = 2  # words between a colour and the product kind it is said of ("the red bike helmet", "el casco rojo")


def colours_on_a_noun(text: str) -> set[str]:
    """Colours said of a product kind ("the red bike helmet", "los cascos de música azules", "die schwarzen
    in-ear Kopfhörer"), not of "the white one": the colour of the item the words are about (lexicon names, lower
    case)."""
    found = lexicon()
    nouns = [match.span() for pattern in found.grouped["item_nouns"].values() for match in pattern.finditer(text)]
    said: set[str] = set()
    for colour, pattern in found.grouped["colours"].items():
        for match in pattern.finditer(text):
            for start, end in nouns:
                between = text[match.end():start] if match.end() <= start else text[end:match.start()]
                if not re.search(r"[,;.!?]", between) and len(between.split()) <= _NOUN_REACH:
                    said.add(colour.lower())
    return said
