"""`vitrine accounts ...`: sign-ins for the desk, the API and the chat (create, list, disable, passwords)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.settings import load_settings
from tools.accounts import NewAccount, create_account, list_accounts, set_disabled, set_password
from tools.demo_accounts import seed_demo_accounts
from tools.errors import ToolError
from tools.store.engine import create_engine, create_session_factory, upgrade_database_async
from tools.store.tables import AccountRole

console = Console()
T = TypeVar("T")
app = typer.Typer(help="Accounts that sign in to the desk (agents), the API and the chat (customers).",
                  no_args_is_help=True)


async def _in_store(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    settings = load_settings()
    await upgrade_database_async(settings.database_url)
    engine = create_engine(settings.database_url)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            return await work(session)
    finally:
        await engine.dispose()


def _run(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    try:
        return asyncio.run(_in_store(work))
    except (ToolError, ValidationError) as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from error


def _password(given: str | None) -> str:
    return given or typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@app.command("create")
def create(
    login: str = typer.Argument(..., help="Sign-in name: lowercase letters, digits, '.', '_' or '-'."),
    role: AccountRole = typer.Option(AccountRole.AGENT, help="customer, agent (the desk) or admin."),
    customer_id: str | None = typer.Option(None, help="For customer accounts: the customer they act as."),
    name: str = typer.Option("", help="Display name shown on the desk."),
    password: str | None = typer.Option(None, help="Asked for (hidden) when not given."),
) -> None:
    """Create an account; the password is stored only as an argon2id hash."""
    new = NewAccount(login=login, password=_password(password), role=role, customer_id=customer_id,
                     display_name=name)
    view = _run(lambda session: create_account(session, new))
    console.print(f"[green]created {view.login} ({view.role.value})[/green]")


@app.command("list")
def list_() -> None:
    """List the accounts (never their passwords)."""
    table = Table("login", "role", "customer", "name", "disabled")
    for account in _run(list_accounts):
        table.add_row(account.login, account.role.value, account.customer_id or "", account.display_name,
                      "yes" if account.disabled else "")
    console.print(table)


@app.command("disable")
def disable(login: str, enable: bool = typer.Option(False, "--enable", help="Re-enable instead.")) -> None:
    """Disable (or with --enable re-enable) an account; its open sessions stop working at once."""
    view = _run(lambda session: set_disabled(session, login, not enable))
    console.print(f"{view.login} is {'disabled' if view.disabled else 'enabled'}")


@app.command("set-password")
def change_password(login: str, password: str | None = typer.Option(None, help="Asked for when not given.")) -> None:
    """Set a new password for an account."""
    secret = _password(password)
    _run(lambda session: set_password(session, login, secret))
    console.print(f"password of {login} changed")


@app.command("seed-demo")
def seed_demo() -> None:
    """Add the demo sign-ins (tools/demo_accounts.py); refused when VITRINE_ENVIRONMENT=production."""
    production = load_settings().environment == "production"
    added = _run(lambda session: seed_demo_accounts(session, production=production))
    console.print(f"added: {', '.join(added) or 'nothing (already there)'}")


def register(root: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    root.add_typer(app, name="accounts")
