"""A wish to have an item the customer owns in another colour or size, read from the words alone: "my Iris top
is a bit tight", "le Chaz Kangeroo Hoodie, je le voudrais plutôt en gris", "die Hose hätte ich lieber in L".

Which item (and whether the customer owns it) is grounded against their orders by the step that reads them
(`assistant.steps.owned_items`); this module only says whether the words ask for a swap and name an item."""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.items import items_named, name_words, nouns_said
from assistant.grounding.last_reading import keeps_last_reading
from assistant.grounding.lexicon import lexicon
from assistant.grounding.measures import measure_of, measures, names_a_measure
from assistant.grounding.negations import unnegated
from assistant.grounding.option_labels import asks_another_option
from assistant.grounding.option_words import names_option_value, option_value_words
from assistant.grounding.order_states import said_state, without_state_phrases
from assistant.grounding.payments import names_payment
from assistant.grounding.relative_sizes import size_step

# "S", "M", "L", "XL" written as sizes (upper case), or a number that can be a size ("a 34", "in 33"); one digit
# only after a word that says "a size" ("du 9", "del 9", "a 9", "eine 9", "en 8"): no stray digit is a size.
_ONE_DIGIT_AFTER = ("du", "del", "de", "en", "in", "an", "a", "la", "el", "un", "une", "eine", "einen", "die")
SIZE_CODE = re.compile(r"(?<![\w'])(?:XXS|XS|S|M|L|XL|XXL)(?![\w'])|(?<![\w.#])\d{2}(?![\w.])|(?:"
                       + "|".join(rf"(?<=\b{word} )" for word in _ONE_DIGIT_AFTER) + r")\d(?!\w|[.,:]\w)")


@keeps_last_reading  # asked of the same message by several readers a turn
def names_options(text: str) -> bool:
    """The words name a colour, a size, or a value of another option ("wired", "resistente al agua", "750ml")."""
    found = lexicon()
    if names_option_value(text) or names_a_measure(text) or size_step(text):  # "wired", "750ml", "a size up"
        return True
    if any(pattern.search(text) for pattern in found.grouped["colours"].values()):
        return True
    if found.patterns["size_words"].search(text) or SIZE_CODE.search(text):
        return True
    # a size's word, never its one letter: "l'échange", "l'étagère" name no size L (SIZE_CODE reads "L" itself)
    return any(len(match.group()) > 1 for pattern in found.size_word_patterns for match in pattern.finditer(text))


def fits_badly(text: str) -> bool:
    """"too small", "trop grand", "me queda pequeña", "zu eng": the item does not fit."""
    return lexicon().patterns["fit_complaints"].search(text) is not None


_WISH_REACH = 3  # "prefiero devolverlo", "I'd rather send it back": a wish for a return, no swap
# ... within the wish's own clause: "make it black, any refund to paypal" wishes a swap and says where the
# difference goes.
_CLAUSE_END = re.compile(r"[,;.!?—–]|\s-\s")


@keeps_last_reading  # asked of the same message by several readers a turn
def wishes_a_swap(text: str) -> bool:
    """A wish word ("exchange", "lieber", "cambiarla") that no negation a few words before takes back, and that
    is no preference for a return ("prefiero devolverlo")."""
    returns = lexicon().patterns["return_words"]
    text = without_state_phrases(text)  # "todavía no me llega": the negation is the arrival's, not the wish's
    return any(not returns.search(" ".join(_CLAUSE_END.split(text[match.end():], 1)[0].split()[:_WISH_REACH]))
               for match in unnegated(text, lexicon().patterns["variant_wishes"]))


