"""Replicas starting together on one fresh PostgreSQL database each bring its schema up, once, without error.

`CREATE TABLE IF NOT EXISTS` and "read the version, run what is missing" are not safe against themselves: two
processes doing them at once both run the first migration and one fails on a unique index. Seen as a replica
failing to start in 1 of 4 two-replica runs (the checkpoint tables); the store's Alembic migrations share it.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import AsyncIterator

import pytest
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from sqlalchemy import text
from sqlalchemy.engine import make_url

from assistant.checkpoints import open_checkpointer
from assistant.web.chat.history import prepare_history
from tests.conftest import REPO_ROOT, _admin, postgres_admin_url
from tools.store.engine import create_engine

pytestmark = pytest.mark.postgres

REPLICAS = 6


@pytest.fixture
async def empty_database(postgres_template: str) -> AsyncIterator[str]:
    """A PostgreSQL database with no tables (the template fixture only proves PostgreSQL is there)."""
    name = f"vitrine_race_{uuid.uuid4().hex[:12]}"
    await _admin(f'CREATE DATABASE "{name}"')
    yield make_url(postgres_admin_url()).set(database=name).render_as_string(hide_password=False)
    await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _count(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return int((await connection.execute(text(sql))).scalar_one())
    finally:
        await engine.dispose()


async def _start_checkpoints(url: str) -> int:
    async with open_checkpointer(url, pool_size=2) as saver:
        return len([item async for item in saver.alist(None, limit=1)])


async def test_replicas_starting_together_all_set_up_the_checkpoint_tables(empty_database: str) -> None:
    started = await asyncio.gather(*(_start_checkpoints(empty_database) for _ in range(REPLICAS)),
                                   return_exceptions=True)

    assert [s for s in started if isinstance(s, BaseException)] == []
    expected = len(AsyncPostgresSaver.MIGRATIONS)
    assert await _count(empty_database, "SELECT count(*) FROM checkpoint_migrations") == expected


async def _migrate_in_a_process(url: str) -> tuple[int, str]:
    """One replica's start-up migration, in a process of its own (Alembic's context is one per process)."""
    migrate = "import sys; from tools.store.engine import upgrade_database; upgrade_database(sys.argv[1])"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", migrate, url, cwd=REPO_ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    return process.returncode or 0, output.decode()[-2000:]


async def test_replicas_starting_together_all_migrate_the_store(empty_database: str) -> None:
    migrated = await asyncio.gather(*(_migrate_in_a_process(empty_database) for _ in range(REPLICAS // 2)))

    assert [output for code, output in migrated if code != 0] == []
    assert await _count(empty_database, "SELECT count(*) FROM alembic_version") == 1


async def test_replicas_starting_together_all_create_the_chat_history_tables(empty_database: str) -> None:
    prepared = await asyncio.gather(*(prepare_history(empty_database) for _ in range(REPLICAS)), return_exceptions=True)

    assert [p for p in prepared if isinstance(p, BaseException)] == []
    assert await _count(empty_database, "SELECT count(*) FROM threads") == 0
