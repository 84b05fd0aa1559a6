"""`vitrine demo` prints the demo orders as the store holds them, not as they were seeded."""

from sqlalchemy import update

from assistant.commands.demo import stored_order_states
from tests.conftest import Store
from tools.store.enums import OrderStatus
from tools.store.tables import Order


async def test_a_store_used_before_shows_its_changed_orders(shop: Store) -> None:
    async with shop.sessions() as session, session.begin():
        await session.execute(update(Order).where(Order.id == "#D9000002").values(status=OrderStatus.CANCELLED))
    async with shop.sessions() as session:
        states = await stored_order_states(session, ["#D9000001", "#D9000002", "#X"])
    assert states == {"#D9000001": "delivered", "#D9000002": "cancelled"}
