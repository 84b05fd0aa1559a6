"""Durable conversation checkpoints: SQLite by default, PostgreSQL in production (async savers)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver
from sqlalchemy.engine import make_url


@asynccontextmanager
async def open_checkpointer(url: str, *, pool_size: int = 10) -> AsyncIterator[BaseCheckpointSaver]:
    """`sqlite:///path/checkpoints.db` or `postgresql://…` (the asyncpg/aiosqlite driver suffix is ignored)."""
    os.environ.setdefault("LANGGRAPH_STRICT_MSGPACK", "true")
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        import aiosqlite
        from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

        path = Path(parsed.database or "checkpoints.db")
        path.parent.mkdir(parents=True, exist_ok=True)
        async with aiosqlite.connect(path) as connection:
            # WAL with synchronous=NORMAL: no corruption on a crash, at most the last turn's checkpoint lost,
            # which idempotent steps simply redo.
            await connection.execute("PRAGMA journal_mode=WAL")
            await connection.execute("PRAGMA synchronous=NORMAL")
            saver = AsyncSqliteSaver(connection)
            await saver.setup()
            yield saver
        return
    from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
    from psycopg.rows import dict_row
    from psycopg_pool import AsyncConnectionPool

    plain = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    # A pool, not one connection: concurrent conversations would otherwise queue on a single socket.
    options = {"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row}
    async with AsyncConnectionPool(plain, min_size=1, max_size=pool_size, kwargs=options, open=False) as pool:
        postgres_saver = AsyncPostgresSaver(pool)  # type: ignore[arg-type]
        # The saver serialises every read and write on one asyncio.Lock, which a single shared connection
        # needs; on a pool each operation checks out its own connection, and the lock would only make every
        # conversation's checkpoints wait for each other's (langchain-ai/langgraph#7259).
        postgres_saver.lock = contextlib.nullcontext()  # type: ignore[assignment]
        await postgres_saver.setup()
        yield postgres_saver


def default_checkpoint_url(database_url: str, data_dir: Path) -> str:
    """Checkpoints live beside the store: a sibling SQLite file, or the same PostgreSQL database."""
    if make_url(database_url).get_backend_name() == "sqlite":
        return f"sqlite:///{data_dir / 'checkpoints.db'}"
    return database_url
