"""Catalog wording in the customer's language (`prompts/catalog_phrases.v1.yaml`): constraints described,
recommendation reasons, product-answer sentences, lists joined as words and prices formatted."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.product_features import feature_label
from tools.money import format_money

PHRASES_FILE = Path(__file__).resolve().parents[2] / "prompts" / "catalog_phrases.v1.yaml"
BASE_LANGUAGE = "en"
# The order constraints are described in, and (reversed) the order they are given up when nothing matches.
CONSTRAINT_ORDER = ("gender", "categories", "colours", "exclude_colours", "size", "climate", "activity", "material",
                    "style", "eco", "features", "exclude_categories", "exclude_attributes", "exclude_features",
                    "min_price_cents", "max_price_cents")


@cache
def _phrases() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8"))
    missing = {lang: set(data[BASE_LANGUAGE]["answers"]) - set(words["answers"]) for lang, words in data.items()}
    if any(missing.values()):
        raise ValueError(f"{PHRASES_FILE.name}: answers missing {missing}")
    return data


def _words(language: str) -> dict[str, Any]:
    return _phrases().get(language) or _phrases()[BASE_LANGUAGE]


def format_number(value: float, language: str) -> str:
    """One decimal, with the decimal comma of French, Spanish and German (4.3 → 4,3)."""
    text = f"{value:.1f}"
    return text if language == BASE_LANGUAGE else text.replace(".", ",")


def value_word(value: str, language: str) -> str:
    """A catalog value (colour, climate, activity, category) in the customer's language, else as the catalog has it."""
    return str(_words(language)["values"].get(value, value))


def in_sentence(value: str, language: str) -> str:
    """A catalog tag value said inside a sentence: its word in the customer's language, in lower case when the
    catalog's own capitalised common word is said ("rated for rainy weather", "in red"); German nouns ("Grün"),
    trade names ("Cocona") and names written in capitals ("LED") keep theirs."""
    word = value_word(value, language)
    if language == "de" or word != value or not _common_word(value):
        return word
    return word.lower()


def _common_word(value: str) -> bool:
    """A capitalised catalog value that is a common word, one the other languages translate ("Rainy", "Red",
    "Nylon"), not a trade name ("Cocona", "LumaTech")."""
    return value[:1].isupper() and value[1:] == value[1:].lower() and any(
        value in _words(other)["values"] for other in ("fr", "es", "de"))


def join_words(values: list[str], language: str, *, conjunction: str = "and") -> str:
    """["Nylon", "Polyester"] → "nylon and polyester" (never a Python list)."""
    # two catalog values may share a word ("Athletic" and "Sports" are both "le sport"): each word said once
    words = list(dict.fromkeys(in_sentence(v, language) for v in values))
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {_words(language)[conjunction]} {words[-1]}"


def describe(constraints: CatalogConstraints, language: str, only: tuple[str, ...] = CONSTRAINT_ORDER) -> str:
    """The constraints as words ("for men, in Blue, under $60"), in the customer's language."""
    words, parts = _words(language), []
    for name in (n for n in CONSTRAINT_ORDER if n in only):
        values = _values(constraints, name)
        if not values:
            continue
        if name == "gender":
            parts.append(str(words["gender"][values[0]]))
        elif name in ("min_price_cents", "max_price_cents"):
            key = "max_price_up_to" if name == "max_price_cents" and not constraints.max_price_strict else name
            parts.append(str(words[key]).format(amount=format_money(int(values[0]), language)))
        elif name in ("features", "exclude_features"):
            labels = [feature_label(str(v), language) for v in values]
            conjunction = "and" if name == "features" else "or"
            parts.append(str(words[name]).format(values=join_words(labels, language, conjunction=conjunction)))
        else:
            joined = join_words([str(v) for v in values], language, conjunction="or")
            parts.append(str(words[name]).format(values=joined, value=joined))
    return ", ".join(parts)


def constraint_names(constraints: CatalogConstraints) -> list[str]:
    return [name for name in CONSTRAINT_ORDER if _values(constraints, name)]


def without(constraints: CatalogConstraints, names: tuple[str, ...]) -> CatalogConstraints:
    """A copy with the named constraints given up."""
    relaxed = constraints.model_copy(deep=True)
    for name in names:
        if name in relaxed.attributes:
            relaxed.attributes = {k: v for k, v in relaxed.attributes.items() if k != name}
        elif name == "exclude_attributes":
            relaxed.exclude_attributes = {}
        elif name in ("colours", "exclude_colours", "categories", "exclude_categories", "features",
                      "exclude_features"):
            setattr(relaxed, name, [])
        elif hasattr(relaxed, name):
            setattr(relaxed, name, None)
    return relaxed


def phrase(key: str, language: str) -> str:
    return str(_words(language)[key])


# French elides "le" and "du" before a name that starts with a vowel: "l'Adrienne Trek Jacket", not "le Adrienne".
_FRENCH_ELISION = (("le {name}", "l'{name}"), ("Le {name}", "L'{name}"), ("du {name}", "de l'{name}"))
_VOWEL = re.compile(r"[AEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouàâäéèêëîïôöùûü]")


def answer(key: str, language: str, **facts: object) -> str:
    """One product-answer sentence (`answers.<key>`) with its facts."""
    template = str(_words(language)["answers"][key])
    if language == "fr" and _VOWEL.match(str(facts.get("name", ""))):
        for article, elided in _FRENCH_ELISION:
            template = template.replace(article, elided)
    return template.format(**facts)


def _values(constraints: CatalogConstraints, name: str) -> list[Any]:
    if name in ("climate", "activity", "material", "style", "eco"):
        return list(constraints.attributes.get(name, []))
    if name == "exclude_attributes":
        return [v for values in constraints.exclude_attributes.values() for v in values]
    value = getattr(constraints, name)
    if isinstance(value, list):
        return value
    return [] if value is None else [value]
