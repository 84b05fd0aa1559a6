"""`vitrine demo`: prepare the embedded store with the demo data and show what is in it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select

from assistant.settings import PROJECT_ROOT, load_settings
from tools.store.engine import create_engine, create_session_factory, upgrade_database
from tools.store.tables import Customer, Order, Product, Ticket, Variant
from tools.store.tau_import import import_tau_retail, read_tau_retail

console = Console()
DEMO_TAU_RETAIL = PROJECT_ROOT / "data" / "tau-retail"


async def prepare_demo_store(database_url: str, tau_retail_dir: Path) -> dict[str, int]:
    """Load the demo customers and orders if the store has none; return what the store holds."""
    engine = create_engine(database_url)
    try:
        sessions = create_session_factory(engine)
        async with sessions() as session, session.begin():
            if not await session.scalar(select(func.count()).select_from(Customer)):
                await import_tau_retail(session, read_tau_retail(tau_retail_dir))
        async with sessions() as session:
            return {
                label: await session.scalar(select(func.count()).select_from(model)) or 0
                for label, model in (
                    ("customers", Customer),
                    ("orders", Order),
                    ("products", Product),
                    ("variants", Variant),
                    ("tickets", Ticket),
                )
            }
    finally:
        await engine.dispose()


def demo() -> None:
    """Set up the embedded defaults (SQLite store, demo customers and orders) and show their contents."""
    settings = load_settings()
    upgrade_database(settings.database_url)
    counts = asyncio.run(prepare_demo_store(settings.database_url, DEMO_TAU_RETAIL))
    table = Table(title=f"Vitrine store at {settings.database_url}")
    table.add_column("records")
    table.add_column("count", justify="right")
    for label, count in counts.items():
        table.add_row(label, str(count))
    console.print(table)
    console.print("Try: vitrine eval tau-replay data/tau-retail/tasks-dev.json")


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    app.command("demo")(demo)
