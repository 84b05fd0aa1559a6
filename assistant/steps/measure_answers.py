"""Which of the products in question is the biggest, the smallest, the lightest, the heaviest: the catalog holds no
size or weight for a product, so the answer says so plainly, never a guess, and gives what the catalog does hold:
dimensions a description states ("L 29" x W 13" x H 11""), the products its features column lists as lightweight,
and each one's price, rating and material side by side."""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.catalog_phrases import answer, join_words
from assistant.steps.product_answers import listed_features, side_by_side

# A description's dimensions, as the catalog writes them: two or three measures joined by "x", each after its letter
_MEASURE = r'[LWHD]\s*\d+(?:\.\d+)?\s*(?:"|in\b|cm\b)?'
_DIMENSIONS = re.compile(rf"\b{_MEASURE}\s*x\s*{_MEASURE}(?:\s*x\s*{_MEASURE})?")
LIGHTWEIGHT = "Lightweight"


def dimensions_of(product: dict[str, Any]) -> str | None:
    """The dimensions the product's own description states, as written there, else None."""
    found = _DIMENSIONS.search(re.sub(r"<[^>]+>", " ", str(product.get("description") or "")))
    return " ".join(found.group(0).split()) if found else None


def measure_answer(products: list[dict[str, Any]], language: str) -> str:
    """No size or weight in the catalog, said for the products asked about, then what it holds of them."""
    names = [str(p["name"]) for p in products]
    parts = [answer("measure_unknown", language, names=join_words(names, language))]
    parts += [
        answer("measure_dimensions", language, name=p["name"], dimensions=dimensions)
        for p in products
        if (dimensions := dimensions_of(p))
    ]
    if light := [str(p["name"]) for p in products if LIGHTWEIGHT in listed_features(p)]:
        parts.append(answer("measure_lightweight", language, names=join_words(light, language)))
    parts.append(side_by_side(products, language))
    return " ".join(parts)
