"""Public product information: details with variants, and the list of product types."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from tools.arguments import ProductReference
from tools.context import ToolContext
from tools.errors import ProductNotFound
from tools.store.tables import Product, ProductReview
from tools.views import ProductType, ProductView, ReviewView

REVIEWS = 20


async def get_product_details(ctx: ToolContext, args: ProductReference) -> ProductView:
    """A product with its variants (options, price, availability, photos) and up to 20 reviews."""
    product = await ctx.session.scalar(
        select(Product).where(Product.id == args.product_id).options(selectinload(Product.variants))
    )
    if product is None:
        raise ProductNotFound(args.product_id)
    reviews = await ctx.session.scalars(
        select(ProductReview).where(ProductReview.product_id == product.id).order_by(ProductReview.id).limit(REVIEWS)
    )
    return ProductView.of(product, [ReviewView(rating=r.rating, title=r.title, body=r.body) for r in reviews])


async def product_texts(session: AsyncSession) -> list[tuple[str, list[str]]]:
    """Every product's own words: (id, [name, description, style values]), for reading features from them."""
    rows = await session.execute(select(Product.id, Product.name, Product.description, Product.attributes))
    return [(product_id, [name, description or "", *_styles(attributes or {})])
            for product_id, name, description, attributes in rows]


def _styles(attributes: dict[str, object]) -> list[str]:
    """The style values and the features the catalog lists (a bag's "Laptop Sleeve", "Lockable")."""
    features = attributes.get("features")
    listed = [str(f) for f in features] if isinstance(features, list) else []
    return [*(str(attributes[key]) for key in ("style_general", "style_bottom") if attributes.get(key)), *listed]


async def list_product_types(ctx: ToolContext) -> list[ProductType]:
    rows = await ctx.session.execute(select(Product.id, Product.name).order_by(Product.name))
    return [ProductType(product_id=product_id, name=name) for product_id, name in rows]
