"""The message-id claim is atomic on SQLite and PostgreSQL: of concurrent claims of one id exactly one runs, every
distinct id is on record, an answered id is never claimed again and a dead turn's claim is taken over only while
the conversation has not moved on."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from assistant.intake.message_ledger import STALE_AFTER, MessageRecord, claim_message, give_back, record_answer
from tests.conftest import Store
from tools.store.base import utcnow

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
    await _claims(store, ["a", "b"])
    await record_answer(store.sessions, "conv", "a", [{"text": "Done"}])
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
