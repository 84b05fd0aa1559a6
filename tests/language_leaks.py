"""English left in a reply meant for a French, Spanish or German customer.

A word is English here when the project's own English customer-facing text uses it (the reply templates, the
catalog phrases, the chat and storefront lines, the catalog's English values such as colour names, and a few
words of English error text) and the target language's own text never does. Product names, ids and amounts are
data, not wording, and are removed before the words are compared; quoted text is not (a review quoted to a French
customer must be French)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import yaml

from tests.conftest import REPO_ROOT

PROMPTS = REPO_ROOT / "prompts"
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ']+")
IDS = re.compile(r"#?[A-Z]{1,3}-?\d[\w-]*|\S+@\S+|\d[\d.,\u202f\xa0 ]*\s?(?:\$\s?US|US\$|\$|€)")
# Words of English error and status text that the templates may not happen to use.
ERROR_WORDS = frozenset({
    "only", "can", "cannot", "be", "been", "must", "should", "would", "not", "allowed", "invalid", "failed", "error",
    "pending", "processed", "delivered", "cancelled", "already", "orders", "order", "item", "items", "found",
    "nothing", "closest", "matches"})


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _words(texts: Iterable[str]) -> set[str]:
    return {w.lower().strip("'") for text in texts for w in WORD.findall(re.sub(r"\{[^}]*\}", " ", text))}


def _yaml(name: str) -> dict:
    return yaml.safe_load((PROMPTS / name).read_text(encoding="utf-8"))


@cache
def _language_text(language: str) -> tuple[str, ...]:
    """All fixed customer-facing text of one language."""
    texts: list[str] = []
    replies = _yaml("replies.v1.yaml" if language == "en" else f"replies_{language}.v1.yaml")
    if language != "en":
        texts += list(_strings(replies.pop("terms", {})))
    texts += list(_strings(replies))
    phrases = _yaml("catalog_phrases.v1.yaml")[language]
    values = phrases.pop("values", {})
    texts += list(_strings(phrases)) + [str(v) for v in values.values()]
    for table in ("chat_lines.v1.yaml", "shop_ui.v1.yaml", "progress_labels.v1.yaml", "quick_replies.v1.yaml",
                  "intake_lines.v1.yaml", "verdict_reasons.v1.yaml", "shop_categories.v1.yaml"):
        texts += list(_strings(_yaml(table).get(language, {})))
    return tuple(texts)


# Catalog values that are names, not English words: said as they are in every language.
BRAND_VALUES = frozenset({"Cocona performance fabric", "CoolTech", "EverCool", "LumaTech"})


@cache
def lexicon_targets() -> frozenset[tuple[str, str]]:
    """Every catalog value a shopper's words can name in any language (prompts/catalog_lexicon/*.yaml), as
    (constraint, value): ("colours", "Black"), ("categories", "jackets"), ("style", "Hooded"); brand names left out.
    Replies say them back ("No encontré nada {unmet}")."""
    targets: set[tuple[str, str]] = set()
    for path in sorted((PROMPTS / "catalog_lexicon").glob("*.yaml")):
        lexicon = yaml.safe_load(path.read_text(encoding="utf-8"))
        for table in ("colours", "categories"):
            targets |= {(table, str(v)) for values in (lexicon.get(table) or {}).values() for v in values}
        targets |= {(name, str(v)) for attributes in (lexicon.get("attributes") or {}).values()
                    for name, values in attributes.items() for v in values}
    return frozenset((name, value) for name, value in targets if value not in BRAND_VALUES)


def lexicon_values() -> frozenset[str]:
    return frozenset(value for name, value in lexicon_targets() if name != "eco")  # eco: "Yes", said as a phrase


@cache
def english_only_words(language: str) -> frozenset[str]:
    """Words of the English text (and the catalog's English values) that `language`'s own text never uses."""
    english = _words(_language_text("en")) | ERROR_WORDS
    catalog_values = _yaml("catalog_phrases.v1.yaml")["fr"]["values"]  # the catalog's English values, as keys
    english |= _words(str(key) for key in catalog_values) | _words(lexicon_values())
    return frozenset(english - _words(_language_text(language)))


def english_fragments(text: str, language: str, *, names: Iterable[str] = ()) -> list[str]:
    """The English words in `text` (a reply to a `language` customer), after removing product names and ids."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    text = IDS.sub(" ", text)
    english = english_only_words(language)
    return [w for w in WORD.findall(text) if w.lower().strip("'") in english]
