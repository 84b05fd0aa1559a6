"""`vitrine import magento` and `vitrine catalog ...`: import, index, search and photo checks."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from assistant.context import catalog_image_roots
from assistant.settings import Settings, load_settings
from assistant.wiring import open_index
from tools.catalog.colour import GarmentRegion, read_colour
from tools.catalog.compare import compare_photo
from tools.catalog.demo_pack import build_demo_pack
from tools.catalog.importer import import_magento, reindex_store
from tools.catalog.search import SearchFilters, search_products
from tools.store.engine import create_engine, create_session_factory, upgrade_database

console = Console()
catalog_app = typer.Typer(
    help="Product catalog: index, search, photo colour and photo checks.", no_args_is_help=True
)


def catalog_dir(settings: Settings, directory: Path | None) -> Path:
    """The directory given, else the shared Magento data, else the demo pack shipped in the project."""
    if directory is not None:
        return directory
    if settings.catalog.source_dir.is_dir():
        return settings.catalog.source_dir
    console.print(f"[yellow]{settings.catalog.source_dir} not found; using the demo pack[/yellow]")
    return settings.catalog.demo_dir


def import_magento_command(
    directory: Path | None = typer.Argument(
        None,
        help="Magento sample-data directory (default: "
        "../shared/data/magento-catalog, else data/demo-catalog).",
    ),
    recreate: bool = typer.Option(False, help="Drop and rebuild the index (after changing embedders)."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Import the Magento sample catalog into the store and index every product colour for search."""
    settings = load_settings()
    source = catalog_dir(settings, directory)
    upgrade_database(settings.database_url)

    async def run() -> None:
        engine = create_engine(settings.database_url)
        try:
            report = await import_magento(
                source,
                session_factory=create_session_factory(engine),
                index=open_index(settings, check=False),  # import checks, unless recreating
                recreate=recreate,
                batch_size=settings.catalog.batch_size,
                progress=progress,
            )
        finally:
            await engine.dispose()
        console.print(report.model_dump_json(indent=2))

    asyncio.run(run())


@catalog_app.command("reindex")
def reindex_command(
    images: Path | None = typer.Option(None, help="Directory the variants' image paths are relative to."),
    recreate: bool = typer.Option(False, help="Drop the collection first (needed after changing embedders)."),
) -> None:
    """Rebuild (or resume) the search index from the products already in the store."""
    settings = load_settings()

    async def run() -> None:
        engine = create_engine(settings.database_url)
        try:
            report = await reindex_store(
                session_factory=create_session_factory(engine),
                index=open_index(settings, check=False),  # import checks, unless recreating
                image_root=images or catalog_dir(settings, None) / "images",
                recreate=recreate,
                batch_size=settings.catalog.batch_size,
            )
        finally:
            await engine.dispose()
        console.print(report.model_dump_json(indent=2))

    asyncio.run(run())


@catalog_app.command("search")
def search_command(
    text: str | None = typer.Argument(None, help='What to look for, e.g. "black hoodie for men".'),
    image: Path | None = typer.Option(None, help="A photo to search with (alone or refined by TEXT)."),
    category: str | None = typer.Option(None, help="Category path or prefix, e.g. Women/Bottoms."),
    colour: str | None = typer.Option(None, help="Catalog colour, e.g. Black."),
    size: str | None = typer.Option(None, help="A size that must be in stock, e.g. M or 32."),
    max_price: float | None = typer.Option(None, help="Highest price in dollars."),
    limit: int = typer.Option(10, help="How many products to show."),
) -> None:
    """Search the indexed catalog by text, photo, or both, and print product cards."""
    index = open_index(load_settings())
    filters = SearchFilters(
        category=category,
        colour=colour,
        size=size,
        max_price_cents=None if max_price is None else round(max_price * 100),
    )
    cards = search_products(index, text=text, image=image, filters=filters, limit=limit)
    table = Table("product", "name", "colour", "price", "score", "photo")
    for card in cards:
        table.add_row(
            card.product_id,
            card.name,
            card.colour or "-",
            f"${card.price_cents / 100:.2f}",
            f"{card.score:.3f}",
            card.image_path or "-",
        )
    console.print(table)


@catalog_app.command("colour")
def colour_command(
    photo: Path = typer.Argument(..., help="A photo of a garment."),
    region: GarmentRegion = typer.Option(
        GarmentRegion.WHOLE, help="Where the garment is: upper, lower, whole."
    ),
) -> None:
    """Name the dominant garment colour of a photo (background and skin removed)."""
    console.print(read_colour(photo, region).model_dump_json(indent=2))


@catalog_app.command("compare")
def compare_command(
    photo: Path = typer.Argument(..., help="The customer's photo of what they received."),
    sku: str = typer.Option(..., help="The ordered variant's sku, e.g. MH01-XS-Black."),
) -> None:
    """Check a customer photo against the ordered variant: same product? same colour?"""
    settings = load_settings()
    result = compare_photo(open_index(settings), photo, ordered_sku=sku,
                           image_roots=catalog_image_roots(settings.catalog))
    console.print_json(json.dumps(result.model_dump(mode="json")))


@catalog_app.command("demo-pack")
def demo_pack_command(
    source: Path = typer.Argument(Path("../shared/data/magento-catalog"), help="Full Magento sample data."),
    target: Path = typer.Argument(Path("data/demo-catalog"), help="Where to write the pack."),
) -> None:
    """Write the demo pack: catalog CSVs, licences and 256-pixel photo thumbnails."""
    console.print(f"{build_demo_pack(source, target)} thumbnails written to {target}")


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    groups["import"].command("magento")(import_magento_command)
    app.add_typer(catalog_app, name="catalog")
