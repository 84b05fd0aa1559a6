"""Which product a question is about: an ordinal or a name among the products shown, else the one in focus."""

from __future__ import annotations

import re
from functools import cache

from assistant.grounding.catalog_dialogue import ShoppingState, ShownProduct
from assistant.grounding.catalog_lexicon import fold, load_lexicons
from assistant.grounding.catalog_questions import ProductQuestion

_WORD = re.compile(r"[a-z0-9]+")
MIN_NAME_WORD = 4
MIN_FIRST_WORD = 3  # "das zoe tank": a short given name, beside its kind


def distinctive_words(name: str, others: list[str]) -> set[str]:
    """Words of a product name that the other names do not share ("kangeroo" of "Chaz Kangeroo Hoodie")."""
    shared = {word for other in others for word in _WORD.findall(fold(other))}
    return {word for word in _WORD.findall(fold(name)) if len(word) >= MIN_NAME_WORD and word not in shared}


def named_product(text: str, shown: list[ShownProduct]) -> ShownProduct | None:
    """The one shown product whose own words the text uses, if exactly one."""
    words = set(_WORD.findall(fold(text)))
    names = [p["name"] for p in shown]
    hits = [p for p in shown if distinctive_words(p["name"], [n for n in names if n != p["name"]]) & words]
    distinct = {p["product_id"] for p in hits}
    return hits[0] if len(distinct) == 1 else None


def names_product(text: str, name: str) -> bool:
    """The text names this product: two of its words ("Chaz Kangeroo"), or one written as a name ("the Chaz"),
    not a common word the name happens to hold ("good for running?" does not name the "Ana Running Short"), nor
    a kind of product that German writes with a capital ("der günstigste Hoodie" names no one hoodie)."""
    words = {w for w in _WORD.findall(fold(name)) if len(w) >= MIN_NAME_WORD}
    used = words & set(_WORD.findall(fold(text)))
    capitalised = {fold(w) for w in re.findall(r"(?<=\s)[A-Z][a-z]+", text)} - kind_words()
    return len(used) >= 2 or bool(used & capitalised) or _first_word_with_kind(text, name)


def named_in_comparison(text: str, name: str) -> bool:
    """Inside a comparison a product is also named by its first word alone, in lower case ("compare le avec le
    chaz", "la sudadera chaz con la teton"): the other side of "compare" is a product, not a common word."""
    first = next(iter(_WORD.findall(fold(name))), "")
    usable = len(first) >= MIN_FIRST_WORD and first not in kind_words()
    return names_product(text, name) or (usable and first in set(_WORD.findall(fold(text))))


# Words before a product called by its first word alone ("how much is the kratos", "c'est combien le cronus",
# "cuánto cuesta la clamber", "precio del orestes", "was kostet der zeppelin").
_DETERMINERS = frozenset({"the", "le", "la", "les", "l", "du", "au", "el", "los", "las", "del", "al", "der", "die",
                          "das", "den", "dem", "des", "vom"})
MIN_GIVEN_NAME = 4


def called_by_first_word(text: str, name: str) -> bool:
    """A product called by the first word of its name alone, in lower case, after an article ("the kratos", "le
    juno", "la clamber"): a name of its own (four letters or more, no word for a kind of product), as customers
    shorten "Kratos Gym Pant". Read only where the words ask about a product (`best_named`, `several_named`)."""
    first = next(iter(_WORD.findall(fold(name))), "")
    if len(first) < MIN_GIVEN_NAME or first in kind_words():
        return False
    words = _WORD.findall(fold(text))
    return any(word == first and i > 0 and words[i - 1] in _DETERMINERS for i, word in enumerate(words))


def _first_word_with_kind(text: str, name: str) -> bool:
    """"la veste juno", "the juno jacket": the name's own first word right beside a word for a kind of product."""
    first = next(iter(_WORD.findall(fold(name))), "")
    if len(first) < MIN_FIRST_WORD or first in kind_words():
        return False
    words = _WORD.findall(fold(text))
    return any(word == first and any(w in kind_words() for w in words[max(0, i - 1):i + 2] if w != first)
               for i, word in enumerate(words))


@cache
def kind_words() -> frozenset[str]:
    """Words that name a kind of product in some language ("hoodie", "jacke", "pant"), singular and plural."""
    words = {fold(w) for lexicon in load_lexicons().values() for w in [*lexicon.categories, *lexicon.kinds]
             if " " not in w}
    return frozenset(words | {w + "s" for w in words} | {w + "n" for w in words})


def _own_words(name: str, others: list[str]) -> set[str]:
    """Words of a name the other names lack, short ones too ("zoe" of "Zoe Tank" beside "Bella Tank")."""
    shared = {word for other in others for word in _WORD.findall(fold(other))}
    return {word for word in _WORD.findall(fold(name)) if len(word) >= 3 and word not in shared}


def several_named(text: str, names: list[str]) -> list[int]:
    """The positions of the names the text names, when it names two or more ("Josie Yoga Jacket or Jade Yoga
    Jacket"): each by a word the other names lack ("Josie", "Jade"), so a word they share ("Yoga") names none."""
    words = set(_WORD.findall(fold(text)))
    picked = [i for i, name in enumerate(names)
              if (names_product(text, name) or called_by_first_word(text, name))
              and _own_words(name, names[:i] + names[i + 1:]) & words]
    if len(picked) < 2:  # "precio del orestes?": every product the one first word calls (Yoga Pant, Fitness Short)
        picked = [i for i, name in enumerate(names) if called_by_first_word(text, name)]
    return picked if len(picked) >= 2 else []


def product_in_focus(text: str, question: ProductQuestion, shopping: ShoppingState | None) -> str | None:
    """The product id meant: "the second one", a shown product named, else the one asked about or shown last.
    Whether the product in focus suits an activity ("can I go running in the rain with it?") keeps it in focus:
    the activity is no name of the shown product whose name holds the word ("Ingrid Running Jacket")."""
    shown = list((shopping or {}).get("shown") or [])
    if question.ordinal is not None and shown and -len(shown) <= question.ordinal < len(shown):
        return shown[question.ordinal]["product_id"]
    focus = (shopping or {}).get("focus")
    if (named := named_product(text, shown)) and not (
            focus and "suitability" in question.asks and not names_product(text, named["name"])):
        return named["product_id"]
    if focus:
        return focus
    return shown[0]["product_id"] if len(shown) == 1 else None


def best_named(text: str, names: list[str]) -> int | None:
    """The position of the name the text names with the most of its words ("el Orestes Fitness Short" is the
    Orestes Fitness Short, not the Orestes Yoga Pant ranked above it), or None when it names none."""
    words = set(_WORD.findall(fold(text)))
    scored = [(len({w for w in _WORD.findall(fold(name)) if len(w) >= 3} & words), -i, i)
              for i, name in enumerate(names) if names_product(text, name) or called_by_first_word(text, name)]
    return max(scored)[2] if scored else None
