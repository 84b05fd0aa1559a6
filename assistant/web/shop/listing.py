"""The storefront's product listing: demo catalog products with a photo, their lowest price and colours."""

from __future__ import annotations

import html

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from tools.store.tables import Product

LISTING_LIMIT = 48


class ShopProduct(BaseModel):
    product_id: str
    name: str
    price_cents: int
    colours: list[str]
    image_path: str | None


def _listed(product: Product) -> ShopProduct | None:
    variants = [v for v in product.variants if v.available] or list(product.variants)
    if not variants:
        return None
    images = [str(image) for v in variants for image in (v.images or [])]
    colours = sorted({str(v.options.get("color") or v.options.get("colour")) for v in variants
                      if v.options.get("color") or v.options.get("colour")})
    return ShopProduct(product_id=product.id, name=html.unescape(product.name),
                       price_cents=min(v.price_cents for v in variants), colours=colours,
                       image_path=images[0] if images else None)


async def list_products(session: AsyncSession, *, limit: int = LISTING_LIMIT) -> list[ShopProduct]:
    """Products that have a photo (the demo catalog's), by name."""
    products = await session.scalars(select(Product).options(selectinload(Product.variants)).order_by(Product.name))
    listed = [item for item in map(_listed, products) if item is not None and item.image_path]
    return listed[:limit]
