"""The storefront's product listing: the catalog's products with a photo, a page at a time, optionally in one
category or matching a search (the same catalog search the assistant uses)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from pydantic import BaseModel
from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_phrases import constraint_names
from assistant.grounding.catalog_vocabulary import read_vocabulary
from assistant.steps.catalog_lookup import filters_for
from assistant.web.shop.kinds import kinds_named, named_by
from tools.catalog.index import CatalogIndex
from tools.catalog.search import Channel, ProductCard, search_products
from tools.store.tables import Product

PAGE_SIZE = 24
SEARCH_LIMIT = 200  # more than the demo catalog holds: a search lists every match
SHOP_SOURCES = ("magento",)  # catalogs with photos; tau-retail's products have none


class ShopProduct(BaseModel):
    product_id: str
    name: str
    price_cents: int
    colours: list[str]
    image_path: str | None


class ProductPage(BaseModel):
    """One page of a listing; `total` counts the products of every page."""

    products: list[ShopProduct]
    page: int
    pages: int
    total: int


def colour_of(options: dict[str, object]) -> str | None:
    value = options.get("color") or options.get("colour")
    return str(value) if value else None


def listed(product: Product) -> ShopProduct | None:
    variants = [v for v in product.variants if v.available] or list(product.variants)
    if not variants:
        return None
    images = [str(image) for v in variants for image in (v.images or [])]
    colours = sorted({c for v in variants if (c := colour_of(v.options))})
    return ShopProduct(product_id=product.id, name=product.name, price_cents=min(v.price_cents for v in variants),
                       colours=colours, image_path=images[0] if images else None)


def in_category(query: Select, category: str | None) -> Select:
    if not category:
        return query
    return query.where(or_(Product.category_path == category, Product.category_path.startswith(category + "/")))


async def list_products(session: AsyncSession, *, category: str | None = None, page: int = 1,
                        page_size: int = PAGE_SIZE) -> ProductPage:
    """Products by name, `page_size` a page (pages count from 1; a page past the last is the last)."""
    shop = in_category(select(Product).where(Product.source.in_(SHOP_SOURCES)), category)
    total = await session.scalar(select(func.count()).select_from(shop.subquery())) or 0
    page = min(max(1, page), max(1, -(-total // page_size)))
    rows = await session.scalars(shop.options(selectinload(Product.variants))
                                 .order_by(Product.name, Product.id).offset((page - 1) * page_size).limit(page_size))
    products = [item for item in map(listed, rows) if item is not None]
    return ProductPage(products=products, page=page, pages=max(1, -(-total // page_size)), total=total)


async def products_by_id(session: AsyncSession, ids: Sequence[str]) -> list[ShopProduct]:
    """The products with these ids, in the order given."""
    rows = await session.scalars(select(Product).where(Product.id.in_(ids)).options(selectinload(Product.variants)))
    found = {p.id: item for p in rows if (item := listed(p)) is not None}
    return [found[i] for i in ids if i in found]


def _search(index: CatalogIndex, text: str, kinds: set[str]) -> list[ProductCard]:
    """What the words name, in any customer language (the catalog lexicons: "veste", "sudadera", "Jacke"), is a
    hard filter ranked by the fused search; words naming nothing the lexicons know must match the catalog's
    own words (lexical only), so every product listed matches and the count is the number of matches. A kind
    of product named (`kinds`, kinds.py) is searched by its catalog words, under the other words' filters."""
    constraints = read_constraints(text, read_vocabulary(index)).constraints
    if kinds:
        filters = filters_for(constraints) if constraint_names(constraints) else None
        query = " ".join([text, *sorted(kinds)])
        hits = search_products(index, text=query, filters=filters, limit=SEARCH_LIMIT,
                               channels=frozenset({Channel.LEXICAL}))
        if not hits and filters is not None and filters.attributes:  # "à capuche" said the kind again, as a style
            hits = search_products(index, text=query, filters=filters.model_copy(update={"attributes": {}}),
                                   limit=SEARCH_LIMIT, channels=frozenset({Channel.LEXICAL}))
        return hits
    if constraint_names(constraints):
        return search_products(index, text=text, filters=filters_for(constraints), limit=SEARCH_LIMIT)
    return search_products(index, text=text, limit=SEARCH_LIMIT, channels=frozenset({Channel.LEXICAL}))


async def named_exactly(session: AsyncSession, text: str) -> list[str]:
    """The ids of the shop's products whose own name is `text` (letter case and runs of spaces aside: the catalog
    writes "Frankie  Sweatshirt")."""
    wanted = " ".join(text.split()).lower()
    name = func.lower(func.replace(func.replace(func.trim(Product.name), "   ", " "), "  ", " "))
    rows = await session.scalars(select(Product.id).where(Product.source.in_(SHOP_SOURCES), name == wanted)
                                 .order_by(Product.id))
    return list(rows)


async def search_listing(session: AsyncSession, index: CatalogIndex | None, text: str, *,
                         category: str | None = None) -> ProductPage:
    """Products matching `text`, best first, one page; a product searched by its own name is listed first, whatever
    the search made of the name's words ("Caesar Warm-Up Pant" listed ten other pants, not itself)."""
    if index is None or not text.strip():
        return ProductPage(products=[], page=1, pages=1, total=0)
    kinds = kinds_named(text)
    hits = await asyncio.to_thread(_search, index, text, kinds)
    exact = await named_exactly(session, text)
    products = await products_by_id(session, list(dict.fromkeys([*exact, *(h.product_id for h in hits)])))
    if kinds:  # a kind was named: products whose own name is of that kind or holds the query's words, best first
        products = [p for p in products if p.product_id in exact] + named_by(
            [p for p in products if p.product_id not in exact], text, kinds)
    if category:
        allowed = set(await session.scalars(in_category(select(Product.id), category)
                                            .where(Product.id.in_([p.product_id for p in products]))))
        products = [p for p in products if p.product_id in allowed]
    return ProductPage(products=products, page=1, pages=1, total=len(products))
