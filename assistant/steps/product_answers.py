"""Answers to product questions grounded in the catalog record: options, material, price and reviews."""

from __future__ import annotations

import re
from typing import Any

ASKS = {
    "colours": re.compile(r"\bcolou?rs?\b|\bshades?\b", re.I),
    "sizes": re.compile(r"\bsizes?\b|\bfit\b", re.I),
    "price": re.compile(r"\bprice\b|\bcost\b|\bhow much\b", re.I),
    "reviews": re.compile(r"\breviews?\b|\brating\b|\bgood\b|\bquality\b|\bworth\b", re.I),
    "material": re.compile(r"\bmaterial\b|\bfabric\b|\bmade of\b|\bis (?:it|this) (\w+)\b", re.I),
}
MATERIAL_WORDS = re.compile(
    r"\b(wool|cotton|polyester|nylon|leather|silk|linen|fleece|spandex|cocona|lycra|denim|organic cotton)\b", re.I
)


def _values(product: dict[str, Any], key: str) -> list[str]:
    seen: dict[str, None] = {}
    for variant in product["variants"]:
        value = variant["options"].get(key)
        if value and variant["available"]:
            seen[str(value)] = None
    return list(seen)


def _material(product: dict[str, Any]) -> str | None:
    material = product.get("attributes", {}).get("material")
    if isinstance(material, list) and material:
        return ", ".join(str(m) for m in material)
    if material:
        return str(material).replace(",", ", ")
    return next((str(v["options"]["material"]) for v in product["variants"] if v["options"].get("material")), None)


def _material_answer(product: dict[str, Any], question: str) -> str:
    material = _material(product)
    if not material:
        return f"The catalog doesn't list the material of the {product['name']}."
    asked = MATERIAL_WORDS.search(question)
    if asked:
        word = asked.group(1).lower()
        verdict = "Yes" if word in material.lower() else "No"
        return f"{verdict}: the {product['name']} is made of {material}."
    return f"The {product['name']} is made of {material}."


def _reviews_answer(product: dict[str, Any]) -> str:
    rated = [r["rating"] for r in product.get("reviews", []) if r.get("rating")]
    if not rated:
        return f"There are no reviews of the {product['name']} yet."
    quote = next((r["title"] or r["body"] for r in product["reviews"] if r.get("title") or r.get("body")), "")
    return (f"The {product['name']} has {len(rated)} reviews averaging {sum(rated) / len(rated):.1f} of 5"
            + (f"; one says: \u201c{quote[:120]}\u201d." if quote else "."))


def answer_question(product: dict[str, Any], question: str) -> str:
    """One or more grounded sentences; every fact comes from `product` (a `get_product_details` result)."""
    parts = []
    if ASKS["colours"].search(question):
        parts.append(f"The {product['name']} comes in {', '.join(_values(product, 'color')) or 'one colour'}.")
    if ASKS["sizes"].search(question):
        parts.append(f"Sizes in stock: {', '.join(_values(product, 'size')) or 'one size'}.")
    if ASKS["material"].search(question) or MATERIAL_WORDS.search(question):
        parts.append(_material_answer(product, question))
    if ASKS["price"].search(question):
        prices = sorted({v["price_cents"] for v in product["variants"]})
        low, high = prices[0] / 100, prices[-1] / 100
        parts.append(f"It costs ${low:,.2f}." if low == high else f"It costs ${low:,.2f} to ${high:,.2f}.")
    if ASKS["reviews"].search(question):
        parts.append(_reviews_answer(product))
    if not parts:
        description = (product.get("description") or "").split(". ")[0].strip()
        colours = ", ".join(_values(product, "color"))
        parts.append(f"That's the {product['name']}." + (f" {description}." if description else "")
                     + (f" It comes in {colours}." if colours else ""))
    return " ".join(parts)
