"""One write statement run on its own, atomically, with no transaction around it: on SQLite in one trip through
the driver's thread.

On aiosqlite every step of a transaction is a trip to the driver's thread and back (BEGIN, a cursor, its execute,
fetch and close, COMMIT), each a queue put, a thread wake-up and a wake-up of the event loop: eight or more trips
for one statement in `session_scope`. A single statement needs none of that to be atomic: SQLite runs a statement
outside a transaction as its own (a write statement takes the write lock when it starts, waiting on the busy
timeout like BEGIN IMMEDIATE), and PostgreSQL likewise. So on SQLite the statement is compiled once, its
parameters bound with the columns' own types (the same stored values as an ORM write), and run on the pooled
driver connection in one call; on other databases it runs in `session_scope` as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase

from tools.store.engine import session_scope


class SingleStatement:
    """An INSERT, UPDATE or DELETE (with explicit bind parameters) run as one atomic statement; returns its rows
    (RETURNING), if any."""

    def __init__(self, statement: UpdateBase, *, returns_rows: bool) -> None:
        self.statement, self.returns_rows = statement, returns_rows
        self._compiled: dict[str, tuple[str, list[tuple[str, Any]]]] = {}

    async def run(self, sessions: async_sessionmaker[AsyncSession], params: Mapping[str, Any]
                  ) -> Sequence[tuple[Any, ...]]:
        engine: AsyncEngine = sessions.kw["bind"]
        if engine.dialect.name != "sqlite":
            async with session_scope(sessions) as session:
                result = await session.execute(self.statement, dict(params))
                return [tuple(row) for row in result.all()] if self.returns_rows else []
        sql, binds = self._for(engine.dialect)
        values = [process(params[name]) if process else params[name] for name, process in binds]
        async with engine.connect() as connection:
            driver = (await connection.get_raw_connection()).driver_connection
            rows = await driver.execute_fetchall(sql, values)  # type: ignore[union-attr]
        return [tuple(row) for row in rows]

    def _for(self, dialect: Dialect) -> tuple[str, list[tuple[str, Any]]]:
        """The SQL and, in order, each bind parameter's name and the processor of its column type."""
        if dialect.name not in self._compiled:
            compiled = cast(SQLCompiler, self.statement.compile(dialect=dialect))
            names = compiled.positiontup or []
            self._compiled[dialect.name] = (compiled.string, [
                (name, compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in names])
        return self._compiled[dialect.name]
