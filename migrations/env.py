"""Alembic environment: async engines, batch mode on SQLite, metadata from the store's tables."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from tools.store.base import Base
from tools.store.engine import create_engine
from tools.store.schema_lock import STORE_MIGRATIONS, hold_schema_lock
from tools.store.tables import __all__ as _all_tables  # noqa: F401  (fills Base.metadata)

target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        # Replicas starting together migrate a fresh database one at a time (tools/store/schema_lock.py).
        hold_schema_lock(connection, STORE_MIGRATIONS)
        context.run_migrations()


async def _run_online() -> None:
    url = context.config.get_main_option("sqlalchemy.url")
    assert url is not None, "alembic needs sqlalchemy.url"  # noqa: S101 (alembic contract, not input)
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_configure)
            await connection.commit()
    finally:
        await engine.dispose()


def _run_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    _run_offline()
else:
    asyncio.run(_run_online())
