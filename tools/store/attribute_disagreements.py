"""Where a photo suggestion contradicts what the catalog already says, for the reviewer to look twice.

A suggestion *disagrees* when the catalog holds a value for its attribute and the suggestion is not one of
them (a catalog without a value is a gap the suggestion fills, not a disagreement). A colour is compared with
the colour of the variant(s) whose photos include the one it was read from (a product's black colourway read
as Blue disagrees even if another colourway is blue); without a photo, with every colour the product has.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tools.catalog.attribute_values import COLOUR_ATTRIBUTES, agrees, catalog_values
from tools.store.enums import SuggestionStatus
from tools.store.tables import AttributeSuggestion, Product, Variant

_IN_CHUNK = 500


def catalog_for(attribute: str, photo: str | None, *, category_path: str | None, attributes: Mapping[str, Any],
                variants: Sequence[tuple[Mapping[str, Any], Sequence[str]]]) -> list[str]:
    """The catalog's values a suggestion of `attribute` read from `photo` is compared with; `variants` are
    (options, image paths) in catalog order."""
    colours = [str(options["color"]) for options, _ in variants if options.get("color")]
    if attribute in COLOUR_ATTRIBUTES and photo:
        shown = [str(options["color"]) for options, images in variants if options.get("color") and photo in images]
        colours = shown or colours
    return catalog_values(attribute, category_path=category_path, attributes=attributes, colours=colours)


def disagrees(value: str, catalog: Sequence[str]) -> bool:
    return bool(catalog) and not agrees(value, catalog)


async def pending_disagreements(session: AsyncSession, product_skus: Sequence[str]) -> dict[str, int]:
    """Product sku -> how many of its pending suggestions disagree with the catalog (0 for none)."""
    counts = dict.fromkeys(product_skus, 0)
    for start in range(0, len(product_skus), _IN_CHUNK):
        chunk = list(product_skus[start : start + _IN_CHUNK])
        products = {p.id: p for p in await session.scalars(select(Product).where(Product.id.in_(chunk)))}
        variants: dict[str, list[tuple[Mapping[str, Any], Sequence[str]]]] = {}
        for variant in await session.scalars(select(Variant).where(Variant.product_id.in_(chunk))
                                             .order_by(Variant.product_id, Variant.position)):
            variants.setdefault(variant.product_id, []).append((variant.options or {}, list(variant.images or [])))
        pending = await session.scalars(select(AttributeSuggestion).where(
            AttributeSuggestion.product_id.in_(chunk), AttributeSuggestion.status == SuggestionStatus.PENDING))
        for row in pending:
            product = products.get(row.product_id)
            if product is None:
                continue
            catalog = catalog_for(row.attribute, row.photo, category_path=product.category_path,
                                  attributes=product.attributes or {}, variants=variants.get(row.product_id, []))
            counts[row.product_id] += disagrees(row.value, catalog)
    return counts