@keeps_last_reading  # asked of the same message by several readers a turn
def asks_for_swap(text: str) -> bool:
    """The words ask for another variant of something: a fit complaint, or a wish ("rather", "lieber",
    "même taille") or a price difference settled by a method ("den Aufpreis von der Geschenkkarte") together with a
    colour, a size or another option's value, or an option's name ("changer la couleur du smartphone": the new
    value is asked for), or another value of an option it names ("un autre bracelet")."""
    if fits_badly(text) or asks_another_option(text):  # "ein anderes Armbandmaterial": the value is asked next
        return True
    # a difference settled opens a change only of an item it names: "en gris, y la diferencia a la mastercard"
    # answers the change under way
    if not (wishes_a_swap(text) or (settles_a_difference(text) and bool(nouns_said(text)))):
        return False  # read before the option words, which cost the most and most messages never need
    return names_options(text) or lexicon().patterns["option_name_words"].search(text) is not None


def settles_a_difference(text: str) -> bool:
    """A price difference said with the method that settles it ("the extra on my mastercard", "l'écart sur mon
    paypal", "el reembolso de la diferencia a la visa"): only an item change has one; the method is the
    difference's, never a new payment method for the order, nor a return's refund."""
    return lexicon().patterns["difference_words"].search(text) is not None and names_payment(text)


def exchange_verb(text: str) -> bool:
    """"swap", "échanger", "cambiar", "tauschen": a verb that asks for an exchange by itself."""
    return lexicon().patterns["exchange_verbs"].search(text) is not None


def names_current_option(text: str, item: dict[str, Any]) -> bool:
    """The words name the colour or size the item has now ("den roten Fahrradhelm", "in grau statt navy", "la
    silla negra"): a common noun with it points at this very item."""
    found = lexicon()
    values = {str(v).lower() for v in (item.get("options") or {}).values()}
    if not values:
        return False
    for colour, pattern in found.grouped["colours"].items():
        for match in pattern.finditer(text):
            if colour.lower() in values or match.group(0).lower() in values or values & set(found.colours[colour]):
                return True
    sizes = {code.group(0).lower() for code in SIZE_CODE.finditer(text)}
    said = {measure for measure, _, _ in measures(text)}  # "the 28 inch one"
    return bool(sizes & values) or any(measure_of(value) in said for value in values)


def size_said_as_fit(text: str, size: str | None) -> bool:
    """The size slot only repeats how the item fits now ("too small" is no request for a small)."""
    if not size:
        return False
    fits = " ".join(match.group(0) for match in lexicon().patterns["fit_complaints"].finditer(text)).lower()
    return bool(fits) and size.lower() in fits.split()


def asks_for_return(text: str) -> bool:
    """The words send something back for a refund, and wish for no other colour or size of it."""
    return lexicon().patterns["return_words"].search(text) is not None and not (
        wishes_a_swap(text) or (settles_a_difference(text) and names_options(text)))


def cancels(text: str) -> bool:
    return lexicon().patterns["cancel_words"].search(text) is not None


def owned_items_meant(text: str, items: list[dict[str, Any]], noun_alone: bool = False) -> list[str]:
    """The customer's items the words point at: by the product's own name (its first word, "Caesar", "Iris",
    or two words of it), or by a common noun said as their own ("ma veste", "the top I ordered"), or by a noun
    alone where the words already say it is theirs (`noun_alone`: "I'm sending the hoodie back")."""
    said = name_words(text)
    by_name = [i["item_id"] for i in items if _names(said, i["name"])]
    if by_name:
        return by_name
    # an order's state said of it ("the jacket that hasn't arrived yet", "la botella que me llegó") says it is theirs
    if (noun_alone or lexicon().patterns["own_words"].search(text) or said_state(text)) and nouns_said(text):
        return items_named(text, items)
    return []


def _names(said: set[str], name: str) -> bool:
    # A name's word that says an option value ("Wireless Earbuds" for "the wired version rather than wireless")
    # names no item: the words ask for that value.
    nouns = set().union(*(name_words(noun) for noun in lexicon().item_nouns), option_value_words())
    first = name_words(name.split()[0]) - nouns if name.split() else set()
    own = name_words(name) - nouns
    return bool(first & said) or len(own & said) >= 2
