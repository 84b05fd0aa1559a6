"""Throw-away databases for replays, benchmarks and tests: a temp SQLite file or a new PostgreSQL database."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

from tools.store.engine import upgrade_database_async


async def postgres_admin(admin_url: str, sql: str) -> None:
    """Run one statement (CREATE/DROP DATABASE) outside any transaction on the admin connection."""
    import asyncpg

    url = make_url(admin_url)
    connection = await asyncpg.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password, database=url.database
    )
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@asynccontextmanager
async def scratch_postgres(
    admin_url: str, *, template: str | None = None, migrate: bool = True
) -> AsyncIterator[str]:
    """A new database on the server of `admin_url`, dropped afterwards; yields its URL."""
    name = f"vitrine_scratch_{uuid.uuid4().hex[:12]}"
    clause = f' TEMPLATE "{template}"' if template else ""
    await postgres_admin(admin_url, f'CREATE DATABASE "{name}"{clause}')
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        if migrate and not template:
            await upgrade_database_async(url)
        yield url
    finally:
        await postgres_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@asynccontextmanager
async def scratch_sqlite(*, template: Path | None = None, migrate: bool = True) -> AsyncIterator[str]:
    """A new SQLite file in a temp directory, removed afterwards; yields its URL."""
    directory = Path(tempfile.mkdtemp(prefix="vitrine-"))
    path = directory / "store.db"
    url = f"sqlite+aiosqlite:///{path}"
    try:
        if template:
            shutil.copyfile(template, path)
        elif migrate:
            await upgrade_database_async(url)
        yield url
    finally:
        shutil.rmtree(directory, ignore_errors=True)
