"""Catalog import: product records into the store, then into the index (`vitrine import magento`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.catalog.accepted_attributes import sync_from_store
from tools.catalog.index import CatalogIndex, ensure_collection
from tools.catalog.ingest import IngestReport, ingest_documents
from tools.catalog.magento import read_magento_catalog
from tools.catalog.records import ProductRecord, VariantRecord, index_documents
from tools.store.tables.catalog import Product, ProductReview, Variant


class ImportReport(BaseModel):
    """Counts from one import: rows written to the store and what indexing did."""

    products: int
    variants: int
    reviews: int
    index: IngestReport | None = None


async def store_products(
    session_factory: async_sessionmaker[AsyncSession], products: Sequence[ProductRecord]
) -> ImportReport:
    """Insert or update products, variants and reviews (reviews of an imported product are replaced)."""
    variants = reviews = 0
    async with session_factory() as session, session.begin():
        for record in products:
            await session.merge(
                Product(
                    id=record.id,
                    name=record.name,
                    category_path=record.category_path,
                    description=record.description,
                    attributes=record.attributes,
                    source=record.source,
                )
            )
            for position, variant in enumerate(record.variants):
                await session.merge(
                    Variant(
                        item_id=variant.sku,
                        product_id=record.id,
                        position=position,
                        sku=variant.sku,
                        options=variant.options,
                        price_cents=variant.price_cents,
                        available=variant.available,
                        images=variant.images,
                    )
                )
                variants += 1
            await session.execute(delete(ProductReview).where(ProductReview.product_id == record.id))
            session.add_all(
                ProductReview(
                    product_id=record.id, rating=r.rating, title=r.title, body=r.body, author=r.author
                )
                for r in record.reviews
            )
            reviews += len(record.reviews)
    return ImportReport(products=len(products), variants=variants, reviews=reviews)


async def import_magento(
    source: Path,
    *,
    session_factory: async_sessionmaker[AsyncSession],
    index: CatalogIndex,
    image_root: Path | None = None,
    recreate: bool = False,
    batch_size: int = 32,
    progress: bool = True,
) -> ImportReport:
    """Read a Magento sample catalog directory, fill the store, then build or resume the index."""
    products = read_magento_catalog(source)
    report = await store_products(session_factory, products)
    ensure_collection(index.client, index.collection, index.embedders, recreate=recreate, layout=index.layout)
    documents = [document for product in products for document in index_documents(product)]
    report.index = ingest_documents(
        index.client,
        index.collection,
        documents,
        index.embedders,
        image_root=image_root or source / "images",
        batch_size=batch_size,
        progress=progress,
    )
    await sync_from_store(session_factory, index)  # rewritten points get their accepted attributes back
    return report


async def read_store_products(session_factory: async_sessionmaker[AsyncSession]) -> list[ProductRecord]:
    """Products and variants as the store holds them now (what `vitrine catalog reindex` indexes)."""
    async with session_factory() as session:
        products = (await session.scalars(select(Product).order_by(Product.id))).all()
        ordered = select(Variant).order_by(Variant.product_id, Variant.position)
        variants = (await session.scalars(ordered)).all()
    by_product: dict[str, list[VariantRecord]] = {}
    for variant in variants:
        by_product.setdefault(variant.product_id, []).append(
            VariantRecord(
                sku=variant.sku or variant.item_id,
                options={k: str(v) for k, v in variant.options.items()},
                price_cents=variant.price_cents,
                available=variant.available,
                images=list(variant.images or []),
            )
        )
    return [
        ProductRecord(
            id=p.id,
            name=p.name,
            category_path=p.category_path,
            description=p.description,
            attributes=p.attributes or {},
            variants=by_product.get(p.id, []),
            source=p.source,
        )
        for p in products
    ]


async def reindex_store(
    *,
    session_factory: async_sessionmaker[AsyncSession],
    index: CatalogIndex,
    image_root: Path,
    recreate: bool = False,
    batch_size: int = 32,
    progress: bool = True,
) -> IngestReport:
    """Rebuild or resume the index from the store (after changing embedders, use `recreate`)."""
    products = await read_store_products(session_factory)
    ensure_collection(index.client, index.collection, index.embedders, recreate=recreate, layout=index.layout)
    documents = [document for product in products for document in index_documents(product)]
    report = ingest_documents(
        index.client,
        index.collection,
        documents,
        index.embedders,
        image_root=image_root,
        batch_size=batch_size,
        progress=progress,
    )
    await sync_from_store(session_factory, index)  # rewritten points get their accepted attributes back
    return report
