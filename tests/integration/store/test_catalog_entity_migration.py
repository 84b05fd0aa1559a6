"""A store imported before the importer decoded HTML entities gets plain text from the migration, once."""

from __future__ import annotations

import asyncio

from alembic import command
from sqlalchemy import select

from tests.conftest import Store
from tools.store.engine import alembic_config, upgrade_database_async
from tools.store.tables import Order, OrderItem, Product, ProductReview, Variant

BEFORE = "0003"


async def _write_old_rows(store: Store) -> None:
    async with store.sessions() as session, session.begin():
        session.add(Product(id="ENT1", name="Pursuit Lumaflex&trade; Band", category_path="Gear/Fitness &amp; Yoga",
                            attributes={"material": ["Lycra&reg;", "Nylon"], "style": "Fish &amp;amp; chips"}))
        await session.flush()
        session.add(Variant(item_id="ENT1-M", product_id="ENT1", sku="ENT1-M", price_cents=1000,
                            options={"color": "Blue", "material": "Lycra&reg;, Nylon"}, images=[]))
        session.add(ProductReview(product_id="ENT1", rating=5, title="Love it &hearts;", body="Tr&egrave;s bien"))
        order = await session.scalar(select(Order).limit(1))
        assert order is not None
        session.add(OrderItem(order_id=order.id, position=99, product_id="ENT1", item_id="ENT1-M",
                              name="Pursuit Lumaflex&trade; Band", price_cents=1000,
                              options={"material": "Lycra&reg;, Nylon"}))


async def test_migration_decodes_catalog_text_that_old_imports_stored_encoded(store: Store) -> None:
    config = alembic_config(store.url)
    await asyncio.to_thread(command.downgrade, config, BEFORE)
    await _write_old_rows(store)
    await upgrade_database_async(store.url)
    async with store.sessions() as session:
        product = await session.get(Product, "ENT1")
        variant = await session.get(Variant, "ENT1-M")
        review = await session.scalar(select(ProductReview).where(ProductReview.product_id == "ENT1"))
        line = await session.scalar(select(OrderItem).where(OrderItem.item_id == "ENT1-M"))
    assert product is not None and variant is not None and review is not None and line is not None
    assert product.name == "Pursuit Lumaflex™ Band"
    assert product.category_path == "Gear/Fitness & Yoga"
    assert product.attributes == {"material": ["Lycra®", "Nylon"], "style": "Fish &amp; chips"}  # decoded once
    assert variant.options == {"color": "Blue", "material": "Lycra®, Nylon"}
    assert (review.title, review.body) == ("Love it ♥", "Très bien")
    assert (line.name, line.options) == ("Pursuit Lumaflex™ Band", {"material": "Lycra®, Nylon"})
