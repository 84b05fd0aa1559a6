"""Kinds of product the catalog does not sell (shoes, socks...): the words that ask for them in four languages
(`prompts/kinds_not_sold.v1.yaml`), each counted as not sold only when no product name or category uses it."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_vocabulary import CatalogVocabulary
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary


class UnsoldKind(BaseModel):
    model_config = ConfigDict(extra="forbid")
    catalog_words: list[str]
    words: dict[str, list[str]]
    label: dict[str, str]


class UnsoldKindTable(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    kinds: dict[str, UnsoldKind]


@cache
def unsold_kind_table() -> UnsoldKindTable:
    return UnsoldKindTable.model_validate(PromptLibrary(PROMPTS).get("kinds_not_sold").data())


@cache
def unsold_kind_words(language: str | None) -> re.Pattern[str]:
    """The message language's words for every kind (written folded; English when the language is unknown), one
    named group per kind, the table's order first ("Handschuhe" is gloves before it is shoes). Only that language's:
    the German "hat" (has) is no English hat."""
    groups = [f"(?P<{name}>{'|'.join(f'(?:{w})' for w in kind.words.get(language or 'en', kind.words['en']))})"
              for name, kind in unsold_kind_table().kinds.items()]
    return re.compile(rf"\b(?:{'|'.join(groups)})\b")


def is_sold(kind: str, vocabulary: CatalogVocabulary) -> bool:
    """A product name or a category of the catalog uses one of the kind's words."""
    words = set(unsold_kind_table().kinds[kind].catalog_words)
    categories = {word for category in vocabulary.categories for word in re.findall(r"[a-z]+", category)}
    return bool(words & (vocabulary.name_words | categories))


def unsold_label(kind: str, language: str) -> str:
    labels = unsold_kind_table().kinds[kind].label
    return labels.get(language) or labels["en"]
