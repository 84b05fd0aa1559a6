"""One schema change at a time on a shared PostgreSQL database, however many processes start together.

"Create what is missing" (Alembic reading its version, `create_all` checking each table) is not safe against
itself: two processes both see a table missing and one fails on the catalog's unique index. Each schema owner
takes its own transaction-scoped advisory lock before looking; the second process waits, then finds nothing left
to create. SQLite needs none: its writers are serialised by the file lock.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Fixed 64-bit keys, the same in every process (ASCII of a short name).
STORE_MIGRATIONS = 0x76_69_74_72_6D_69_67_72  # "vitrmigr"
CHAT_HISTORY_TABLES = 0x76_69_74_72_68_69_73_74  # "vitrhist"


def hold_schema_lock(connection: Connection, key: int) -> None:
    """Wait for and hold `key` until `connection`'s transaction ends (a no-op off PostgreSQL)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
