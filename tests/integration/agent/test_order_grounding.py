"""Order conversations grounded against the store (demo shop, resolver): the list of orders in four languages,
the only candidate used without asking, variants by option values, refunds to the method named, questions that
leave nothing to confirm; every write only after a yes, with the grounded arguments."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import AuditEvent, Customer, Order
from tools.store.tables.orders import OrderAdjustment

MIA = "demo_mia_novak"  # #D9000001 delivered (hoodie MH01-M-Black, top WS03-S-Blue), #D9000002 pending jacket
LEO = "demo_leo_martin"  # #D9000003 delivered pants MP01-32-Black, #D9000004 processed shorts; PayPal only




async def _status(store: Store, order_id: str) -> OrderStatus:
    async with store.sessions() as session:
        return (await session.get(Order, order_id)).status


async def _writes(store: Store) -> int:
    async with store.sessions() as session:
        return len((await session.scalars(select(AuditEvent))).all())


async def _adjustment(session, order_id: str) -> OrderAdjustment:
    query = select(OrderAdjustment).where(OrderAdjustment.order_id == order_id)
    return (await session.scalars(query.options(selectinload(OrderAdjustment.lines)))).one()


@pytest.mark.parametrize(
    ("text", "delivered", "pending", "amount"),
    [
        ("could you list all my orders?", "delivered", "pending", "$75.00"),
        ("pouvez-vous me montrer mes commandes ?", "livrée", "en attente", "75,00 $"),
        ("¿me enseñas todos mis pedidos?", "entregado", "pendiente", "75,00 $"),
        ("Zeig mir bitte alle meine Bestellungen", "zugestellt", "offen", "75,00 $"),
    ],
)
async def test_the_list_of_orders_in_four_languages_starts_nothing(
    shop_service, shop: Store, text: str, delivered: str, pending: str, amount: str
) -> None:
    before = await _writes(shop)
    async with shop_service() as service:
        answer = await service.send("list", text, session_customer_id=MIA)
    said = texts(answer)
    assert "#D9000001" in said and "#D9000002" in said
    assert delivered in said and pending in said and amount in said
    assert "Chaz Kangeroo Hoodie" in said and "Stellar Solar Jacket" in said
    assert not answer.messages[-1]["quick_replies"] and await _writes(shop) == before


async def test_a_german_cancel_of_the_only_open_order_reads_the_reason_and_needs_ja(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        asked = await service.send("de", "Ich möchte meine offene Bestellung stornieren", session_customer_id=MIA)
        assert "#D9000002" in texts(asked) and "welche bestellung" not in texts(asked).lower()
        proposal = await service.send("de", "die brauche ich nicht mehr", session_customer_id=MIA)
        assert proposal.messages[-1]["quick_replies"] and await _status(shop, "#D9000002") is OrderStatus.PENDING
        done = await service.send("de", "ja", session_customer_id=MIA)
    assert "storniert" in texts(done)
    async with shop.sessions() as session:
        order = await session.get(Order, "#D9000002")
    assert order.status is OrderStatus.CANCELLED and order.cancel_reason == "no longer needed"


async def test_an_exchange_keeps_the_size_asked_and_names_old_and_new(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        proposal = await service.send("ex", "could I exchange my pants for a 34 in black?", session_customer_id=LEO)
        said = texts(proposal)
        assert "size 32" in said and "size 34" in said and "yes or no" in said
        assert await _status(shop, "#D9000003") is OrderStatus.DELIVERED
        await service.send("ex", "yes", session_customer_id=LEO)
        status = await service.send("ex", "what's the status of order D9000003?", session_customer_id=LEO)
    async with shop.sessions() as session:
        adjustment = await _adjustment(session, "#D9000003")
    assert [line.new_item_id for line in adjustment.lines] == ["MP01-34-Black"]
    assert "exchange requested" not in texts(status) and "exchange under way" in texts(status)


async def test_the_green_version_of_a_sku_keeps_its_size(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        proposal = await service.send("sku", "please swap MH01-M-Black for the orange version",
                                      session_customer_id=MIA)
        assert "size M, colour Orange" in texts(proposal)
        await service.send("sku", "yes", session_customer_id=MIA)
    async with shop.sessions() as session:
        adjustment = await _adjustment(session, "#D9000001")
    assert [line.new_item_id for line in adjustment.lines] == ["MH01-M-Orange"]


async def test_a_refund_goes_to_the_method_named_and_a_stale_proposal_is_never_redeemed(
    shop_service, shop: Store
) -> None:
    async with shop_service() as service:
        first = await service.send("rf", "I want to send back the workout top", session_customer_id=MIA)
        assert "Visa ending 4242" in texts(first) and "credit_card_9000001" not in texts(first)
        second = await service.send("rf", "actually could it go on my gift card instead of the visa?",
                                    session_customer_id=MIA)
        assert "gift card (balance $50.00)" in texts(second)
        await service.send("rf", "yes", session_customer_id=MIA)
    async with shop.sessions() as session:
        adjustment = await _adjustment(session, "#D9000001")
    assert adjustment.payment_method_id == "gift_card_9000001"
    assert [line.old_item_id for line in adjustment.lines] == ["WS03-S-Blue"]


async def test_a_question_after_a_proposal_leaves_no_yes_to_redeem(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await service.send("q", "I'd like to return the hoodie from order 9000001", session_customer_id=MIA)
        asked = await service.send("q", "hmm, which of my cards can the refund go to? maybe my credit card",
                                   session_customer_id=MIA)
        assert not asked.messages[-1]["quick_replies"] or "yes or no" in texts(asked)
        await service.send("q", "ok", session_customer_id=MIA)
    if not asked.messages[-1]["quick_replies"]:
        assert await _status(shop, "#D9000001") is OrderStatus.DELIVERED


async def test_a_spanish_address_change_asks_for_the_address_and_cancels_nothing(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        asked = await service.send("es", "quiero cambiar la dirección de envío de mi pedido pendiente",
                                   session_customer_id=MIA)
    assert "#D9000002" in texts(asked) and "dirección" in texts(asked).lower()
    assert not asked.messages[-1]["quick_replies"]
    assert await _status(shop, "#D9000002") is OrderStatus.PENDING


async def test_an_address_change_said_after_an_order_is_that_orders_and_is_written_after_si(
    shop_service, shop: Store
) -> None:
    async with shop_service() as service:
        await service.send("addr", "¿en qué estado está mi pedido D9000002?", session_customer_id=MIA)
        asked = await service.send("addr", "cambiar la dirección", session_customer_id=MIA)
        assert "#D9000002" in texts(asked) and not asked.messages[-1]["quick_replies"]
        proposal = await service.send("addr", "9 Pine Road, Eugene, OR 97401", session_customer_id=MIA)
        assert "9 Pine Road" in texts(proposal) and proposal.messages[-1]["quick_replies"]
        await service.send("addr", "sí", session_customer_id=MIA)
    async with shop.sessions() as session:
        order = await session.get(Order, "#D9000002")
        customer_zip = (await session.get(Customer, MIA)).zip
    assert (order.address1, order.zip, order.status) == ("9 Pine Road", "97401", OrderStatus.PENDING)
    assert customer_zip == "94107"  # the account's own address is not touched


async def test_an_order_found_by_its_item_stays_chosen_for_the_next_turns(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        first = await service.send("it", "I want to change the jacket to a large", session_customer_id=MIA)
        assert "#D9000002" in texts(first) and "size L" in texts(first)
        again = await service.send("it", "hmm, what about a small?", session_customer_id=MIA)
        assert "#D9000002" in texts(again) and "size S," in texts(again)
        await service.send("it", "yes", session_customer_id=MIA)
    async with shop.sessions() as session:
        adjustment = await _adjustment(session, "#D9000002")
    assert [line.new_item_id for line in adjustment.lines] == ["WJ01-S-Blue"]
