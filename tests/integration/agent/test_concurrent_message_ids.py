"""Every accepted message id is recorded, also when sends race (attacker pass: a double-tapped "yes").

Two "yes" sent at once with their own ids both answer the same proposal; a client that lost the first response
retries with that id later. Whichever turn's checkpoint won the race, the retry must run nothing: a replayed
"yes" never confirms a proposal made since (here: a cancellation). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order

ETHAN, ORDER = "ethan_lopez_6291", "#W6779827"  # pending
FIRST_PROPOSAL = "I'd like to pay order #W6779827 with my credit card instead"
SECOND_PROPOSAL = "cancel #W6779827 please, I ordered it by mistake"


async def _status(store: Store, order_id: str) -> OrderStatus:
    async with store.sessions() as session:
        return (await session.get(Order, order_id)).status


async def _tapped(service, conversation_id: str, ids: list[str]) -> list[str]:  # noqa: ANN001
    sends = [service.send(conversation_id, "Yes", session_customer_id=ETHAN, message_id=i) for i in ids]
    return [texts(result) for result in await asyncio.gather(*sends)]


async def _retries_after_a_new_proposal(service, store: Store, conversation_id: str, ids: list[str]) -> None:  # noqa: ANN001
    proposal = await service.send(conversation_id, SECOND_PROPOSAL, session_customer_id=ETHAN, message_id="ask-2")
    assert proposal.messages[-1]["quick_replies"] == ["Yes", "No"], proposal.messages
    for message_id in ids:
        retried = texts(await service.send(conversation_id, "Yes", session_customer_id=ETHAN, message_id=message_id))
        assert "already answered" in retried, (message_id, retried)
        assert await _status(store, ORDER) is OrderStatus.PENDING, message_id


async def test_a_double_tapped_yes_retried_after_a_new_proposal_confirms_nothing(service_factory, store: Store
                                                                                 ) -> None:  # noqa: ANN001
    async with service_factory() as service:
        await service.send("tap-2", FIRST_PROPOSAL, session_customer_id=ETHAN, message_id="ask-1")
        await _tapped(service, "tap-2", ["tap-0", "tap-1"])
        await _retries_after_a_new_proposal(service, store, "tap-2", ["tap-0", "tap-1"])


async def test_four_concurrent_ids_are_all_recorded(service_factory, store: Store) -> None:  # noqa: ANN001
    taps = [f"tap-{n}" for n in range(4)]
    async with service_factory() as service:
        await service.send("tap-4", FIRST_PROPOSAL, session_customer_id=ETHAN, message_id="ask-1")
        await _tapped(service, "tap-4", taps)
        await _retries_after_a_new_proposal(service, store, "tap-4", taps)


async def test_ids_recorded_by_one_replica_hold_on_another(service_factory, store: Store) -> None:  # noqa: ANN001
    """Two services on the same store and checkpoints (two replicas, or a restart): the record is the store's."""
    async with service_factory() as first, service_factory() as second:
        await first.send("tap-r", FIRST_PROPOSAL, session_customer_id=ETHAN, message_id="ask-1")
        await asyncio.gather(first.send("tap-r", "Yes", session_customer_id=ETHAN, message_id="tap-0"),
                             second.send("tap-r", "Yes", session_customer_id=ETHAN, message_id="tap-1"))
        await _retries_after_a_new_proposal(second, store, "tap-r", ["tap-0", "tap-1"])
