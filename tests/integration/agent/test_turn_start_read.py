"""A turn reads its conversation's checkpoint from the database once (assistant/checkpoints.py)."""

from collections import Counter

import pytest
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from assistant.checkpoints import SqliteCheckpoints

ETHAN = "ethan_lopez_6291"


@pytest.fixture
def database_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Reads that reach the SQLite saver underneath the turn-start memo, by thread."""
    reads: Counter[str] = Counter()
    read = AsyncSqliteSaver.aget_tuple

    async def counted(self, config):  # type: ignore[no-untyped-def]
        reads[config["configurable"]["thread_id"]] += 1
        return await read(self, config)

    monkeypatch.setattr(AsyncSqliteSaver, "aget_tuple", counted)
    return reads


async def test_each_turn_reads_its_checkpoint_once(service_factory, database_reads: Counter[str]) -> None:
    async with service_factory() as service:
        assert isinstance(service.checkpointer, SqliteCheckpoints)
        first = await service.send("c1", "where is order #W6779827?", session_customer_id=ETHAN)
        second = await service.send("c1", "and is it shipped yet? order #W6779827", session_customer_id=ETHAN)
    assert "#W6779827" in first.messages[-1]["text"] and "#W6779827" in second.messages[-1]["text"]
    assert database_reads["c1"] == 2  # one per turn, not two


async def test_the_second_turn_starts_from_the_first_turns_state(service_factory, database_reads) -> None:
    """The remembered read is the one the turn started from; the next turn reads the checkpoint anew."""
    async with service_factory() as service:
        await service.send("c2", "where is order #W6779827?", session_customer_id=ETHAN)
        await service.send("c2", "thanks!", session_customer_id=ETHAN)
        state = await service.graph.aget_state(service._config("c2"))
    customer_turns = [t["text"] for t in state.values["transcript"] if t["role"] == "customer"]
    assert customer_turns == ["where is order #W6779827?", "thanks!"]


async def test_an_escalated_conversation_is_seen_as_paused_from_the_one_read(service_factory, database_reads) -> None:
    async with service_factory() as service:
        escalated = await service.send("c3", "I want to speak to a human agent please", session_customer_id=ETHAN)
        assert escalated.waiting_for_agent
        reads_before = database_reads["c3"]
        held = await service.send("c3", "are you there?", session_customer_id=ETHAN)
        assert database_reads["c3"] == reads_before + 1
        snapshot = await service.graph.aget_state(service._config("c3"))
    assert held.waiting_for_agent and snapshot.interrupts  # the message went to the ticket, still paused
