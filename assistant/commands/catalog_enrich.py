"""`vitrine catalog enrich`: attributes read from every photo of the chosen products, printed or written as
suggestions for review (the catalog's own attributes are never changed)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from assistant.commands.catalog import catalog_app, catalog_dir
from assistant.settings import load_settings
from tools.catalog.enrichment.apply import apply_suggestions, recorded_message
from tools.catalog.enrichment.heads import shipped_heads
from tools.catalog.enrichment.run import ProductSuggestions, enrich_products, photo_count
from tools.catalog.importer import read_store_products
from tools.catalog.records import ProductRecord
from tools.store.engine import create_engine, create_session_factory, upgrade_database

console = Console()


def enrich_command(
    products: str | None = typer.Option(None, help="Comma-separated product skus (default: every product)."),
    apply: bool = typer.Option(False, "--apply", help="Store the suggestions for review on the desk."),
    images: Path | None = typer.Option(None, help="Directory the variants' image paths are relative to."),
    json_out: Path | None = typer.Option(None, "--json", help="Also write every suggestion to this JSON file."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Read category, gender, style, pattern and colours from every photo of the store's products."""
    settings = load_settings()
    upgrade_database(settings.database_url)
    image_root = images or catalog_dir(settings, None) / "images"
    heads = shipped_heads()

    async def run() -> list[ProductSuggestions]:
        engine = create_engine(settings.database_url)
        try:
            sessions = create_session_factory(engine)
            chosen = _chosen(await read_store_products(sessions), products)
            results = _read(chosen, image_root, progress)
            _show(results)
            if apply:
                counts = await apply_suggestions(sessions, results, heads.model_version)
                console.print(recorded_message(counts, heads.model_version))
            return results
        finally:
            await engine.dispose()

    results = asyncio.run(run())
    if json_out:
        json_out.write_text(json.dumps([r.model_dump(mode="json") for r in results], indent=1))


def _chosen(catalog: list[ProductRecord], products: str | None) -> list[ProductRecord]:
    if not products:
        return catalog
    wanted = [sku.strip() for sku in products.split(",") if sku.strip()]
    known = {product.id: product for product in catalog}
    if missing := [sku for sku in wanted if sku not in known]:
        raise typer.BadParameter(f"not in the store: {', '.join(missing)}", param_hint="--products")
    return [known[sku] for sku in wanted]


def _read(products: list[ProductRecord], image_root: Path, show: bool) -> list[ProductSuggestions]:
    total = sum(photo_count(product, image_root) for product in products)
    columns = (TextColumn("reading photos"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, disable=not show) as bar:
        task = bar.add_task("photos", total=total)
        return enrich_products(products, image_root, advance=lambda n: bar.advance(task, n))


def _show(results: list[ProductSuggestions]) -> None:
    table = Table("product", "photos", "attribute", "value", "confidence", "photo")
    for result in results:
        for suggestion in result.suggestions:
            table.add_row(result.product_id, str(result.photos), suggestion.attribute.value, suggestion.value,
                          f"{suggestion.confidence:.2f}", suggestion.photo or "-")
    console.print(table)


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    catalog_app.command("enrich")(enrich_command)
