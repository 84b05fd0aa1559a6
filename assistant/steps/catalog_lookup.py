"""Catalog search for the product steps: off the event loop, with cards the chat can show."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assistant.busy_work import in_worker
from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.catalog_phrases import constraint_names, value_word, without
from assistant.grounding.product_features import has_features
from assistant.intake.regions import masked_boxes
from tools.catalog.index import CatalogIndex
from tools.catalog.search import ProductCard, SearchFilters, search_products
from tools.money import format_money

PRICE_CAP = re.compile(r"\b(?:(under|below|less than)|max(?:imum)?|up to)\s*\$?\s*(\d+(?:\.\d{1,2})?)", re.I)
GENDER = re.compile(r"\b(men|man|male|women|woman|female|ladies)(?:'?s)?\b", re.I)


def filters_from(slots: dict[str, Any], text: str) -> SearchFilters:
    cap = PRICE_CAP.search(text)
    gender = GENDER.search(text)
    return SearchFilters(
        colour=slots.get("colour"),
        size=(slots.get("size") or "").upper() or None,
        max_price_cents=int(float(cap.group(2)) * 100) - (1 if cap.group(1) else 0) if cap else None,
        gender=("Women" if gender.group(1).lower().startswith(("wom", "fem", "lad")) else "Men") if gender else None,
    )


def filters_for(constraints: CatalogConstraints) -> SearchFilters:
    """Grounded constraints as index filters: every one must hold for a product to be found."""
    return SearchFilters(colours=constraints.colours, exclude_colours=constraints.exclude_colours,
                         size=constraints.size, gender=constraints.gender, categories=constraints.categories,
                         attributes=constraints.attributes, min_price_cents=constraints.min_price_cents,
                         max_price_cents=highest_price(constraints),
                         exclude_categories=constraints.exclude_categories,
                         exclude_attributes=constraints.exclude_attributes)


def highest_price(constraints: CatalogConstraints) -> int | None:
    """The highest price a product found may have: a strict cap ("under 60") is a cent below its amount."""
    cap = constraints.max_price_cents
    return cap - 1 if cap is not None and constraints.max_price_strict else cap


# Given up first when nothing matches: the details before the kind of product.
NEVER_RELAXED = {"min_price_cents", "max_price_cents", "exclude_colours", "exclude_categories", "exclude_attributes",
                 "features", "exclude_features"}
RELAX_ORDER = ("style", "eco", "material", "climate", "activity", "size", "exclude_colours", "colours",
               "min_price_cents", "max_price_cents", "gender", "categories")


KIND_POOL = 60  # a kind is filtered on names after the search: rank enough hits to find the kind's products


def of_kind(product: ProductCard, constraints: CatalogConstraints) -> bool:
    """The product's name uses a word of a kind asked for ("backpack") and none of a kind ruled out."""
    words = set(_NAME_WORD.findall(product.name.lower()))
    return (not constraints.kinds or bool(words & set(constraints.kinds))) and not words & set(
        constraints.exclude_kinds)


_NAME_WORD = re.compile(r"[a-z]+")


async def _find_of_kind(index: CatalogIndex | None, *, text: str | None, photo_uri: str | None,
                        constraints: CatalogConstraints, filters: SearchFilters, limit: int,
                        features: Mapping[str, frozenset[str]] | None = None) -> list[ProductCard]:
    """Products meeting `filters`, the kinds and the features asked for: the kind's own name word joins the words
    searched; a feature is read from the product's own texts (`features`: product id → its features)."""
    featured = bool(constraints.features or constraints.exclude_features)
    if not (constraints.kinds or constraints.exclude_kinds or featured):
        return await find_products(index, text=text, photo_uri=photo_uri, filters=filters, limit=limit)
    query = " ".join([*constraints.kinds, text or ""]).strip() if not photo_uri else text
    found = await find_products(index, text=query, photo_uri=photo_uri, filters=filters, limit=max(limit, KIND_POOL))
    if featured:
        found = [p for p in found if has_features((features or {}).get(p.product_id), constraints.features,
                                                  constraints.exclude_features)]
    named = [p for p in found if of_kind(p, constraints)]
    # None named so ("a hoodie under $40"): a product the catalog styles as that kind stands in (the Ariel Roll
    # Sleeve Sweatshirt is styled a hoodie), after the ones named so when there are some ("the cheapest hoodie")
    return (named or [p for p in found if styled_as_kind(p, constraints)])[:limit]


def styled_as_kind(product: ProductCard, constraints: CatalogConstraints) -> bool:
    """The catalog's style of the product is a kind asked for ("Hoodie"), and its name no kind ruled out."""
    styles = {word for value in product.attributes.get("style", []) for word in _NAME_WORD.findall(value.lower())}
    words = set(_NAME_WORD.findall(product.name.lower()))
    return bool(styles & set(constraints.kinds)) and not words & set(constraints.exclude_kinds)


