"""Wording the customer notices (issue 20): order-number hints from the customer's own orders, thanks that come
with a question, and what the assistant says once an agent has replied; in en, fr, es and de."""

from __future__ import annotations

import pytest

from tests.integration.agent.reply_text import texts

MIA = "demo_mia_novak"  # #D9000001 delivered, #D9000002 pending
MIA_ORDERS = ("#D9000001", "#D9000002")
GOODBYES = ("Thanks for shopping", "Merci pour votre visite", "Gracias por su compra", "Danke für Ihren Einkauf")




@pytest.mark.parametrize(("conversation", "text"), [
    ("id-en", "where is my order #W1234567?"),
    ("id-fr", "où en est ma commande #W7654321 ?"),
    ("id-es", "¿dónde está mi pedido #D1111111?"),
    ("id-de", "Wo ist meine Bestellung #W2222222?"),
])
async def test_an_unknown_order_number_is_answered_with_the_customers_own_numbers(shop_service, conversation: str,
                                                                                  text: str) -> None:
    async with shop_service() as service:
        reply = texts(await service.send(conversation, text, session_customer_id=MIA))
    assert any(order_id in reply for order_id in MIA_ORDERS), reply
    assert "#W1234567." not in reply


@pytest.mark.parametrize(("conversation", "first", "then"), [
    ("ty-fr", "où en est ma commande #D9000002 ?", "merci ! et quand arrive-t-il ?"),
    ("ty-en", "where is my order #D9000002?", "thanks! and when will it arrive?"),
    ("ty-es", "¿dónde está mi pedido #D9000002?", "¡gracias! ¿y cuándo llega?"),
    ("ty-de", "Wo ist meine Bestellung #D9000002?", "Danke! Und wann kommt sie an?"),
    ("ty-fr2", "où en est ma commande #D9000002 ?", "super, merci beaucoup. Je peux encore l'annuler ?"),
    ("ty-en2", "where is my order #D9000002?", "thank you so much! can I still cancel it?"),
    ("ty-es2", "¿dónde está mi pedido #D9000002?", "muchas gracias, ¿todavía puedo cancelarlo?"),
])
async def test_thanks_that_come_with_a_question_get_the_question_answered(shop_service, conversation: str,
                                                                        first: str, then: str) -> None:
    async with shop_service() as service:
        await service.send(conversation, first, session_customer_id=MIA)
        reply = texts(await service.send(conversation, then, session_customer_id=MIA))
    assert not any(goodbye in reply for goodbye in GOODBYES), reply
    assert "#D9000002" in reply, reply


@pytest.mark.parametrize(("conversation", "text"), [
    ("bye-fr", "merci beaucoup, au revoir"), ("bye-en", "thanks, bye!"), ("bye-es", "muchas gracias, adiós"),
    ("bye-de", "vielen Dank, tschüss")])
async def test_thanks_alone_are_still_a_goodbye(shop_service, conversation: str, text: str) -> None:
    async with shop_service() as service:
        await service.send(conversation, "where is my order #D9000002?", session_customer_id=MIA)
        reply = texts(await service.send(conversation, text, session_customer_id=MIA))
    assert any(goodbye in reply for goodbye in GOODBYES), reply


async def test_once_an_agent_has_replied_the_turn_says_so(shop_service) -> None:
    async with shop_service() as service:
        handed = await service.send("ag1", "I want to talk to a human", session_customer_id=MIA)
        assert handed.waiting_for_agent and handed.agent_name is None
        await service.agent_reply("ag1", "agent_ana", "Hi, Ana here: looking into it.", agent_name="Ana Silva")
        after = await service.send("ag1", "thanks, any news?", session_customer_id=MIA)
    assert after.waiting_for_agent and after.agent_name == "Ana Silva"
