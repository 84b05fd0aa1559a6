"""Replies follow the customer's language (English, French, Spanish, German templates) with the resolver."""

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order

MIA = "demo_mia_novak"  # #D9000002 is pending




async def test_a_french_customer_is_answered_in_french(shop_service) -> None:
    async with shop_service() as service:
        reply = await service.send("l1", "Bonjour, où en est ma commande #D9000002 ?", session_customer_id=MIA)
    assert "La commande #D9000002 est en attente" in texts(reply)


async def test_a_german_cancellation_is_confirmed_in_german_and_yes_is_understood(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        asked = await service.send("l2", "Ich möchte die Bestellung #D9000002 stornieren, versehentlich bestellt",
                                   session_customer_id=MIA)
        done = await service.send("l2", "ja", session_customer_id=MIA)
    assert "Zur Bestätigung" in texts(asked)
    assert "storniert" in texts(done)
    async with shop.sessions() as session:
        assert (await session.get(Order, "#D9000002")).status is OrderStatus.CANCELLED


async def test_a_short_message_keeps_the_conversation_language(shop_service) -> None:
    async with shop_service() as service:
        await service.send("l3", "Hola, ¿dónde está mi pedido #D9000002?", session_customer_id=MIA)
        reply = await service.send("l3", "ok", session_customer_id=MIA)
    assert reply.messages and all("Sorry" not in m["text"] for m in reply.messages)
