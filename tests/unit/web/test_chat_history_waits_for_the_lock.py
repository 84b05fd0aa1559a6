"""Chainlit's data layer on SQLite waits for the write lock (fresh25 F3: `database is locked` on the thread insert
on a loaded host): WAL, and a busy timeout as long as the store's."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from sqlalchemy import text

from assistant.web.chat.history import open_history, prepare_history
from tools.store.engine import SQLITE_BUSY_TIMEOUT_MS


async def test_the_history_engine_uses_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'chat-history.db'}"
    await prepare_history(url)
    history = open_history(url)
    try:
        async with history.engine.connect() as connection:
            assert (await connection.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await connection.execute(text("PRAGMA busy_timeout"))).scalar() == SQLITE_BUSY_TIMEOUT_MS
    finally:
        await history.engine.dispose()


async def test_a_thread_insert_waits_while_another_writer_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "chat-history.db"
    url = f"sqlite+aiosqlite:///{path}"
    await prepare_history(url)
    history = open_history(url)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        other.execute("BEGIN IMMEDIATE")  # another writer (a parallel chat's step insert) holds the lock

        async def release() -> None:
            await asyncio.sleep(0.5)
            other.execute("COMMIT")

        releasing = asyncio.create_task(release())
        await history.execute_sql('INSERT INTO threads ("id", "name") VALUES (:id, :name)', {"id": "t1", "name": "x"})
        await releasing
        rows = await history.execute_sql("SELECT id FROM threads", {})
        assert rows == [{"id": "t1"}]
    finally:
        other.close()
        await history.engine.dispose()
