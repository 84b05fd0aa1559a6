"""A status question's reads of the store share one read transaction: the order step reads the customer's orders
and then the one named inside it (`CustomerReader.one_transaction`), not one transaction each. Every connection
checkout, BEGIN and COMMIT is a trip through aiosqlite's thread (issue 17's CPU budget per text turn)."""

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from tools.registry import tool_call_recorder
from tools.store.engine import READ_ONLY
from tools.verification import GuestRule

ETHAN = "ethan_lopez_6291"
ORDER = "#W6779827"
QUESTIONS = {"en": f"where is my order {ORDER}?", "fr": f"où en est ma commande {ORDER} ?",
             "es": f"¿dónde está mi pedido {ORDER}?", "de": f"wo ist meine Bestellung {ORDER}?"}


@pytest.mark.parametrize("language", QUESTIONS)
async def test_a_status_question_reads_the_orders_in_one_transaction(store: Any, resolver: Any, tmp_path: Path,
                                                                     language: str) -> None:
    reads: list[bool] = []

    def began(connection: Any) -> None:
        reads.append(bool(connection.get_execution_options().get(READ_ONLY)))

    calls: list[dict[str, Any]] = []
    token = tool_call_recorder.set(calls)
    event.listen(store.engine.sync_engine, "begin", began)
    try:
        async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
            deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret", guest_rule=GuestRule.TAU)
            service = ConversationService(deps, saver, turn_deadline_s=120.0)
            result = await service.send(f"tx-{language}", QUESTIONS[language], session_customer_id=ETHAN)
            await service.wind_down()
    finally:
        event.remove(store.engine.sync_engine, "begin", began)
        tool_call_recorder.reset(token)
    assert ORDER in result.messages[-1]["text"]
    names = [call["name"] for call in calls]
    assert names[:2] == ["list_orders", "get_order_details"] and all(call["ok"] for call in calls)
    assert reads.count(True) == 1  # both reads (and any other of the step) in one read transaction
