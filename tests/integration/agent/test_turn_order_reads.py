"""A turn reads the orders its own request needs: once an order was discussed, a message naming another order does
not read the discussed one as well (steps/order_item_focus.py reads it only for a follow-up about its item)."""

from collections.abc import Iterator
from typing import Any

import pytest

from tools.registry import tool_call_recorder

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


@pytest.mark.parametrize("language", TURNS)
async def test_a_turn_naming_another_order_reads_only_that_order(service_factory, tool_calls, language: str) -> None:
    first, second = TURNS[language]
    async with service_factory() as service:
        answered = await service.send(f"reads-{language}", first, session_customer_id=ETHAN)
        assert DISCUSSED in answered.messages[-1]["text"]
        first_reads = len(tool_calls)
        tool_calls.clear()
        result = await service.send(f"reads-{language}", second, session_customer_id=ETHAN)
    assert NAMED in result.messages[-1]["text"] and DISCUSSED not in result.messages[-1]["text"]
    details = [call["arguments"]["order_id"] for call in tool_calls if call["name"] == "get_order_details"]
    assert details and set(details) == {NAMED}  # the order discussed before is not read again
    assert len(tool_calls) == first_reads  # no more reads than the same question with nothing discussed
