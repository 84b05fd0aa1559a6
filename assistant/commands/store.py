"""`vitrine db ...` (schema upgrades, pruning old message records), `vitrine import tau-retail` and
`vitrine export tau-retail`."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import typer
from rich.console import Console

from assistant.intake.message_ledger import prune_records
from assistant.settings import load_settings
from tools.store.engine import create_engine, create_session_factory, upgrade_database
from tools.store.tau_export import database_sha256, export_tau_retail, write_tau_retail
from tools.store.tau_import import StoreNotEmpty, import_tau_retail, read_tau_retail

console = Console()


def db_upgrade(revision: str = typer.Option("head", help="Alembic revision to upgrade to.")) -> None:
    """Create or upgrade the database schema with the project's Alembic migrations."""
    settings = load_settings()
    upgrade_database(settings.database_url, revision)
    console.print(f"[green]database at {settings.database_url} is at revision {revision}[/green]")


async def _import(database_url: str, directory: Path) -> dict[str, int]:
    engine = create_engine(database_url)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            return await import_tau_retail(session, read_tau_retail(directory))
    finally:
        await engine.dispose()


def import_tau(
    directory: Path = typer.Argument(
        ..., help="A tau-retail directory with products.json, users.json, orders.json."
    ),
) -> None:
    """Load the tau-bench retail database (customers, products, orders) into the store."""
    settings = load_settings()
    upgrade_database(settings.database_url)
    try:
        counts = asyncio.run(_import(settings.database_url, directory))
    except (FileNotFoundError, StoreNotEmpty) as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from error
    console.print("imported " + ", ".join(f"{n} {what}" for what, n in counts.items()))


async def _export(database_url: str) -> dict:
    engine = create_engine(database_url)
    try:
        async with create_session_factory(engine)() as session:
            return await export_tau_retail(session)
    finally:
        await engine.dispose()


def export_tau(
    directory: Path = typer.Argument(..., help="Where to write products/users/orders.json."),
) -> None:
    """Write the store out as a tau-retail database (the shape `import tau-retail` reads)."""
    data = asyncio.run(_export(load_settings().database_url))
    write_tau_retail(data, directory)
    console.print(f"wrote {directory} (canonical sha256 {database_sha256(data)})")


async def _prune(database_url: str, older_than: timedelta, dry_run: bool) -> int:
    engine = create_engine(database_url)
    try:
        return await prune_records(create_session_factory(engine), older_than=older_than, dry_run=dry_run)
    finally:
        await engine.dispose()


def prune_messages(
    older_than_days: int | None = typer.Option(
        None, "--older-than-days", min=1,
        help="Delete message records older than this (default: VITRINE_INTAKE__MESSAGE_RECORD_RETENTION_DAYS)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only count what would be deleted."),
) -> None:
    """Delete old customer message-id records (kept so that a retried message is answered, not run again).
    Safe to run from cron."""
    settings = load_settings()
    days = settings.intake.message_record_retention_days if older_than_days is None else older_than_days
    count = asyncio.run(_prune(settings.database_url, timedelta(days=days), dry_run))
    console.print(f"{'Would delete' if dry_run else 'Deleted'} {count} message records older than {days} days.")


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    groups["db"].command("upgrade")(db_upgrade)
    groups["db"].command("prune-messages")(prune_messages)
    groups["import"].command("tau-retail")(import_tau)
    groups["export"].command("tau-retail")(export_tau)
