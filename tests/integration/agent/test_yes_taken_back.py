"""A yes whose own words refuse the write writes nothing (attack15 #1: "yes I do not want to cancel" cancelled the
order): the proposal is asked again, in every language, and the order stays as it was. A yes that gives a reason
("yes I no longer need it") still agrees."""

import pytest

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order

ETHAN = "ethan_lopez_6291"  # pending #W6779827, #W6426438, #W8073920, #W9409203


@pytest.mark.parametrize(("ask", "taken_back"), [
    ("cancel order #W8073920, I no longer need it", "yes I do not want to cancel"),
    ("cancel order #W8073920 please", "yes i dont want that"),
    ("annulez la commande #W8073920, je n'en ai plus besoin", "oui, je ne veux pas l'annuler"),
    ("cancela el pedido #W8073920, ya no lo necesito", "sí, no quiero cancelarlo"),
    ("bitte die Bestellung #W8073920 stornieren, brauche ich nicht mehr", "ja, das will ich nicht"),
])
async def test_a_yes_taken_back_writes_nothing(service_factory, store: Store, ask: str, taken_back: str) -> None:
    async with service_factory() as service:
        asked = await service.send("t1", ask, session_customer_id=ETHAN)
        again = await service.send("t1", taken_back, session_customer_id=ETHAN)
    assert "#W8073920" in texts(asked)
    assert "#W8073920" in texts(again)  # the proposal is shown again for a plain yes or no
    async with store.sessions() as session:
        assert (await session.get(Order, "#W8073920")).status is OrderStatus.PENDING


async def test_a_yes_with_a_reason_still_cancels(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("t2", "cancel order #W8073920", session_customer_id=ETHAN)
        await service.send("t2", "yes, I no longer need it", session_customer_id=ETHAN)
    async with store.sessions() as session:
        assert (await session.get(Order, "#W8073920")).status is OrderStatus.CANCELLED
