"""A storefront product page's content: every photo of every colour, and each variant's options, price and
stock."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from assistant.web.shop.listing import SHOP_SOURCES, colour_of
from tools.store.tables import Product


class ColourPhotos(BaseModel):
    colour: str | None
    photos: list[str]


class VariantRow(BaseModel):
    item_id: str
    colour: str | None
    size: str | None
    price_cents: int
    in_stock: bool


class ProductDetail(BaseModel):
    product_id: str
    name: str
    category_path: str | None
    description: str | None
    material: list[str]
    colours: list[ColourPhotos]
    variants: list[VariantRow]

    @property
    def price_from_cents(self) -> int:
        return min(v.price_cents for v in self.variants)

    @property
    def photo_count(self) -> int:
        return sum(len(c.photos) for c in self.colours)


def _materials(product: Product) -> list[str]:
    material = (product.attributes or {}).get("material") or []
    return [str(m) for m in (material if isinstance(material, list) else [material])]


async def product_detail(session: AsyncSession, product_id: str) -> ProductDetail | None:
    """The shop's product `product_id`, or None if the shop does not sell it."""
    product = await session.scalar(select(Product).where(Product.id == product_id, Product.source.in_(SHOP_SOURCES))
                                   .options(selectinload(Product.variants)))
    if product is None or not product.variants:
        return None
    by_colour: dict[str | None, list[str]] = {}
    for variant in product.variants:
        photos = by_colour.setdefault(colour_of(variant.options), [])
        photos.extend(str(p) for p in variant.images or [] if str(p) not in photos)
    return ProductDetail(
        product_id=product.id, name=product.name, category_path=product.category_path,
        description=product.description, material=_materials(product),
        colours=[ColourPhotos(colour=colour, photos=photos) for colour, photos in by_colour.items()],
        variants=[VariantRow(item_id=v.item_id, colour=colour_of(v.options),
                             size=str(v.options["size"]) if v.options.get("size") else None,
                             price_cents=v.price_cents, in_stock=v.available) for v in product.variants],
    )
