"""A yes to a pending order's item change that sends it to another address (yes-with-extra-18, fresh17 F2) writes
nothing on that turn: both changes are proposed, and the next yes writes the address first, then the item change (an
item change closes the order to any later change). When the address can no longer be written, nothing is."""

from sqlalchemy import select

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order, OrderItem

OLIVIA = "olivia_sanchez_2914"  # pending #W5101035: one Electric Toothbrush (black), paid with PayPal
REQUEST = "i want the electric toothbrush from order W5101035 in white, refund to paypal"
YES_AND_ADDRESS = "yes but ship it to 120 Lake Road, Chicago, IL 60601"


async def _items(store: Store) -> list[str]:
    async with store.sessions() as session:
        return list(await session.scalars(select(OrderItem.item_id).where(OrderItem.order_id == "#W5101035")))


async def test_both_proposed_then_the_address_written_before_the_items(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("a1", REQUEST, session_customer_id=OLIVIA)
        both = await service.send("a1", YES_AND_ADDRESS, session_customer_id=OLIVIA)
        async with store.sessions() as session:
            order = await session.get(Order, "#W5101035")
            assert order.status is OrderStatus.PENDING and order.address1 != "120 Lake Road"  # nothing written yet
        done = await service.send("a1", "yes", session_customer_id=OLIVIA)
    assert "120 Lake Road" in texts(both) and "Electric Toothbrush" in texts(both)
    assert "120 Lake Road" in texts(done) and "Electric Toothbrush" in texts(done)
    async with store.sessions() as session:
        order = await session.get(Order, "#W5101035")
        assert (order.address1, order.zip) == ("120 Lake Road", "60601")
        assert order.status is OrderStatus.PENDING_ITEM_MODIFIED
    assert await _items(store) == ["2645006275"]


async def test_no_item_change_when_the_address_cannot_be_written(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("a2", REQUEST, session_customer_id=OLIVIA)
        await service.send("a2", YES_AND_ADDRESS, session_customer_id=OLIVIA)
        async with store.sessions() as session, session.begin():
            (await session.get(Order, "#W5101035")).status = OrderStatus.PROCESSED  # shipped meanwhile
        await service.send("a2", "yes", session_customer_id=OLIVIA)
    async with store.sessions() as session:
        order = await session.get(Order, "#W5101035")
        assert order.status is OrderStatus.PROCESSED and order.address1 != "120 Lake Road"
    assert await _items(store) == ["8798690242"]
