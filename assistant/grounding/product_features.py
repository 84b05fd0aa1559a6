"""Features of a product the catalog has no attribute for (a hood, a zip, pockets): the words that ask for them
in four languages, and the evidence of them in a product's own name, description and style
(`prompts/product_features.v1.yaml`); a product has a feature only where its own text says so."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary


class Feature(BaseModel):
    model_config = ConfigDict(extra="forbid")
    column: bool = False  # a feature the catalog's features column lists ("Laptop Sleeve"): not listed there is a no
    evidence: list[str]
    words: dict[str, list[str]]
    label: dict[str, str]


class FeatureTable(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    features: dict[str, Feature]
    asks_of_product: dict[str, list[str]] = {}
    asks_what_it_is: dict[str, list[str]] = {}
    articles: dict[str, list[str]] = {}


@cache
def feature_table() -> FeatureTable:
    return FeatureTable.model_validate(PromptLibrary(PROMPTS).get("product_features").data())


@cache
def _evidence() -> dict[str, re.Pattern[str]]:
    return {name: re.compile("|".join(f"(?:{p})" for p in feature.evidence))
            for name, feature in feature_table().features.items()}


@cache
def feature_words() -> re.Pattern[str]:
    """Every language's words for a feature (written folded), as one pattern whose named group is the feature."""
    alternatives = [f"(?P<{name}>{'|'.join(f'(?:{w})' for words in feature.words.values() for w in words)})"
                    for name, feature in feature_table().features.items()]
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b")


@cache
def _asks_of_product() -> re.Pattern[str]:
    words = [w for patterns in feature_table().asks_of_product.values() for w in patterns]
    return re.compile(rf"(?<!\w)(?:{'|'.join(f'(?:{w})' for w in words)})(?!\w)") if words else re.compile("(?!)")


def features_asked(folded: str) -> list[str]:
    """The features a folded message names ("capuche", "Reißverschluss" as "reissverschluss"), in table order."""
    found = feature_words().search(folded)
    return [name for name in feature_table().features if found and any(
        match.group(name) for match in feature_words().finditer(folded))]


@cache
def _what_it_is() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = feature_table()
    opens = "|".join(f"(?:{w})" for patterns in table.asks_what_it_is.values() for w in patterns) or "(?!)"
    articles = "|".join(f"(?:{w})" for patterns in table.articles.values() for w in patterns) or "(?!)"
    # at the start, or after "and" joining a second question ("what colours does it come in and is it waterproof?")
    return (re.compile(rf"(?:^\W*(?:(?:and|et|y|und|mais|but|pero|aber)\s+)?|(?<!\w)(?:and|et|y|und)\s+)"
                       rf"(?:{opens})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{articles})(?!\w)"))


def asks_what_it_is(folded: str) -> bool:
    """"is it waterproof?", "il est imperméable ?", "c'est fait en quoi ?", "¿es impermeable?", "sind die
    wasserdicht?": a question opening on a pronoun and a copula (or a second question so joined by "and": "elle
    existe en quelles couleurs et est-ce qu'elle est imperméable ?"), with no indefinite article ("une veste
    imperméable" asks for products): it asks what the product(s) being talked about are."""
    opens, articles = _what_it_is()
    return "?" in folded and opens.search(folded) is not None and articles.search(folded) is None


def asks_whether_it_has(folded: str) -> bool:
    """"does it have a hood?", "il y a une capuche ?", "¿lleva bolsillos?", "hat der einen Reißverschluss?": a
    question whether the product being talked about has a feature (the folded message names one)."""
    return bool(features_asked(folded)) and _asks_of_product().search(folded) is not None


def features_in(texts: Iterable[str]) -> frozenset[str]:
    """The features a product's own texts (name, description, style values) say it has."""
    text = " ".join(texts).lower().replace("|", " ")
    return frozenset(name for name, pattern in _evidence().items() if pattern.search(text))


def has_features(product_features: frozenset[str] | None, wanted: list[str], ruled_out: list[str]) -> bool:
    """Every feature wanted and none ruled out; a product whose texts are unknown meets none it is asked for."""
    found = product_features or frozenset()
    return set(wanted) <= found and not set(ruled_out) & found


def listed_in_column(name: str) -> bool:
    """A feature a product's catalog features column would list ("Laptop Sleeve", "Lockable"), when it has one."""
    feature = feature_table().features.get(name)
    return bool(feature and feature.column)


def feature_label(name: str, language: str) -> str:
    labels = feature_table().features[name].label if name in feature_table().features else {}
    return labels.get(language) or labels.get("en") or name


def feature_map(products: Iterable[tuple[str, Iterable[str]]]) -> Mapping[str, frozenset[str]]:
    """product id → its features, from each product's texts."""
    return {product_id: features_in(texts) for product_id, texts in products}
