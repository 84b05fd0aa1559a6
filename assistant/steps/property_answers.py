"""Answers to a property asked of a product that no catalog attribute holds ("is it breathable?", "¿es elástico?",
"good for running?"): yes with the words of its own page that say it, or that the catalog does not say (fresh20
F10); never a "no" from an attribute that answers something else (its material)."""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_phrases import answer
from assistant.grounding.product_properties import properties_asked, property_evidence, property_label

QUOTE_CHARS = 120
# Properties the catalog's activity attribute answers when it lists them: the page's words only add to it.
ACTIVITIES = {"running": "Running"}


def _without_the_name(folded: str, name: str) -> str:
    """The question without the product's name typed in it (two or more of its words in a row): "is the Apollo
    Running Short good in the heat?" asks nothing about running."""
    words = "|".join(re.escape(w) for w in sorted(set(re.findall(r"\w+", name)), key=len, reverse=True))
    return re.sub(rf"\b(?:{words})(?:\s+(?:{words}))+\b", " ", folded) if words else folded


def _texts(product: dict[str, Any]) -> list[str]:
    attributes = product.get("attributes", {})
    return [product["name"], str(product.get("description") or ""),
            *(str(attributes[key]) for key in ("style_general", "style_bottom") if attributes.get(key))]


def _listed_activity(product: dict[str, Any], name: str) -> bool:
    activity = ACTIVITIES.get(name)
    listed = str(product.get("attributes", {}).get("activity") or "").replace("|", ",").split(",")
    return activity is not None and activity.lower() in {a.strip().lower() for a in listed}


def property_answers(product: dict[str, Any], asked: list[str], language: str) -> tuple[list[str], set[str]]:
    """The sentences for each property asked, and those answered with a yes (an activity the attribute lists, or a
    page saying nothing of one, is left to the suitability answer)."""
    parts: list[str] = []
    said: set[str] = set()
    for name in asked:
        if _listed_activity(product, name):
            continue
        sentence = property_evidence(_texts(product), name)
        label = property_label(name, language)
        if sentence is not None:
            quote = f' ("{sentence[:QUOTE_CHARS]}")' if language == "en" else ""
            parts.append(answer("property_yes", language, name=product["name"], label=label, quote=quote))
            said.add(name)
        elif name not in ACTIVITIES:
            parts.append(answer("property_unsaid", language, name=product["name"], label=label))
            said.add(name)
    return parts, said


def properties_first(product: dict[str, Any], asks: set[str], language: str,
                     folded: str) -> tuple[list[str], set[str]]:
    """The answers to the properties the (folded) question names, and what else it asks: a material asked by a
    property word ("breathable" reads as breathable fabrics) is answered by the property, and so is suitability
    when the page says the activity ("made for running" asked only with a suitability question)."""
    question = _without_the_name(folded, fold(product["name"]))
    asked = [p for p in properties_asked(question) if p not in ACTIVITIES or "suitability" in asks]
    if not asked:
        return [], asks
    parts, said = property_answers(product, asked, language)
    return parts, asks - ({"material", "suitability"} if said else {"material"})
