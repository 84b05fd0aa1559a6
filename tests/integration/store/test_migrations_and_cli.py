"""The schema comes only from Alembic, both ways; the CLI imports and exports tau-retail."""

import asyncio
import json

from alembic import command
from sqlalchemy import inspect
from typer.testing import CliRunner

from assistant.cli import _load_command_modules, app
from tests.conftest import Store, tau_retail_dir
from tools.store.base import Base
from tools.store.engine import alembic_config, create_engine, upgrade_database_async
from tools.store.tables import __all__ as table_names


async def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
    await engine.dispose()
    return names - {"alembic_version"}


async def test_migrations_create_every_table_and_downgrade_cleanly(store: Store) -> None:
    assert await _tables(store.url) == set(Base.metadata.tables)
    assert len(table_names) == len(Base.metadata.tables)
    await asyncio.to_thread(command.downgrade, alembic_config(store.url), "base")
    assert await _tables(store.url) == set()
    await upgrade_database_async(store.url)
    assert await _tables(store.url) == set(Base.metadata.tables)


def test_cli_imports_and_exports_tau_retail(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("VITRINE_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    _load_command_modules()
    runner = CliRunner()
    imported = runner.invoke(app, ["import", "tau-retail", str(tau_retail_dir())])
    assert imported.exit_code == 0, imported.output
    assert "1000 orders" in imported.output
    again = runner.invoke(app, ["import", "tau-retail", str(tau_retail_dir())])
    assert again.exit_code == 2 and "fresh database" in again.output
    exported = runner.invoke(app, ["export", "tau-retail", str(tmp_path / "out")])
    assert exported.exit_code == 0, exported.output
    assert "ae10e8a7f23bedf88c90a528efa2d59d27cae24b5ce1f0d28768b39257bf9f0d" in exported.output
    orders = json.loads((tmp_path / "out" / "orders.json").read_text())
    assert orders["#W6779827"]["user_id"] == "ethan_lopez_6291"
