"""Catalog search for the product steps: off the event loop, with cards the chat can show."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from tools.catalog.index import CatalogIndex
from tools.catalog.search import ProductCard, SearchFilters, search_products

PRICE_CAP = re.compile(r"\b(?:under|below|less than|max(?:imum)?|up to)\s*\$?\s*(\d+(?:\.\d{1,2})?)", re.I)
GENDER = re.compile(r"\b(men|man|male|women|woman|female|ladies)(?:'?s)?\b", re.I)


def filters_from(slots: dict[str, Any], text: str) -> SearchFilters:
    cap = PRICE_CAP.search(text)
    gender = GENDER.search(text)
    return SearchFilters(
        colour=slots.get("colour"),
        size=(slots.get("size") or "").upper() or None,
        max_price_cents=int(float(cap.group(1)) * 100) if cap else None,
        gender=("Women" if gender.group(1).lower().startswith(("wom", "fem", "lad")) else "Men") if gender else None,
    )


async def find_products(index: CatalogIndex | None, *, text: str | None, photo_uri: str | None,
                        filters: SearchFilters | None = None, limit: int = 4) -> list[ProductCard]:
    if index is None or not (text or photo_uri):
        return []
    return await asyncio.to_thread(search_products, index, text=text or None,
                                   image=Path(photo_uri) if photo_uri else None, filters=filters, limit=limit)


def card(product: ProductCard, reason: str) -> dict[str, Any]:
    return {"title": product.name, "product_id": product.product_id, "colour": product.colour,
            "price": f"${product.price_cents / 100:,.2f}", "image_path": product.image_path, "reason": reason}


def record_card(product: dict[str, Any], reason: str) -> dict[str, Any]:
    """A card for a product known by its catalog record (named by id, or the one in focus), not a search hit."""
    variants = product.get("variants") or []
    image = next((v["images"][0] for v in variants if v.get("images")), None)
    return {"title": product["name"], "product_id": product["product_id"], "colour": None,
            "price": f"${min(v['price_cents'] for v in variants) / 100:,.2f}" if variants else None,
            "image_path": image, "reason": reason}
