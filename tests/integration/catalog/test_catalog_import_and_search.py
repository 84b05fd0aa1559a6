"""Import a small Magento catalog into a real store and local index, then search it as a shopper would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageEnhance
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.catalog.compare import PhotoVerdict, VariantNotIndexed, compare_photo
from tools.catalog.importer import import_magento, reindex_store
from tools.catalog.index import CatalogIndex
from tools.catalog.magento import read_magento_catalog
from tools.catalog.records import index_documents
from tools.catalog.search import SearchFilters, search_products
from tools.store.tables.catalog import Product, ProductReview, Variant


@pytest.fixture
def imported(imported_index: CatalogIndex) -> CatalogIndex:
    return imported_index


def _customer_photo(path: Path) -> Image.Image:
    image = Image.open(path).convert("RGB")
    width, height = image.size
    image = image.rotate(-7, fillcolor=(255, 255, 255)).crop(
        (0, int(0.05 * height), width, int(0.9 * height))
    )
    return ImageEnhance.Brightness(image).enhance(0.85)


async def test_import_fills_the_store_and_the_index(
    small_catalog: Path, session_factory: async_sessionmaker[AsyncSession], index: CatalogIndex
) -> None:
    report = await import_magento(small_catalog, session_factory=session_factory, index=index, progress=False)
    async with session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(Product)) == 7
        variant = await session.get(Variant, "MH01-XS-Black")
        assert variant is not None and variant.price_cents == 5200 and variant.product_id == "MH01"
        assert await session.scalar(select(func.count()).select_from(ProductReview)) == report.reviews > 0
    assert report.index is not None and report.index.written == index.client.count(index.collection).count

    again = await import_magento(small_catalog, session_factory=session_factory, index=index, progress=False)
    assert again.index is not None and again.index.written == 0
    assert again.index.skipped == report.index.written
    async with session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(Variant)) == report.variants


async def test_reindex_from_the_store_rebuilds_the_same_points(
    small_catalog: Path, session_factory: async_sessionmaker[AsyncSession], index: CatalogIndex
) -> None:
    imported = await import_magento(
        small_catalog, session_factory=session_factory, index=index, progress=False
    )
    assert imported.index is not None
    report = await reindex_store(
        session_factory=session_factory,
        index=index,
        image_root=small_catalog / "images",
        recreate=True,
        progress=False,
    )
    assert report.written == imported.index.written == index.client.count(index.collection).count


async def test_text_search_finds_the_colour_and_category_asked_for(imported: CatalogIndex) -> None:
    cards = search_products(imported, text="yellow tee for women", limit=3)
    assert (cards[0].product_id, cards[0].colour) == ("WS01", "Yellow")
    assert all(sku.endswith("-Yellow") for sku in cards[0].matched_skus)
    assert cards[0].image_path == "w/s/ws01-yellow_main.jpg"
    assert len({card.product_id for card in cards}) == len(cards)


async def test_filters_constrain_the_results(imported: CatalogIndex) -> None:
    cards = search_products(
        imported,
        text="hoodie",
        filters=SearchFilters(category="Men", colour="Gray", size="M", max_price_cents=6000),
        limit=5,
    )
    assert cards and all(
        c.colour == "Gray" and "M" in c.sizes_in_stock and c.price_cents <= 6000 for c in cards
    )
    assert all((c.category_path or "").startswith("Men") for c in cards)
    bags = search_products(imported, text="bag", filters=SearchFilters(category="Gear/Bags"), limit=5)
    assert {c.product_id for c in bags} == {"24-MB01", "24-WB05"}


async def test_a_customer_photo_finds_the_product(imported: CatalogIndex, small_catalog: Path) -> None:
    photo = _customer_photo(small_catalog / "images/m/h/mh01-gray_main.jpg")
    cards = search_products(imported, image=photo, limit=3)
    assert cards[0].product_id == "MH01"


async def test_photo_refined_by_text_prefers_the_text_among_close_photos(
    imported: CatalogIndex, small_catalog: Path
) -> None:
    photo = small_catalog / "images/m/h/mh01-gray_main.jpg"
    cards = search_products(imported, image=photo, text="jacket", limit=3)
    assert any("Jacket" in card.name for card in cards)
    assert search_products(imported, image=photo, limit=1)[0].product_id == "MH01"


async def test_compare_tells_match_wrong_colour_and_wrong_item(
    imported: CatalogIndex, small_catalog: Path
) -> None:
    gray_hoodie = _customer_photo(small_catalog / "images/m/h/mh01-gray_main.jpg")
    same = compare_photo(imported, gray_hoodie, ordered_sku="MH01-M-Gray")
    assert same.verdict is PhotoVerdict.MATCHES and same.photo_colour.name == "Gray"
    other_colour = compare_photo(imported, gray_hoodie, ordered_sku="MH01-M-Orange")
    assert other_colour.verdict is PhotoVerdict.WRONG_COLOUR
    assert other_colour.same_product and other_colour.closest_colour_of_ordered == "Gray"
    yellow_tee = _customer_photo(small_catalog / "images/w/s/ws01-yellow_main.jpg")
    wrong = compare_photo(imported, yellow_tee, ordered_sku="MH01-M-Gray")
    assert wrong.verdict is PhotoVerdict.WRONG_ITEM and wrong.best_match is not None
    assert wrong.best_match.product_id == "WS01"
    with pytest.raises(VariantNotIndexed):
        compare_photo(imported, gray_hoodie, ordered_sku="NOPE-1")


async def test_every_catalog_view_is_indexed_and_found_by_a_photo_of_it(
    imported: CatalogIndex, small_catalog: Path
) -> None:
    points, _next = imported.client.scroll(imported.collection, limit=100, with_vectors=["image"])
    stored = sum(len((p.vector or {}).get("image", [])) for p in points)  # type: ignore[union-attr]
    documents = [d for product in read_magento_catalog(small_catalog) for d in index_documents(product)]
    views = [view for document in documents for view in document.views]
    assert any("_back" in view for view in views)
    assert stored == len(views)  # the back and alternate views too, not only the first photo of each colour
    back = _customer_photo(small_catalog / "images" / "m" / "j" / "mj01-yellow_back.jpg")
    cards = search_products(imported, image=back, limit=3, group_by_product=False)
    assert (cards[0].product_id, cards[0].colour) == ("MJ01", "Yellow")
