"""Every order write through the graph, approved and rejected: the store changes only after a yes."""

import pytest
from sqlalchemy import func, select

from tests.conftest import Store
from tools.store.enums import OrderStatus
from tools.store.tables import AuditEvent, Order

# (customer, order, turns that lead to the proposal, status after a yes)
FLOWS = {
    "cancel": ("ethan_lopez_6291", "#W6779827", ["cancel #W6779827 please, I ordered it by mistake"],
               OrderStatus.CANCELLED),
    "address": ("ethan_lopez_6291", "#W6779827",
                ["I need to change the shipping address of order #W6779827",
                 "12 Oak Lane, Apt 3, Portland, OR 97201"], OrderStatus.PENDING),
    "payment": ("ethan_lopez_6291", "#W6779827",
                ["I'd like to pay order #W6779827 with my credit card instead"], OrderStatus.PENDING),
    "items": ("sofia_rossi_8776", "#W5918442",
              ["can I get the action camera in order #W5918442 in black instead?", "item 6117189161"],
              OrderStatus.PENDING_ITEM_MODIFIED),
    "return": ("omar_khan_2363", "#W6304490", ["I want to return the skateboard 6956751343 from #W6304490"],
               OrderStatus.RETURN_REQUESTED),
    "exchange": ("ava_moore_2033", "#W4817420",
                 ["I'd like to exchange the water bottle 6777246137 from #W4817420 for a blue one"],
                 OrderStatus.EXCHANGE_REQUESTED),
}


async def _order(store: Store, order_id: str) -> Order:
    async with store.sessions() as session:
        order = await session.get(Order, order_id)
        return order


@pytest.mark.parametrize("flow", FLOWS)
@pytest.mark.parametrize("answer", ["yes", "no"])
async def test_write_happens_only_after_an_explicit_yes(service_factory, store: Store, flow: str, answer: str) -> None:
    customer, order_id, turns, status_after_yes = FLOWS[flow]
    before = await _order(store, order_id)
    async with service_factory() as service:
        for turn in turns:
            proposal = await service.send(f"{flow}-{answer}", turn, session_customer_id=customer)
        assert proposal.messages[-1]["quick_replies"] == ["Yes", "No"], proposal.messages
        assert (await _order(store, order_id)).status is before.status
        await service.send(f"{flow}-{answer}", answer, session_customer_id=customer)
    after = await _order(store, order_id)
    if answer == "no":
        assert (after.status, after.address1) == (before.status, before.address1)
        async with store.sessions() as session:
            assert not await session.scalar(select(func.count()).select_from(AuditEvent))
        return
    assert after.status is status_after_yes
    async with store.sessions() as session:
        writes = await session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.subject_id == order_id, AuditEvent.action != "confirmation_recorded"))
    assert writes == 1  # exactly one write, audited
    if flow == "address":
        assert (after.address1, after.city, after.zip) == ("12 Oak Lane", "Portland", "97201")


@pytest.mark.parametrize("unclear", ["hmm, maybe", "yes but wait"])
async def test_an_unclear_answer_is_asked_again_and_changes_nothing(service_factory, store: Store,
                                                                  unclear: str) -> None:
    customer, order_id, turns, _ = FLOWS["cancel"]
    async with service_factory() as service:
        await service.send("unclear", turns[0], session_customer_id=customer)
        asked = await service.send("unclear", unclear, session_customer_id=customer)
        assert (await _order(store, order_id)).status is OrderStatus.PENDING
        # a hedge holds the proposal open: it says nothing is changed and keeps the Yes/No of the proposal
        assert any("nothing is changed yet" in message["text"] for message in asked.messages), asked.messages
        assert asked.messages[-1]["quick_replies"] == ["Yes", "No"]
        await service.send("unclear", "Yes", session_customer_id=customer)
    assert (await _order(store, order_id)).status is OrderStatus.CANCELLED
