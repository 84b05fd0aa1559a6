"""Customer scope, explicit confirmation and idempotent writes, on both databases."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.conftest import Store
from tools import orders
from tools.arguments import CancelPendingOrder, OrderReference, ReturnDeliveredOrderItems
from tools.confirmations import ProposedAction, record_confirmation
from tools.context import Actor, ToolContext
from tools.errors import NotAuthorized, NotConfirmed, OrderNotFound
from tools.registry import invoke_tool
from tools.store.enums import OrderStatus
from tools.store.tables import AuditEvent, Order, PaymentMethod, PaymentTransaction

ETHAN = "ethan_lopez_6291"  # owns pending #W6779827, paid with gift_card_7219486 (balance 49)
SOFIA = "sofia_rossi_8776"  # owns pending #W5918442
ETHANS_ORDER = "#W6779827"
CANCEL = CancelPendingOrder(order_id=ETHANS_ORDER, reason="no longer needed")


async def _status(store: Store, order_id: str) -> OrderStatus:
    async with store.sessions() as session:
        return (await session.get(Order, order_id)).status


async def _confirm(store: Store, customer: str, action: ProposedAction, **kwargs) -> str:
    async with store.sessions() as session, session.begin():
        return await record_confirmation(ToolContext(session, Actor.customer(customer)), action, **kwargs)


async def test_another_customers_order_is_not_found(store: Store) -> None:
    async with store.sessions() as session:
        ctx = ToolContext(session, Actor.customer(SOFIA))
        with pytest.raises(OrderNotFound):
            await orders.get_order_details(ctx, OrderReference(order_id=ETHANS_ORDER))
        listed = await orders.list_orders(ctx)
    assert ETHANS_ORDER not in {o.order_id for o in listed}
    assert "#W5918442" in {o.order_id for o in listed}


async def test_another_customer_cannot_cancel_even_with_their_own_yes(store: Store) -> None:
    token = await _confirm(store, SOFIA, ProposedAction.of("cancel_pending_order", CANCEL))
    async with store.sessions() as session:
        with pytest.raises(OrderNotFound):
            async with session.begin():
                await orders.cancel_pending_order(
                    ToolContext(session, Actor.customer(SOFIA)), CANCEL, confirmation=token
                )
    assert await _status(store, ETHANS_ORDER) is OrderStatus.PENDING


async def test_customer_tools_need_a_verified_customer(store: Store) -> None:
    async with store.sessions() as session:
        with pytest.raises(NotAuthorized):
            await orders.list_orders(ToolContext(session, Actor.anonymous()))


@pytest.mark.parametrize("token", [None, "made-up-token"])
async def test_write_without_a_recorded_yes_is_refused(store: Store, token: str | None) -> None:
    async with store.sessions() as session:
        with pytest.raises(NotConfirmed):
            async with session.begin():
                await orders.cancel_pending_order(
                    ToolContext(session, Actor.customer(ETHAN)), CANCEL, confirmation=token
                )
    assert await _status(store, ETHANS_ORDER) is OrderStatus.PENDING


async def test_a_yes_for_other_arguments_does_not_authorise_this_write(store: Store) -> None:
    other = CancelPendingOrder(order_id=ETHANS_ORDER, reason="ordered by mistake")
    token = await _confirm(store, ETHAN, ProposedAction.of("cancel_pending_order", other))
    async with store.sessions() as session:
        with pytest.raises(NotConfirmed):
            async with session.begin():
                await orders.cancel_pending_order(
                    ToolContext(session, Actor.customer(ETHAN)), CANCEL, confirmation=token
                )
    assert await _status(store, ETHANS_ORDER) is OrderStatus.PENDING


async def test_an_expired_yes_is_refused(store: Store) -> None:
    token = await _confirm(
        store, ETHAN, ProposedAction.of("cancel_pending_order", CANCEL), ttl=timedelta(seconds=-1)
    )
    async with store.sessions() as session:
        with pytest.raises(NotConfirmed):
            async with session.begin():
                await orders.cancel_pending_order(
                    ToolContext(session, Actor.customer(ETHAN)), CANCEL, confirmation=token
                )


async def test_rerunning_a_confirmed_write_returns_the_first_result_without_acting_twice(
    store: Store,
) -> None:
    token = await _confirm(store, ETHAN, ProposedAction.of("cancel_pending_order", CANCEL))
    results = []
    for _ in range(2):  # e.g. LangGraph re-running the node after a crash, with the same token in state
        async with store.sessions() as session, session.begin():
            results.append(
                await orders.cancel_pending_order(
                    ToolContext(session, Actor.customer(ETHAN)), CANCEL, confirmation=token
                )
            )
    assert results[0] == results[1]
    assert results[0].status is OrderStatus.CANCELLED
    async with store.sessions() as session:
        refunds = await session.scalar(
            select(func.count())
            .select_from(PaymentTransaction)
            .where(
                PaymentTransaction.order_id == ETHANS_ORDER, PaymentTransaction.transaction_type == "refund"
            )
        )
        card = await session.get(PaymentMethod, "gift_card_7219486")
    assert refunds == 1
    assert card.balance_cents == 4900 + results[0].payment_history[0].amount_cents


async def test_refused_write_leaves_state_and_the_yes_unused(store: Store) -> None:
    # Delivered order of another shape: returns to a foreign payment method are refused by policy.
    args = ReturnDeliveredOrderItems(
        order_id="#W6304490", item_ids=["6956751343"], payment_method_id="paypal_0000000"
    )
    token = await _confirm(store, "omar_khan_2363", ProposedAction.of("return_delivered_order_items", args))
    async with store.sessions() as session:
        ctx = ToolContext(session, Actor.customer("omar_khan_2363"))
        result = await invoke_tool("return_delivered_order_items", ctx, args.model_dump(), confirmation=token)
        await session.commit()
    assert not result.ok and "not found" in result.error
    assert await _status(store, "#W6304490") is OrderStatus.DELIVERED


async def test_every_write_leaves_an_audit_event(store: Store) -> None:
    token = await _confirm(store, ETHAN, ProposedAction.of("cancel_pending_order", CANCEL))
    async with store.sessions() as session, session.begin():
        await orders.cancel_pending_order(
            ToolContext(session, Actor.customer(ETHAN)), CANCEL, confirmation=token
        )
    async with store.sessions() as session:
        events = (await session.scalars(select(AuditEvent).order_by(AuditEvent.id))).all()
    assert [(e.action, e.actor_id) for e in events] == [
        ("confirmation_recorded", ETHAN),
        ("cancel_pending_order", ETHAN),
    ]
    assert events[1].subject_id == ETHANS_ORDER


async def test_tool_boundary_validates_arguments_and_allowlist(store: Store) -> None:
    async with store.sessions() as session:
        ctx = ToolContext(session, Actor.customer(ETHAN))
        bad = await invoke_tool("cancel_pending_order", ctx, {"order_id": ETHANS_ORDER, "reason": "because"})
        blocked = await invoke_tool(
            "cancel_pending_order", ctx, CANCEL.model_dump(), allowed={"get_order_details"}
        )
        read = await invoke_tool("get_order_details", ctx, {"order_id": "W6779827"})
    assert not bad.ok and "reason" in bad.error
    assert not blocked.ok and "not available" in blocked.error
    assert read.ok and read.data["order_id"] == ETHANS_ORDER and read.data["status"] == "pending"
