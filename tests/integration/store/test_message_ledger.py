"""The message-id claim is atomic on SQLite and PostgreSQL: of concurrent claims of one id exactly one runs, every
distinct id is on record, an answered id is never claimed again and a dead turn's claim is taken over only while
the conversation has not moved on."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from assistant.intake.message_ledger import (
    ACTION,
    STALE_AFTER,
    MessageRecord,
    claim_message,
    give_back,
    message_key,
    prune_records,
    record_answer,
)
from tests.conftest import Store
from tools.store.base import utcnow
from tools.store.tables import IdempotencyRecord

RECORD = MessageRecord(digest="d", after_checkpoint="c1")


async def _claims(store: Store, ids: list[str], record: MessageRecord = RECORD) -> list[bool]:
    claims = await asyncio.gather(*(claim_message(store.sessions, "conv", i, record=record, owner="mia")
                                    for i in ids))
    return [c.owned for c in claims]


async def test_one_id_claimed_at_once_runs_once(store: Store) -> None:
    assert sorted(await _claims(store, ["tap"] * 4)) == [False, False, False, True]


async def test_distinct_ids_claimed_at_once_are_all_recorded(store: Store) -> None:
    ids = [f"tap-{n}" for n in range(4)]
    assert await _claims(store, ids) == [True] * 4
    assert await _claims(store, ids) == [False] * 4


async def test_an_answered_id_keeps_its_answer_and_a_given_back_one_runs_again(store: Store) -> None:
    claim = await claim_message(store.sessions, "conv", "a", record=RECORD, owner="mia")
    await _claims(store, ["b"])
    await record_answer(store.sessions, "conv", "a", claim, [{"text": "Done"}])
    await give_back(store.sessions, "conv", "b")
    again = await claim_message(store.sessions, "conv", "a", record=RECORD, owner="mia")
    assert (again.owned, again.record.answered, again.record.messages) == (False, True, [{"text": "Done"}])
    assert await _claims(store, ["b"]) == [True]


async def test_a_dead_turns_claim_is_taken_over_only_if_the_conversation_has_not_moved_on(store: Store) -> None:
    await _claims(store, ["x", "y"])
    later = utcnow() + STALE_AFTER + timedelta(seconds=1)
    same = await claim_message(store.sessions, "conv", "x", record=RECORD, owner="mia", now=later)
    moved = MessageRecord(digest="d", after_checkpoint="c2")
    other = await claim_message(store.sessions, "conv", "y", record=moved, owner="mia", now=later)
    fresh = await claim_message(store.sessions, "conv", "y", record=RECORD, owner="mia")
    assert (same.owned, other.owned, fresh.owned) == (True, False, False)


async def test_an_answer_is_kept_only_on_the_claim_its_turn_made(store: Store) -> None:
    """A turn whose claim went stale and was taken over (or given back) does not write over the record of the send
    that holds the id now; the holder's own answer is kept."""
    dead = await claim_message(store.sessions, "conv", "z", record=RECORD, owner="mia")
    later = utcnow() + STALE_AFTER + timedelta(seconds=1)
    retry = MessageRecord(digest="d2", after_checkpoint="c1")
    holder = await claim_message(store.sessions, "conv", "z", record=retry, owner="mia", now=later)
    await record_answer(store.sessions, "conv", "z", holder, [{"text": "Held"}])
    await record_answer(store.sessions, "conv", "z", dead, [{"text": "Late"}])
    again = await claim_message(store.sessions, "conv", "z", record=RECORD, owner="mia")
    assert (holder.owned, again.owned, again.record) == (True, False, retry.model_copy(
        update={"answered": True, "messages": [{"text": "Held"}]}))
    await give_back(store.sessions, "conv", "z")
    await record_answer(store.sessions, "conv", "z", holder, [{"text": "Gone"}])
    assert (await claim_message(store.sessions, "conv", "z", record=RECORD, owner="mia")).owned


async def test_a_claim_stores_what_an_orm_write_of_the_same_record_stores(store: Store) -> None:
    """The claim is one statement on the driver (tools/store/single_statement.py): the values it stores are bound
    with the columns' types, as the ORM binds them, so reads, takeovers and pruning compare them alike."""
    now = utcnow()
    await claim_message(store.sessions, "conv", "raw", record=RECORD, owner="mia", now=now)
    async with store.sessions() as session, session.begin():
        session.add(IdempotencyRecord(key="orm", action=ACTION, owner_id="mia", response=RECORD.model_dump(mode="json"),
                                      created_at=now))
    columns = "SELECT action, owner_id, response, created_at FROM idempotency_keys WHERE key = :key"
    async with store.sessions() as session:
        raw = (await session.execute(text(columns), {"key": message_key("conv", "raw")})).one()
        orm = (await session.execute(text(columns), {"key": "orm"})).one()
    assert tuple(raw) == tuple(orm)


async def test_pruning_deletes_only_old_message_records_and_a_pruned_id_is_new_again(store: Store) -> None:
    await _claims(store, ["old", "recent"])
    async with store.sessions() as session, session.begin():
        session.add(IdempotencyRecord(key="write:1", action="cancel_pending_order", owner_id="mia", response={}))
    days_later = utcnow() + timedelta(days=3)
    assert await prune_records(store.sessions, older_than=timedelta(days=2), now=days_later, dry_run=True) == 2
    assert await prune_records(store.sessions, older_than=timedelta(days=7), now=days_later) == 0
    assert await prune_records(store.sessions, older_than=timedelta(days=2), now=days_later) == 2
    async with store.sessions() as session:
        assert list(await session.scalars(select(IdempotencyRecord.action))) == ["cancel_pending_order"]
    assert await _claims(store, ["old"]) == [True]


async def test_a_retention_shorter_than_a_running_turn_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="still running"):
        await prune_records(store.sessions, older_than=STALE_AFTER / 2)


def test_the_prune_command_deletes_records_past_the_retention(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from assistant.cli import _load_command_modules, app
    from tools.store.engine import create_engine, create_session_factory, upgrade_database

    url = f"sqlite+aiosqlite:///{tmp_path / 'shop.db'}"
    upgrade_database(url)

    async def seed() -> None:
        engine = create_engine(url)
        async with create_session_factory(engine)() as session, session.begin():
            for key, age in (("message:old", 40), ("message:new", 1)):
                session.add(IdempotencyRecord(key=key, action="customer_message", owner_id="mia", response={},
                                              created_at=utcnow() - timedelta(days=age)))
        await engine.dispose()

    asyncio.run(seed())
    monkeypatch.setenv("VITRINE_DATABASE_URL", url)
    _load_command_modules()
    counted = CliRunner().invoke(app, ["db", "prune-messages", "--dry-run"])
    pruned = CliRunner().invoke(app, ["db", "prune-messages"])
    again = CliRunner().invoke(app, ["db", "prune-messages", "--older-than-days", "1"])
    assert "Would delete 1 message records older than 30 days" in counted.output
    assert "Deleted 1 message records older than 30 days" in pruned.output
    assert "Deleted 1 message records older than 1 days" in again.output  # the day-old one, seeded before now
