"""One statement on its own (tools/store/single_statement.py) and the SQLite pool's return of a connection: a
statement is atomic without a transaction around it, and a connection handed back with a transaction still open
is rolled back (the pool skips the rollback only when SQLite says no transaction is open)."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, insert, select, text

from tests.conftest import Store
from tools.store.base import utcnow
from tools.store.single_statement import SingleStatement
from tools.store.tables import IdempotencyRecord

_ROW = {"key": "k", "action": "test", "owner_id": None, "response": {"a": [1, "é"]}, "created_at": utcnow()}
_INSERT = SingleStatement(insert(IdempotencyRecord).values({name: bindparam(name) for name in _ROW})
                          .returning(IdempotencyRecord.key), returns_rows=True)
_DELETE = SingleStatement(delete(IdempotencyRecord).where(IdempotencyRecord.key == bindparam("gone")),
                          returns_rows=False)


async def test_a_single_statement_writes_and_returns_what_the_orm_reads_back(store: Store) -> None:
    assert await _INSERT.run(store.sessions, _ROW) == [("k",)]
    async with store.sessions() as session:
        record = await session.get(IdempotencyRecord, "k")
    assert record is not None and (record.response, record.created_at) == (_ROW["response"], _ROW["created_at"])
    assert await _DELETE.run(store.sessions, {"gone": "k"}) == []
    async with store.sessions() as session:
        assert await session.get(IdempotencyRecord, "k") is None


async def test_a_connection_returned_inside_a_transaction_is_rolled_back(store: Store) -> None:
    async with store.engine.connect() as connection:  # never committed: closed with its transaction open
        await connection.execute(insert(IdempotencyRecord).values(**{**_ROW, "key": "uncommitted"}))
    async with store.sessions() as session, session.begin():  # the write lock is free again
        session.add(IdempotencyRecord(**{**_ROW, "key": "committed"}))
    async with store.sessions() as session:
        keys = list(await session.scalars(select(IdempotencyRecord.key)))
        assert keys == ["committed"]
        assert (await session.execute(text("SELECT 1"))).scalar_one() == 1
