"""Engines, session factories and schema upgrades for SQLite (embedded) and PostgreSQL (production)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import PoolResetState

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 15_000
READ_ONLY = "vitrine_read_only"  # connection execution option: a transaction that only reads
PING_AFTER_IDLE_S = 10.0  # a pooled connection unused this long is checked before it is handed out


def create_engine(database_url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine with per-dialect settings: WAL, foreign keys and a busy timeout on SQLite."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                                     pool_reset_on_return=None, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        event.listen(engine.sync_engine, "begin", _sqlite_begin_immediate)
        event.listen(engine.sync_engine.pool, "reset", _sqlite_rollback_if_open)
        return engine
    engine = create_async_engine(url, **kwargs)
    event.listen(engine.sync_engine, "checkin", _note_checkin)
    event.listen(engine.sync_engine, "checkout", _ping_if_idle)
    return engine


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["checked_in_at"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Pre-ping, but only for connections that sat idle: a database restarted while the pool was quiet is
    noticed here and the connection replaced before any customer's statement fails on it.

    SQLAlchemy's `pool_pre_ping` checks every checkout, which on asyncpg is three round trips (BEGIN, `;`,
    ROLLBACK), more than a read turn's own statement. A connection in steady use needs no ping: a restart
    under traffic fails the statement in flight, SQLAlchemy then invalidates the whole pool, and the turn is
    held and answered on the next one (`assistant/conversation.py`).
    """
    checked_in_at = record.info.get("checked_in_at")
    if checked_in_at is None or time.monotonic() - checked_in_at < PING_AFTER_IDLE_S:
        return
    try:
        dbapi_connection.ping()
    except Exception as error:
        raise exc.DisconnectionError("the pooled connection is gone") from error  # the pool takes a new one


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so that BEGIN IMMEDIATE below takes the
    # write lock up front: two writers then queue on the busy timeout instead of deadlocking.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_rollback_if_open(dbapi_connection: Any, record: Any, state: PoolResetState) -> None:
    """The pool's rollback-on-return, only when the connection is still in a transaction: after a commit (every
    `session_scope` that did not fail) the rollback is a no-op on SQLite, yet on aiosqlite still a trip through the
    driver's thread and back. SQLite says itself whether a transaction is open (`in_transaction`, read without
    that trip)."""
    if state.terminate_only or not state.asyncio_safe or state.transaction_was_reset:
        return  # as the pool's own reset: nothing to roll back, or no I/O allowed here
    if record.driver_connection is None or record.driver_connection.in_transaction:
        dbapi_connection.rollback()


def _sqlite_begin_immediate(connection: Any) -> None:
    # Readers (execution option READ_ONLY) take a deferred transaction: under WAL they never wait for writers.
    connection.exec_driver_sql("BEGIN" if connection.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def session_scope(sessions: async_sessionmaker[AsyncSession], *, read_only: bool = False
                        ) -> AsyncIterator[AsyncSession]:
    """A session in one transaction, committed on exit (rolled back on an error).

    `read_only`: on SQLite a deferred transaction, which takes no write lock (under WAL readers never wait for
    writers); on PostgreSQL autocommit, each statement on its own snapshot. That is what READ COMMITTED gives
    statements inside a transaction too, so reads lose nothing and save the BEGIN and COMMIT round trips.
    """
    async with sessions() as session, session.begin():
        if read_only:
            options: dict[str, Any] = {READ_ONLY: True}
            if session.bind is not None and session.bind.dialect.name != "sqlite":
                options["isolation_level"] = "AUTOCOMMIT"
            await session.connection(execution_options=options)
        yield session


def read_session(sessions: async_sessionmaker[AsyncSession]) -> AbstractAsyncContextManager[AsyncSession]:
    """`session_scope(sessions, read_only=True)`: a session that only reads."""
    return session_scope(sessions, read_only=True)


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade_database(database_url: str, revision: str = "head") -> None:
    """Run Alembic migrations up to `revision` (the only way the schema is created)."""
    command.upgrade(alembic_config(database_url), revision)


async def upgrade_database_async(database_url: str, revision: str = "head") -> None:
    await asyncio.to_thread(upgrade_database, database_url, revision)
