"""`vitrine demo`: set up the embedded defaults with the demo data and accounts, then serve the web app
(or, with `--chat`, chat in the terminal as a demo customer)."""

from __future__ import annotations

import asyncio
import sys

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.commands.chat import chat
from assistant.commands.serve import base_url, run_server
from assistant.settings import PROJECT_ROOT, Settings, load_settings
from assistant.wiring import open_index
from tools.catalog.importer import import_magento
from tools.catalog.index import built_with
from tools.demo_accounts import DEMO_ACCOUNTS, seed_demo_accounts
from tools.demo_shop import DEMO_CUSTOMERS, seed_demo_shop
from tools.store.engine import create_engine, create_session_factory, upgrade_database_async
from tools.store.tables import Customer, Order, Product, Ticket, Variant
from tools.store.tau_import import import_tau_retail, read_tau_retail

console = Console()
DEMO_TAU_RETAIL = PROJECT_ROOT / "data" / "tau-retail"
DEMO_CATALOG = PROJECT_ROOT / "data" / "demo-catalog"


class DemoStore(BaseModel):
    """What the store holds once the demo is prepared: record counts, and the demo orders' statuses now."""

    counts: dict[str, int]
    order_states: dict[str, str]


async def prepare_demo(settings: Settings) -> DemoStore:
    """Load what is missing (tau-retail customers and orders, the demo catalog and its index, the demo
    shop's customers and orders); return what the store holds. Safe to run again."""
    await upgrade_database_async(settings.database_url)
    engine = create_engine(settings.database_url)
    sessions = create_session_factory(engine)
    try:
        async with sessions() as session, session.begin():
            if not await session.get(Customer, "noah_brown_6181"):
                await import_tau_retail(session, read_tau_retail(DEMO_TAU_RETAIL))
        async with sessions() as session:
            has_catalog = await session.get(Product, "MH01") is not None
        index = open_index(settings, check=False)
        try:
            stored = built_with(index.client, index.collection)
            stale = stored is not None and stored != index.embedders.fingerprint  # other embedders: rebuild
            if not has_catalog or not index.client.collection_exists(index.collection) or stale:
                console.print("Importing the demo catalog and indexing its photos (a few minutes: each of its "
                              "725 photos goes through the photo network once)...")
                await import_magento(DEMO_CATALOG, session_factory=sessions, index=index, recreate=stale)
        finally:
            index.client.close()
        async with sessions() as session, session.begin():
            await seed_demo_shop(session)
        if settings.environment != "production":
            async with sessions() as session, session.begin():
                await seed_demo_accounts(session)
        async with sessions() as session:
            counts = {label: await session.scalar(select(func.count()).select_from(model)) or 0
                      for label, model in (("customers", Customer), ("orders", Order), ("products", Product),
                                           ("variants", Variant), ("tickets", Ticket))}
            demo_orders = [order.order_id for customer in DEMO_CUSTOMERS for order in customer.orders]
            return DemoStore(counts=counts, order_states=await stored_order_states(session, demo_orders))
    finally:
        await engine.dispose()


async def stored_order_states(session: AsyncSession, order_ids: list[str]) -> dict[str, str]:
    """The orders' statuses as the store holds them now (a store used before keeps its changes)."""
    rows = await session.execute(select(Order.id, Order.status).where(Order.id.in_(order_ids)))
    return {order_id: status.value for order_id, status in rows}


def _print_summary(settings: Settings, store: DemoStore) -> None:
    table = Table(title=f"Vitrine demo store ({settings.database_url})")
    table.add_column("records")
    table.add_column("count", justify="right")
    for label, count in store.counts.items():
        table.add_row(label, str(count))
    console.print(table)
    for demo_customer in DEMO_CUSTOMERS:
        orders = ", ".join(f"{o.order_id} ({store.order_states.get(o.order_id, o.status.value)}: {', '.join(o.skus)})"
                           for o in demo_customer.orders)
        console.print(f"[bold]{demo_customer.id}[/bold] <{demo_customer.email}>: {orders}")


def _print_logins(url: str) -> None:
    table = Table(title="Demo sign-ins (refused in production)")
    for column in ("where", "login", "password"):
        table.add_column(column)
    for account in DEMO_ACCOUNTS:
        where = f"{url}/desk" if account.role.value != "customer" else f"{url}/shop, {url}/chat"
        table.add_row(where, account.login, account.password)
    console.print(table)


def demo(
    customer: str = typer.Option(DEMO_CUSTOMERS[0].id, help="Demo customer for --chat."),
    chat_instead: bool = typer.Option(False, "--chat", help="Chat in the terminal instead of serving the web app."),
    serve_after: bool = typer.Option(True, "--serve/--no-serve", help="Serve the web app when the data is ready."),
    host: str = typer.Option("127.0.0.1", help="Interface to serve on."),
    port: int = typer.Option(8000, help="TCP port to serve on."),
) -> None:
    """Load the demo data and accounts into the embedded SQLite store and local Qdrant index, then serve the
    storefront, chat and desk (or chat in the terminal with --chat)."""
    settings = load_settings()
    _print_summary(settings, asyncio.run(prepare_demo(settings)))
    photo = DEMO_CATALOG / "images" / "m" / "h" / "mh01-orange_main.jpg"
    if chat_instead:
        console.print(f"Try: `/photo {photo.relative_to(PROJECT_ROOT)} I got the wrong colour hoodie`")
        if sys.stdin.isatty():
            chat(customer)
        return
    url = base_url(host, port)
    _print_logins(url)
    console.print(f"Storefront {url}/shop · chat {url}/chat · desk {url}/desk · API docs {url}/api/docs")
    console.print(f"Try: sign in on /shop as demo_mia_novak, open the chat and send "
                  f"{photo.relative_to(PROJECT_ROOT)} with \"I got the wrong colour hoodie\".")
    if serve_after:
        run_server(settings, host, port)


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    app.command("demo")(demo)
