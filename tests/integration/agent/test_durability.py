"""Streaming, idempotent re-runs of the write step, identity rules and PostgreSQL checkpoints."""

import asyncio
import os

import pytest
from langgraph.runtime import Runtime
from sqlalchemy import func, select

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService, IdentityConflict
from assistant.steps.confirm import confirm
from tests.conftest import Store, postgres_unreachable_reason
from tests.integration.faults.conftest import texts
from tools.store.scratch import postgres_admin
from tools.store.tables import AuditEvent, Ticket
from tools.verification import GuestRule

ETHAN = "ethan_lopez_6291"


async def test_replies_stream_as_step_and_token_events(service_factory) -> None:
    async with service_factory() as service:
        events = [e async for e in service.stream("s1", "where is order #W6779827?", session_customer_id=ETHAN)]
    steps = [e["name"] for e in events if e["type"] == "step"]
    tokens = "".join(e["text"] for e in events if e["type"] == "token")
    assert steps[:2] == ["understand", "orders"] and "respond" in steps
    assert "#W6779827 is pending" in tokens
    assert events[-1]["type"] == "turn" and events[-1]["result"].messages[0]["text"] == tokens


async def test_rerunning_the_confirm_step_writes_once(service_factory, store: Store, resolver) -> None:
    async with service_factory() as service:
        await service.send("s2", "cancel #W6779827, I ordered it by mistake", session_customer_id=ETHAN)
        paused = await service.graph.aget_state(service._config("s2"))
        state = {**paused.values, "incoming": {"message_id": "m-yes", "text": "yes"},
                 "intent": {"intent": "affirm", "confidence": 1.0, "slots": {}}}
        runtime = Runtime(context=service.deps)
        first = await confirm(state, runtime)  # the step crashed after writing and LangGraph re-runs it
        second = await confirm(state, runtime)
    assert first["outbox"][0]["key"] == second["outbox"][0]["key"] == "cancelled"
    async with store.sessions() as session:
        writes = await session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "cancel_pending_order"))
    assert writes == 1


async def test_a_conversation_belongs_to_one_customer(service_factory) -> None:
    async with service_factory() as service:
        await service.send("s3", "hello", session_customer_id=ETHAN)
        with pytest.raises(IdentityConflict):
            await service.send("s3", "hello again", session_customer_id="sofia_rossi_8776")
        switched = await service.send("s3", "actually I'm sofia.rossi2645@example.com")
    assert switched.customer_id == ETHAN and "another account" in switched.messages[0]["text"]


@pytest.mark.postgres
async def test_postgres_checkpoints_survive_a_restart(store: Store, resolver, tmp_path) -> None:
    if store.backend != "postgres":
        pytest.skip("this test is about the PostgreSQL checkpointer")
    if reason := postgres_unreachable_reason():
        pytest.skip(reason)
    deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret", guest_rule=GuestRule.TAU)
    async with open_checkpointer(store.url) as saver:
        first = ConversationService(deps, saver)
        await first.send("pg1", "I want to talk to a human", session_customer_id=ETHAN)
    async with open_checkpointer(store.url) as saver:
        desk = ConversationService(deps, saver)
        reply = await desk.agent_reply("pg1", "alice", "Hello, I'm Alice from the team.")
    assert reply.messages[0]["text"] == "Hello, I'm Alice from the team."
    async with store.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Ticket)) == 1
    assert os.environ["LANGGRAPH_STRICT_MSGPACK"] == "true"


SLOW_CHECKPOINT_WRITES = """
CREATE FUNCTION slow_checkpoint() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.thread_id = 'slow' THEN PERFORM pg_sleep(2.5); END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER slow_checkpoint BEFORE INSERT ON checkpoints FOR EACH ROW EXECUTE FUNCTION slow_checkpoint();
"""


@pytest.mark.postgres
async def test_one_conversations_slow_checkpoint_write_does_not_hold_up_anothers(store: Store, resolver) -> None:
    """On PostgreSQL the checkpoints come from a pool: a write that takes long (a slow disk, a lock) delays its
    own conversation only, not every other conversation's turns."""
    if store.backend != "postgres":
        pytest.skip("this test is about the PostgreSQL checkpointer")
    deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret", guest_rule=GuestRule.TAU)
    async with open_checkpointer(store.url) as saver:
        service = ConversationService(deps, saver)
        await service.send("other", "hello", session_customer_id=ETHAN)
        await postgres_admin(store.url, SLOW_CHECKPOINT_WRITES)
        slow = asyncio.create_task(service.send("slow", "hello", session_customer_id=ETHAN))
        await asyncio.sleep(0.5)  # the slow conversation's checkpoint write is under way
        other = await service.send("other", "where is order #W6779827?", session_customer_id=ETHAN)
        assert not slow.done()
        assert not (await slow).held
    assert "#W6779827 is pending" in texts(other)
