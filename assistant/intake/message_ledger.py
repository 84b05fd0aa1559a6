"""Every customer message id a conversation accepted, kept in the store with the answer it got.

A client sends a message id so that a retry (the first response was lost) is answered, never run again: a
replayed "yes" must not confirm whatever is proposed by then. The conversation's checkpoint cannot keep that
record alone: two sends at once (a double tap, two tabs, two replicas) both start from the same checkpoint and
only the last one written is kept, with its own id; the other id is lost and would run later as a new turn.

So an id is claimed in the store before its turn runs, in one atomic insert keyed on the conversation and the
id (the idempotency table's primary key): of two sends with the same id exactly one runs, on SQLite and on
PostgreSQL and whichever process holds them, and every id that ran is on record, whatever ran beside it. The
answer is written to the record when the turn ends. A turn that failed (its message is held to be answered
later) gives its claim back; one whose process died keeps it, and it is taken over only while the conversation
has not moved on since (the same checkpoint) and the claim is old enough not to be still running.

Records are kept for as long as a client could still retry (minutes), with a wide margin: `prune_records`
deletes those older than the retention (`vitrine db prune-messages`, safe to run from cron), so the table
does not grow with every message ever sent.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.store.base import utcnow
from tools.store.engine import session_scope
from tools.store.single_statement import SingleStatement
from tools.store.tables import IdempotencyRecord

ACTION = "customer_message"
STALE_AFTER = timedelta(seconds=60)  # a claim not answered by then belongs to a turn that died

# Built once (every turn claims an id and records its answer): core statements on the table. The claim inserts unless
# the key exists and returns the key when it did, in a transaction (see claim_message); the answer runs as one
# statement on its own (tools/store/single_statement.py: on SQLite one trip through the driver's thread, not eight or
# more for a transaction around it): written late by an abandoned turn, it is still that turn's answer.
_TABLE = cast(Table, IdempotencyRecord.__table__)
_CLAIM_VALUES: dict[str, Any] = {name: bindparam(name)
                                 for name in ("key", "action", "owner_id", "response", "created_at")}
_CLAIM = {"postgresql": postgresql.insert(_TABLE).values(_CLAIM_VALUES).on_conflict_do_nothing(
              index_elements=["key"]).returning(_TABLE.c.key),
          "sqlite": sqlite.insert(_TABLE).values(_CLAIM_VALUES).on_conflict_do_nothing(
              index_elements=["key"]).returning(_TABLE.c.key)}
# The answer is written onto the claim this turn made, in one statement: the claim's record is known (it is what the
# claim wrote), and its time tells it from a later takeover of the same id, which records its own answer.
_ANSWER = SingleStatement(update(_TABLE).where(
    _TABLE.c.key == bindparam("record_key"), _TABLE.c.created_at == bindparam("claimed_at"),
).values(response=bindparam("answered")), returns_rows=False)


class MessageRecord(BaseModel):
    """What the store keeps for one message id."""

    digest: str  # of the message's text: a retry with other words is not the same message
    after_checkpoint: str | None  # the conversation's checkpoint when the id was claimed
    answered: bool = False
    messages: list[dict[str, Any]] = []


class Claim(BaseModel):
    owned: bool  # this call claimed the id: its turn runs
    record: MessageRecord  # the claim it made, or the one already on record
    claimed_at: datetime | None = None  # when an owned claim was made (its record's `created_at`)


def message_key(conversation_id: str, message_id: str) -> str:
    return "message:" + hashlib.sha256(f"{conversation_id}\x00{message_id}".encode()).hexdigest()


async def claim_message(sessions: async_sessionmaker[AsyncSession], conversation_id: str, message_id: str, *,
                        record: MessageRecord, owner: str | None, now: datetime | None = None) -> Claim:
    """Claim `message_id` for a turn, atomically; or what is on record for it already."""
    key, now = message_key(conversation_id, message_id), now or utcnow()
    # The claim runs in a transaction of its own, never as a lone statement: a turn abandoned while its claim waits
    # on a locked store rolls the claim back, where a lone statement would land later, after the turn was held, and
    # keep its replay out as "in progress" until stale (tests/integration/faults: a locked database).
    async with session_scope(sessions) as session:
        if await _insert_new(session, key, record, owner, now):
            return Claim(owned=True, record=record, claimed_at=now)
        existing = await session.scalar(select(IdempotencyRecord).where(IdempotencyRecord.key == key))
        if existing is None:  # given back between the insert and the read: claim it again
            return await claim_message(sessions, conversation_id, message_id, record=record, owner=owner, now=now)
        held = MessageRecord.model_validate(existing.response)
        if held.answered or held.after_checkpoint != record.after_checkpoint or now - existing.created_at < STALE_AFTER:
            return Claim(owned=False, record=held)
        taken = await session.execute(update(IdempotencyRecord).where(
            IdempotencyRecord.key == key, IdempotencyRecord.created_at == existing.created_at,
        ).values(response=record.model_dump(mode="json"), owner_id=owner, created_at=now))
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            return Claim(owned=True, record=record, claimed_at=now)
        return Claim(owned=False, record=held)


async def record_answer(sessions: async_sessionmaker[AsyncSession], conversation_id: str, message_id: str,
                        claim: Claim, messages: list[dict[str, Any]]) -> None:
    """The answer an owned claim's turn got: a retry with the same words is shown it again while it is the latest.
    Nothing is written when the claim is no longer on record (given back, pruned, or taken over once stale)."""
    if not claim.owned or claim.claimed_at is None:
        return
    answered = claim.record.model_copy(update={"answered": True, "messages": messages})
    await _ANSWER.run(sessions, {"record_key": message_key(conversation_id, message_id),
                                 "claimed_at": claim.claimed_at, "answered": answered.model_dump(mode="json")})


async def give_back(sessions: async_sessionmaker[AsyncSession], conversation_id: str, message_id: str) -> None:
    """Release a claim whose turn failed before answering: the held message runs again with the same id."""
    async with session_scope(sessions) as session:
        await session.execute(delete(IdempotencyRecord).where(
            IdempotencyRecord.key == message_key(conversation_id, message_id), IdempotencyRecord.action == ACTION))


async def prune_records(sessions: async_sessionmaker[AsyncSession], *, older_than: timedelta,
                        now: datetime | None = None, dry_run: bool = False) -> int:
    """Delete the message records claimed before `now - older_than` (only this ledger's, never other side
    effects' idempotency keys); how many there were."""
    if older_than < STALE_AFTER:
        raise ValueError(f"a retention under {STALE_AFTER} would let a claim still running be forgotten")
    cutoff = (now or utcnow()) - older_than
    old = (IdempotencyRecord.action == ACTION, IdempotencyRecord.created_at < cutoff)
    async with session_scope(sessions) as session:
        if dry_run:
            return int(await session.scalar(select(func.count()).select_from(IdempotencyRecord).where(*old)) or 0)
        result = await session.execute(delete(IdempotencyRecord).where(*old))
        return int(result.rowcount)  # type: ignore[attr-defined]


async def _insert_new(session: AsyncSession, key: str, record: MessageRecord, owner: str | None,
                      now: datetime) -> bool:
    """Insert the claim unless the key exists (the primary key decides, under concurrency too)."""
    statement = _CLAIM["postgresql" if session.get_bind().dialect.name == "postgresql" else "sqlite"]
    result = await session.execute(statement, {"key": key, "action": ACTION, "owner_id": owner,
                                               "response": record.model_dump(mode="json"), "created_at": now})
    return result.first() is not None
