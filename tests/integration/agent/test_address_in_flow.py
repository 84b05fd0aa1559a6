"""A new address said inside a pending order's item change (address-in-flow-19; fresh18 F1, attack18 A18-2, A18-3):
"only the address" writes the address alone after its own yes, never the item change; an address given with the
method answer is written first, then the item change, under one yes."""

from sqlalchemy import select

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order, OrderItem

OLIVIA = "olivia_sanchez_2914"  # pending #W5101035: one Electric Toothbrush (black); gift card and PayPal saved


async def _order(store: Store) -> tuple[str, OrderStatus, list[str]]:
    async with store.sessions() as session:
        order = await session.get(Order, "#W5101035")
        items = list(await session.scalars(select(OrderItem.item_id).where(OrderItem.order_id == "#W5101035")))
        return order.address1, order.status, items


async def test_only_the_address_writes_the_address_alone(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("b1", "i want the electric toothbrush from order W5101035 in white, refund to paypal",
                           session_customer_id=OLIVIA)
        await service.send("b1", "yes but ship it to 120 Lake Road, Chicago, IL 60601", session_customer_id=OLIVIA)
        alone = await service.send("b1", "only the address please, not the toothbrush", session_customer_id=OLIVIA)
        assert await _order(store) == ("468 Oak Street", OrderStatus.PENDING, ["8798690242"])  # nothing written yet
        await service.send("b1", "yes", session_customer_id=OLIVIA)
    assert "120 Lake Road" in texts(alone)
    assert await _order(store) == ("120 Lake Road", OrderStatus.PENDING, ["8798690242"])  # the item left as it was


async def test_address_with_the_method_answer_goes_first(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("b2", "i want the electric toothbrush from order W5101035 in white",
                           session_customer_id=OLIVIA)
        both = await service.send("b2", "ok paypal. and please ship the whole order to my new address: 12 Oak Lane, "
                                  "Media, PA 19063", session_customer_id=OLIVIA)
        assert (await _order(store))[0] == "468 Oak Street"  # a method answer with an address is no yes
        await service.send("b2", "yes", session_customer_id=OLIVIA)
    assert "12 Oak Lane" in texts(both)
    assert await _order(store) == ("12 Oak Lane", OrderStatus.PENDING_ITEM_MODIFIED, ["2645006275"])