async def find_relaxed(index: CatalogIndex | None, *, text: str | None, photo_uri: str | None,
                       constraints: CatalogConstraints, limit: int = 4,
                       features: Mapping[str, frozenset[str]] | None = None) -> tuple[list[ProductCard], list[str]]:
    """Products meeting every constraint, and [] given up; when none do, the nearest relaxation: one
    constraint given up (least central first), else more and more of them, and the names given up.

    A price limit and an excluded colour are never given up (nor, with one, the kind of product), and a gender
    given up still rules out the other gender's products (only products the catalog gives no gender, like gear,
    may stand in): every product named keeps what the customer ruled out. A kind of product ("a backpack, not a
    duffle") is never given up for a detail."""
    found = await _find_of_kind(index, text=text, photo_uri=photo_uri, constraints=constraints,
                                filters=filters_for(constraints), limit=limit, features=features)
    if not found and (by_name := activity_in_names(constraints)) is not None:
        found = await _find_of_kind(index, text=text, photo_uri=photo_uri, constraints=by_name,
                                    filters=filters_for(by_name), limit=limit, features=features)
    hard = [name for name in constraint_names(constraints) if name in NEVER_RELAXED]
    # With a limit that must hold, another kind of product is no near match ("cheaper hoodies" are not tees).
    kept = NEVER_RELAXED | ({"categories"} if hard else set())
    stated = [name for name in RELAX_ORDER if name in constraint_names(constraints) and name not in kept]
    if found or not stated:
        return found, ([] if found else hard)
    attempts = [[name] for name in stated] + [stated[:count] for count in range(2, len(stated) + 1)]
    for dropped in attempts:
        relaxed = filters_for(without(constraints, tuple(dropped)))
        found = await _find_of_kind(index, text=text, photo_uri=photo_uri, constraints=constraints,
                                    filters=relaxed, limit=limit * 3 if "gender" in dropped else limit,
                                    features=features)
        if "gender" in dropped:
            found = [p for p in found if _gender_of(p) in (None, constraints.gender)][:limit]
        if found:
            return found, dropped
    return [], hard or stated


def activity_in_names(constraints: CatalogConstraints) -> CatalogConstraints | None:
    """The activity met by the product's name where its attributes do not say it ("Arcadio Gym Short" is for the
    gym, "Ana Running Short" for running): the activity's words as a kind of product; None without an activity or
    when a kind is already asked for."""
    activities = constraints.attributes.get("activity") or []
    if not activities or constraints.kinds:
        return None
    others = {name: values for name, values in constraints.attributes.items() if name != "activity"}
    return constraints.model_copy(update={"attributes": others, "kinds": [a.lower() for a in activities]})


def _gender_of(product: ProductCard) -> str | None:
    """Men or Women as indexed (a category's head, or a watch's own gender); None for a product for everyone."""
    head = (product.category_path or "").split("/")[0]
    if head in {"Men", "Women"}:
        return head
    return product.gender.capitalize() if product.gender in ("men", "women") else None


async def find_products(index: CatalogIndex | None, *, text: str | None, photo_uri: str | None,
                        filters: SearchFilters | None = None, limit: int = 4) -> list[ProductCard]:
    if index is None or not (text or photo_uri):
        return []
    # A stored customer photo was redacted: what was masked on it (a face, a label) is left out of the search,
    # as the catalog's views were never masked there (like with like).
    masked = masked_boxes(Path(photo_uri)) if photo_uri else []
    return await in_worker("catalog_search", search_products, index, text=text or None,
                           image=Path(photo_uri) if photo_uri else None, filters=filters, limit=limit,
                           ignore_regions=masked or None)


def card(product: ProductCard, reason: str, language: str = "en") -> dict[str, Any]:
    # "colour" is the catalog's value (what the card is about), "colour_text" the word the customer reads.
    return {"title": product.name, "product_id": product.product_id, "colour": product.colour,
            "colour_text": value_word(product.colour, language) if product.colour else None,
            "price": format_money(product.price_cents, language), "image_path": product.image_path, "reason": reason}


def record_card(product: dict[str, Any], reason: str, language: str = "en") -> dict[str, Any]:
    """A card for a product known by its catalog record (named by id, or the one in focus), not a search hit."""
    variants = product.get("variants") or []
    image = next((v["images"][0] for v in variants if v.get("images")), None)
    return {"title": product["name"], "product_id": product["product_id"], "colour": None, "colour_text": None,
            "price": format_money(min(v["price_cents"] for v in variants), language) if variants else None,
            "image_path": image, "reason": reason}
