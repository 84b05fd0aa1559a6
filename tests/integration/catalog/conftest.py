"""A small real catalog (a few Magento products with their photos), a SQLite store and a local index."""

from __future__ import annotations

import asyncio
import csv
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.catalog.embedders import EmbedderConfig, EmbedderPair, build_embedders
from tools.catalog.index import CatalogIndex, IndexConfig, open_catalog_index
from tools.store.engine import create_engine, create_session_factory, upgrade_database, upgrade_database_async

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "data" / "magento-catalog"
DEMO = REPO / "data" / "demo-catalog"
APPAREL = {"MH01", "WS01", "MSH01", "WJ07", "MJ01"}
GEAR = {"24-MB01", "24-WB05"}


def _copy_rows(source: Path, target: Path, keep: object) -> None:
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = [row for row in reader if keep(row)]  # type: ignore[operator]
        fields = reader.fieldnames or []
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="session")
def small_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Magento-shaped directory with five apparel products and two bags, photos included."""
    source = SHARED if (SHARED / "ConfigurableSampleData__products.csv").is_file() else DEMO
    target = tmp_path_factory.mktemp("magento")
    _copy_rows(
        source / "ConfigurableSampleData__products.csv",
        target / "ConfigurableSampleData__products.csv",
        lambda row: row["sku"].split("-")[0] in APPAREL,
    )
    _copy_rows(
        source / "ReviewSampleData__products_reviews.csv",
        target / "ReviewSampleData__products_reviews.csv",
        lambda row: row["sku"] in APPAREL | GEAR,
    )
    for name in ("products_gear_bags", "images_gear_bags"):
        _copy_rows(
            source / f"CatalogSampleData__{name}.csv",
            target / f"CatalogSampleData__{name}.csv",
            lambda row: row["sku"] in GEAR,
        )
    for photo in (source / "images").rglob("*.jpg"):
        stem = photo.name.split("-")[0].upper()
        if stem in APPAREL or f"24-{stem}" in GEAR:
            destination = target / "images" / photo.relative_to(source / "images")
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(photo, destination)
    return target


@pytest.fixture(scope="session")
def embedders() -> EmbedderPair:
    return build_embedders(EmbedderConfig())


@pytest.fixture
async def session_factory(tmp_path: Path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    url = f"sqlite+aiosqlite:///{tmp_path}/store.db"
    await upgrade_database_async(url)
    engine = create_engine(url)
    yield create_session_factory(engine)
    await engine.dispose()


@pytest.fixture
def index(tmp_path: Path, embedders: EmbedderPair) -> CatalogIndex:
    return open_catalog_index(IndexConfig(path=tmp_path / "qdrant", collection="test"), embedders)


@pytest.fixture(scope="session")
def imported_index(
    small_catalog: Path, embedders: EmbedderPair, tmp_path_factory: pytest.TempPathFactory
) -> CatalogIndex:
    """The small catalog imported once into a store and a local index, shared by read-only tests."""
    from tools.catalog.importer import import_magento

    directory = tmp_path_factory.mktemp("imported")
    url = f"sqlite+aiosqlite:///{directory}/store.db"
    upgrade_database(url)
    index = open_catalog_index(IndexConfig(path=directory / "qdrant", collection="test"), embedders)

    async def run() -> None:
        engine = create_engine(url)
        await import_magento(
            small_catalog, session_factory=create_session_factory(engine), index=index, progress=False
        )
        await engine.dispose()

    asyncio.run(run())
    return index
