"""A yes that adds an item to a proposed return (fresh15 F1, F3) writes nothing: an item of the same order is added
and the return proposed again, its own yes returning both; an item of another order is said to be there, and the
plain yes then returns what was proposed. A yes naming the gift card for the refund is written there and said."""

import pytest

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order

IVAN = "ivan_hernandez_6923"  # delivered #W5838674: Espresso Machine, Vacuum Cleaner, Wall Clock, Desk Lamp, Laptop
MASON = "mason_kovacs_3062"  # delivered #W9608525: Sunglasses, Desk Lamp; pending #W1855881 with a Pet Bed


@pytest.mark.parametrize("adding", ["yes and the desk lamp too", "oui, et la lampe de bureau aussi",
                                    "sí, y la lámpara de escritorio también", "ja, und die schreibtischlampe auch"])
async def test_a_yes_adding_an_item_of_the_order_is_proposed_again(service_factory, store: Store,
                                                                   adding: str) -> None:
    async with service_factory() as service:
        await service.send("t1", "order W5838674, i want to return the wall clock", session_customer_id=IVAN)
        again = await service.send("t1", adding, session_customer_id=IVAN)
        async with store.sessions() as session:
            assert (await session.get(Order, "#W5838674")).status is OrderStatus.DELIVERED  # nothing written yet
        done = await service.send("t1", "yes", session_customer_id=IVAN)
    assert "Wall Clock" in texts(again) and "Desk Lamp" in texts(again)
    assert "Wall Clock" in texts(done) and "Desk Lamp" in texts(done)
    async with store.sessions() as session:
        assert (await session.get(Order, "#W5838674")).status is OrderStatus.RETURN_REQUESTED


async def test_an_item_of_another_order_is_said_to_be_there(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("t2", "i want to return the sunglasses from order W9608525", session_customer_id=MASON)
        told = await service.send("t2", "yes and the pet bed too", session_customer_id=MASON)
        async with store.sessions() as session:
            assert (await session.get(Order, "#W9608525")).status is OrderStatus.DELIVERED
        await service.send("t2", "ok then yes", session_customer_id=MASON)
    assert "#W1855881" in texts(told) and "Sunglasses" in texts(told)
    async with store.sessions() as session:
        assert (await session.get(Order, "#W9608525")).status is OrderStatus.RETURN_REQUESTED
        assert (await session.get(Order, "#W1855881")).status is OrderStatus.PENDING


async def test_the_refund_destination_named_with_the_yes_is_said(service_factory) -> None:
    async with service_factory() as service:
        await service.send("t3", "i want to return the backpack", session_customer_id="isabella_johnson_6293")
        done = await service.send("t3", "yes but refund to the gift card", session_customer_id="isabella_johnson_6293")
    assert "registered" in texts(done) and "gift card" in texts(done)
