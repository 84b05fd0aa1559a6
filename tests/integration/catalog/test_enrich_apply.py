"""`vitrine catalog enrich --apply`: the reader's suggestions for real catalog photos are stored for review
(SQLite and PostgreSQL), recording again adds nothing, and the catalog's own attributes stay as they were."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from assistant.cli import _load_command_modules, app
from tests.conftest import Store
from tools.catalog.enrichment.apply import apply_suggestions
from tools.catalog.enrichment.heads import shipped_heads
from tools.catalog.enrichment.run import ProductSuggestions, enrich_products
from tools.catalog.importer import store_products
from tools.catalog.magento import read_magento_catalog
from tools.catalog.records import ProductRecord
from tools.store.engine import create_engine, create_session_factory, upgrade_database
from tools.store.enums import SuggestionStatus
from tools.store.tables import AttributeSuggestion, Product

CHOSEN = ("MH01", "24-MB01")  # a hoodie in three colours and a bag


@pytest.fixture(scope="module")
def products(small_catalog: Path) -> list[ProductRecord]:
    return [p for p in read_magento_catalog(small_catalog) if p.id in CHOSEN]


@pytest.fixture(scope="module")
def results(products: list[ProductRecord], small_catalog: Path) -> list[ProductSuggestions]:
    """Read once with the shipped reader (the network is the slow part), shared by the store tests."""
    seen: list[int] = []
    found = enrich_products(products, small_catalog / "images", advance=seen.append)
    assert sum(seen) == sum(r.photos for r in found) > len(CHOSEN)  # every view of every colourway, counted
    return found


async def test_suggestions_are_stored_once_and_never_touch_catalog_attributes(
    store: Store, products: list[ProductRecord], results: list[ProductSuggestions]
) -> None:
    await store_products(store.sessions, products)
    async with store.sessions() as session:
        before = {p.id: dict(p.attributes) for p in await session.scalars(select(Product).where(
            Product.id.in_(CHOSEN)))}
    version = shipped_heads().model_version
    counts = await apply_suggestions(store.sessions, results, version)
    written = counts.written
    assert written > 0 and counts.read == sum(len(r.suggestions) for r in results)
    assert counts.read == counts.merged + counts.new + counts.replaced + counts.unchanged
    again = await apply_suggestions(store.sessions, results, version)
    assert again.written == 0 and again.unchanged == written  # idempotent
    async with store.sessions() as session:
        rows = list(await session.scalars(select(AttributeSuggestion)))
        after = {p.id: dict(p.attributes) for p in await session.scalars(select(Product).where(
            Product.id.in_(CHOSEN)))}
    assert len(rows) == written and after == before
    assert {row.status for row in rows} == {SuggestionStatus.PENDING}
    by_product = {sku: {row.attribute for row in rows if row.product_id == sku} for sku in CHOSEN}
    assert {"category", "gender", "color"} <= by_product["MH01"]
    assert "gender" not in by_product["24-MB01"] and "category" in by_product["24-MB01"]
    colours = [row for row in rows if row.product_id == "MH01" and row.attribute == "color"]
    assert colours and all(row.photo and row.photo.startswith("m/h/mh01-") for row in colours)


def test_the_cli_reads_chosen_products_and_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   products: list[ProductRecord], small_catalog: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("VITRINE_DATABASE_URL", url)
    upgrade_database(url)

    async def fill() -> None:
        engine = create_engine(url)
        await store_products(create_session_factory(engine), products)
        await engine.dispose()

    asyncio.run(fill())
    _load_command_modules()
    out = tmp_path / "suggestions.json"
    arguments = ["catalog", "enrich", "--products", "24-MB01", "--images", str(small_catalog / "images"),
                 "--apply", "--json", str(out), "--no-progress"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    written = json.loads(out.read_text())
    read = sum(len(r["suggestions"]) for r in written)

    async def stored() -> int:
        engine = create_engine(url)
        async with create_session_factory(engine)() as session:
            count = len(list(await session.scalars(select(AttributeSuggestion))))
        await engine.dispose()
        return count

    rows = asyncio.run(stored())
    said = " ".join(result.output.split())
    assert f"{read} suggestion(s) read; {rows} row(s) stored for review" in said, said
    assert [r["product_id"] for r in written] == ["24-MB01"]
    assert {s["attribute"] for s in written[0]["suggestions"]} >= {"category", "gear_category", "color"}
    unknown = CliRunner().invoke(app, ["catalog", "enrich", "--products", "NOPE", "--no-progress"])
    assert unknown.exit_code != 0 and "NOPE" in unknown.output
