"""Storefront search (assistant/web/shop/listing.py) over the demo catalog: a query in French, Spanish or German
finds the kind of product it names, and the count is the number of products listed, not the search's limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.web.shop.listing import SEARCH_LIMIT, search_listing
from tests.conftest import Store
from tools.catalog.index import CatalogIndex
from tools.store.tables import Product

QUERIES = [  # (query, a word every listed product's category path holds)
    ("veste imperméable", "Jackets"),
    ("sudadera", "Hoodies"),
    ("Jacke", "Jackets"),
    ("pantalon de yoga pour femme", "Pants"),
    ("Herren T-Shirt", "Tees"),
    ("sac à dos", "Bags"),
]


@pytest.mark.parametrize(("query", "kind"), QUERIES)
async def test_a_query_in_another_language_lists_only_what_it_names(
        shop: Store, shop_catalog: tuple[Path, CatalogIndex], query: str, kind: str) -> None:
    async with shop.sessions() as session:
        listing = await search_listing(session, shop_catalog[1], query)
        paths = {p.product_id: (await session.get(Product, p.product_id)).category_path for p in listing.products}
    assert listing.products, query
    assert all(kind in (path or "") for path in paths.values()), (query, paths)
    assert listing.total == len(listing.products) < SEARCH_LIMIT


async def test_words_the_catalog_does_not_hold_find_nothing(shop: Store,
                                                            shop_catalog: tuple[Path, CatalogIndex]) -> None:
    async with shop.sessions() as session:
        listing = await search_listing(session, shop_catalog[1], "zzyzx quokka")
    assert listing.total == 0 and not listing.products
