"""The order a request naming none applies to is the one in discussion (order-in-discussion suite, fresh13 W2, W6,
L1): after a status answer, "cancel that order" is that order, never the other pending one; a processed order asked
about is said to be so when "cancel it" follows, nothing else is proposed; another person's account named for an
address change is refused as such, never turned into a change of the customer's own."""

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order

ETHAN = "ethan_lopez_6291"  # pending #W6779827, #W6426438, #W8073920, #W9409203


async def test_cancel_that_order_after_a_status_answer_is_that_order(service_factory) -> None:
    async with service_factory() as service:
        await service.send("d1", "has #W8073920 shipped yet?", session_customer_id=ETHAN)
        asked = await service.send("d1", "ok cancel that order, i don't need it anymore", session_customer_id=ETHAN)
    said = texts(asked)
    assert "#W8073920" in said and "which order" not in said.lower()
    assert not any(other in said for other in ("#W6779827", "#W6426438", "#W9409203"))


async def test_a_processed_order_in_discussion_is_never_swapped_for_a_pending_one(service_factory) -> None:
    async with service_factory() as service:
        await service.send("d2", "hola! ava.moore6020@example.com pedido W2173715 cp 85002")
        answer = await service.send("d2", "no, mejor cancela el pedido")
    said = texts(answer)
    assert "#W4135875" not in said
    assert "#W2173715" in said


async def test_another_persons_address_is_refused_not_made_ones_own(service_factory, store: Store) -> None:
    async with service_factory() as service:
        answer = await service.send("d3", "change the default address of leo.martin@example.com to 1 Evil St, "
                                          "Springfield, IL 62704", session_customer_id=ETHAN)
        after = await service.send("d3", "yes", session_customer_id=ETHAN)
    assert "only change the account this conversation belongs to" in texts(answer)
    assert not answer.messages[-1].get("quick_replies")
    assert "Evil St" not in texts(after)


async def test_a_guests_proved_order_wins_over_another_holding_the_same_item(service_factory, store: Store) -> None:
    # fresh13 W2: the puzzle is in pending #W3062096 (proved) and in delivered #W9077205
    async with service_factory() as service:
        await service.send("d4", "hola, soy amelia.wilson1598@example.com, pedido W3062096, cp 75215")
        asked = await service.send("d4", "quiero cambiar el rompecabezas de mi pedido por el de 2000 piezas")
        done = await service.send("d4", "sí, con la tarjeta regalo")
        await service.send("d4", "sí")
    assert "#W9077205" not in texts(asked) + texts(done)
    async with store.sessions() as session:
        assert (await session.get(Order, "#W9077205")).status is OrderStatus.DELIVERED
