"""A request to swap an item of an order that can no longer be swapped is refused with the order's true reason,
whichever word the customer used for the swap (fresh-eyes pass 9, class C2): "change" on an order with a return
under way was told "only while pending", "exchange" on an order changed once "only while delivered", and a change
of a processed order "only while delivered". Mia's #D9000002 holds the Stellar Solar Jacket (pending), her
#D9000001 the Chaz hoodie (delivered)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order

MIA = "demo_mia_novak"
JACKET, HOODIE = "#D9000002", "#D9000001"
# What each wrong reason says, in every language: "only while an order is <status>".
WRONG_REASON = ("only be done while an order is", "solange eine Bestellung", "cuando un pedido está",
                "tant que la commande")


@pytest.mark.parametrize(("order_id", "status", "text", "said"), [
    # a return or exchange under way: the order is delivered, one return or exchange per order
    (HOODIE, OrderStatus.RETURN_REQUESTED, "can I change the hoodie to a large?", "already has a return"),
    (HOODIE, OrderStatus.RETURN_REQUESTED, "quiero cambiar la sudadera por una talla L", "devolución en curso"),
    (HOODIE, OrderStatus.EXCHANGE_REQUESTED, "Ich möchte den Hoodie in Größe L ändern", "Umtausch"),
    (HOODIE, OrderStatus.EXCHANGE_REQUESTED, "je voudrais échanger le sweat contre une taille L", "échange"),
    # items changed once: no further change, whatever the verb
    (JACKET, OrderStatus.PENDING_ITEM_MODIFIED, "I want to exchange the jacket for a small", "already been changed"),
    (JACKET, OrderStatus.PENDING_ITEM_MODIFIED, "quiero cambiar la chaqueta Stellar por una talla S", "ya se"),
    (JACKET, OrderStatus.PENDING_ITEM_MODIFIED, "die Stellar Jacke bitte gegen eine in S umtauschen", "bereits"),
    # processed: too late to change, too early to exchange
    (JACKET, OrderStatus.PROCESSED, "exchange my Stellar jacket for a small please", "being processed"),
    (JACKET, OrderStatus.PROCESSED, "Ich möchte meine Stellar Jacke in Größe S umtauschen", "in Bearbeitung"),
    (JACKET, OrderStatus.PROCESSED, "je voudrais ma veste Stellar en taille S", "en préparation"),
    (JACKET, OrderStatus.PROCESSED, "quisiera la chaqueta Stellar en talla S", "en preparación"),
])
async def test_a_swap_that_cannot_be_done_is_refused_for_its_true_reason(
        shop_service, shop: Store, order_id: str, status: OrderStatus, text: str, said: str) -> None:
    async with shop.sessions() as session, session.begin():
        await session.execute(update(Order).where(Order.id == order_id).values(status=status))
    async with shop_service() as service:
        result = await service.send("refused-swap", text, session_customer_id=MIA)
    replies = texts(result)
    assert not any(wrong in replies for wrong in WRONG_REASON), replies
    assert said.lower() in replies.lower(), replies
