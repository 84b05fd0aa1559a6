"""Public product information: details with variants, and the list of product types."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tools.arguments import ProductReference
from tools.context import ToolContext
from tools.errors import ProductNotFound
from tools.store.tables import Product
from tools.views import ProductType, ProductView


async def get_product_details(ctx: ToolContext, args: ProductReference) -> ProductView:
    product = await ctx.session.scalar(
        select(Product).where(Product.id == args.product_id).options(selectinload(Product.variants))
    )
    if product is None:
        raise ProductNotFound(args.product_id)
    return ProductView.of(product)


async def list_product_types(ctx: ToolContext) -> list[ProductType]:
    rows = await ctx.session.execute(select(Product.id, Product.name).order_by(Product.name))
    return [ProductType(product_id=product_id, name=name) for product_id, name in rows]
