"""Durable conversation checkpoints: SQLite by default, PostgreSQL in production (async savers).

A turn reads its conversation's latest checkpoint once. The service looks at it before running the graph
(whose conversation is it, is an agent holding it) with `read_turn_start`, and the graph's own read of the same
checkpoint at the start of the run is answered from that, not from the database again: on PostgreSQL that is a
round trip, a pool checkout, a thread hop and a deserialisation less per turn. Only that one read is answered
so, in the same task, and a write to the conversation in that task forgets it. A write from elsewhere between
the two reads (a desk reply landing in the same millisecond) races exactly as a second read would: the turn runs
from the state it checked.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
)
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from sqlalchemy.engine import make_url

INTERRUPT_CHANNEL = "__interrupt__"
CONTROL_CHANNELS = frozenset({"__interrupt__", "__resume__", "__error__", "__error_source_node__"})


@dataclass
class _TurnStart:
    thread_id: str
    saved: CheckpointTuple | None
    unused: bool = True


_turn_start: ContextVar[_TurnStart | None] = ContextVar("vitrine_turn_start", default=None)


def _latest_of(config: RunnableConfig) -> str | None:
    """The thread whose latest checkpoint `config` asks for (top-level graph, no checkpoint id), else None."""
    configurable = config.get("configurable") or {}
    if configurable.get("checkpoint_id") or configurable.get("checkpoint_ns"):
        return None
    return configurable.get("thread_id")


async def read_turn_start(saver: BaseCheckpointSaver, config: RunnableConfig) -> CheckpointTuple | None:
    """The conversation's latest checkpoint, remembered for the graph run this task starts next."""
    saved = await saver.aget_tuple(config)
    thread_id = _latest_of(config)
    _turn_start.set(_TurnStart(thread_id, saved) if thread_id else None)
    return saved


def is_paused(saved: CheckpointTuple | None) -> bool:
    """Whether a task of the checkpoint's next step waits on an interrupt: it asked (an interrupt write) and has
    not finished (no output write), which is how LangGraph reads its pending writes (pregel/_task_status.py)."""
    asked, finished = set(), set()
    for task_id, channel, _value in (saved.pending_writes or []) if saved else []:
        if channel == INTERRUPT_CHANNEL:
            asked.add(task_id)
        elif channel not in CONTROL_CHANNELS:
            finished.add(task_id)
    return bool(asked - finished)


class ReadsTurnStartOnce(BaseCheckpointSaver):
    """A saver mixin answering the graph's first read of a turn from `read_turn_start` (module docstring)."""

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        remembered = _turn_start.get()
        if remembered is not None and remembered.unused and remembered.thread_id == _latest_of(config):
            remembered.unused = False
            return remembered.saved
        return await super().aget_tuple(config)

    async def aput(self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
                   new_versions: ChannelVersions) -> RunnableConfig:
        self._forget(config)
        return await super().aput(config, checkpoint, metadata, new_versions)

    async def aput_writes(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
                          task_path: str = "") -> None:
        self._forget(config)
        await super().aput_writes(config, writes, task_id, task_path)

    @staticmethod
    def _forget(config: RunnableConfig) -> None:
        remembered = _turn_start.get()
        if remembered is not None and remembered.thread_id == (config.get("configurable") or {}).get("thread_id"):
            remembered.unused = False


class SqliteCheckpoints(ReadsTurnStartOnce, AsyncSqliteSaver):
    """LangGraph's SQLite saver, reading a turn's start once."""


class PostgresCheckpoints(ReadsTurnStartOnce, AsyncPostgresSaver):
    """LangGraph's PostgreSQL saver on a connection pool, reading a turn's start once."""


@asynccontextmanager
async def open_checkpointer(url: str, *, pool_size: int = 10) -> AsyncIterator[BaseCheckpointSaver]:
    """`sqlite:///path/checkpoints.db` or `postgresql://…` (the asyncpg/aiosqlite driver suffix is ignored)."""
    os.environ.setdefault("LANGGRAPH_STRICT_MSGPACK", "true")
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        import aiosqlite

        path = Path(parsed.database or "checkpoints.db")
        path.parent.mkdir(parents=True, exist_ok=True)
        async with aiosqlite.connect(path) as connection:
            # WAL with synchronous=NORMAL: no corruption on a crash, at most the last turn's checkpoint lost,
            # which idempotent steps simply redo.
            await connection.execute("PRAGMA journal_mode=WAL")
            await connection.execute("PRAGMA synchronous=NORMAL")
            saver = SqliteCheckpoints(connection)
            await saver.setup()
            yield saver
        return
    from psycopg.rows import dict_row
    from psycopg_pool import AsyncConnectionPool

    plain = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    # A pool, not one connection: concurrent conversations would otherwise queue on a single socket.
    options = {"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row}
    async with AsyncConnectionPool(plain, min_size=1, max_size=pool_size, kwargs=options, open=False) as pool:
        postgres_saver = PostgresCheckpoints(pool)  # type: ignore[arg-type]
        # The saver serialises every read and write on one asyncio.Lock, which a single shared connection
        # needs; on a pool each operation checks out its own connection, and the lock would only make every
        # conversation's checkpoints wait for each other's (langchain-ai/langgraph#7259).
        postgres_saver.lock = contextlib.nullcontext()  # type: ignore[assignment]
        async with _schema_lock(plain):
            await postgres_saver.setup()
        yield postgres_saver


SCHEMA_LOCK_POLL_SECONDS = 0.1

# Any fixed 64-bit key, the same in every replica: "vitrine checkpoints schema".
CHECKPOINT_SCHEMA_LOCK_KEY = 0x76_69_74_72_63_6B_70_74


@asynccontextmanager
async def _schema_lock(conninfo: str) -> AsyncIterator[None]:
    """Replicas starting together create the checkpoint tables one at a time.

    The saver's `setup()` reads which of its migrations ran and runs the rest; two processes doing that at once
    both run migration 0 and one fails on its primary key (or on `CREATE TABLE IF NOT EXISTS`, which is not
    safe against itself). A session-level advisory lock on a connection of its own, outside the pool that
    `setup()` uses, makes the second replica wait and then find nothing left to run.

    The waiting is a poll of `pg_try_advisory_lock`, never a blocking `pg_advisory_lock`: a session blocked in
    that statement holds a snapshot, and the migrations' `CREATE INDEX CONCURRENTLY` in the lock holder waits
    for every such snapshot to end — a deadlock that no timeout in either process breaks.
    """
    from psycopg import AsyncConnection

    async with await AsyncConnection.connect(conninfo, autocommit=True) as connection:
        while not await _try_lock(connection):  # noqa: ASYNC110 (the holder is another process)
            await asyncio.sleep(SCHEMA_LOCK_POLL_SECONDS)
        try:
            yield
        finally:
            await connection.execute("SELECT pg_advisory_unlock(%s)", (CHECKPOINT_SCHEMA_LOCK_KEY,))


def default_checkpoint_url(database_url: str, data_dir: Path) -> str:
    """Checkpoints live beside the store: a sibling SQLite file, or the same PostgreSQL database."""
    if make_url(database_url).get_backend_name() == "sqlite":
        return f"sqlite:///{data_dir / 'checkpoints.db'}"
    return database_url


async def _try_lock(connection: Any) -> bool:
    row = await (await connection.execute("SELECT pg_try_advisory_lock(%s)", (CHECKPOINT_SCHEMA_LOCK_KEY,))).fetchone()
    return bool(row and row[0])
