"""A turn reads the orders its own request needs: once an order was discussed, a message naming another order does
not read the discussed one as well (steps/order_item_focus.py reads it only for a follow-up about its item)."""

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from tools.registry import tool_call_recorder
from tools.verification import GuestRule

ETHAN = "ethan_lopez_6291"
DISCUSSED, NAMED = "#W6779827", "#W6426438"
# (the first status question, a status question naming another order), in four languages
TURNS = {
    "en": (f"where is order {DISCUSSED}?", f"and where is my order {NAMED} now?"),
    "fr": (f"où en est ma commande {DISCUSSED} ?", f"et ma commande {NAMED}, elle en est où ?"),
    "es": (f"¿dónde está mi pedido {DISCUSSED}?", f"¿y dónde está mi pedido {NAMED}?"),
    "de": (f"wo ist meine Bestellung {DISCUSSED}?", f"und wo ist meine Bestellung {NAMED}?"),
}


@pytest.fixture
def tool_calls() -> Iterator[list[dict[str, Any]]]:
    calls: list[dict[str, Any]] = []
    token = tool_call_recorder.set(calls)
    yield calls
    tool_call_recorder.reset(token)


@asynccontextmanager
async def patient_service(store: Any, resolver: Any, tmp_path: Path) -> AsyncIterator[ConversationService]:
    """The tau store and resolver of `service_factory`, with a turn deadline a loaded test host cannot reach (the
    test counts reads; a held first turn would read nothing)."""
    async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
        deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret", guest_rule=GuestRule.TAU)
        yield ConversationService(deps, saver, turn_deadline_s=120.0)


@pytest.mark.parametrize("language", TURNS)
async def test_a_turn_naming_another_order_reads_only_that_order(store, resolver, tmp_path: Path, tool_calls,
                                                                 language: str) -> None:
    first, second = TURNS[language]
    async with patient_service(store, resolver, tmp_path) as service:
        answered = await service.send(f"reads-{language}", first, session_customer_id=ETHAN)
        assert DISCUSSED in answered.messages[-1]["text"]
        first_reads = len(tool_calls)
        tool_calls.clear()
        result = await service.send(f"reads-{language}", second, session_customer_id=ETHAN)
    assert NAMED in result.messages[-1]["text"] and DISCUSSED not in result.messages[-1]["text"]
    details = [call["arguments"]["order_id"] for call in tool_calls if call["name"] == "get_order_details"]
    assert details and set(details) == {NAMED}  # the order discussed before is not read again
    assert len(tool_calls) == first_reads  # no more reads than the same question with nothing discussed
