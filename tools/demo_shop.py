"""Demo customers with orders of catalog products (needs the Magento catalog in the store first).

The tau-retail customers have no product photos; these make the photo flows demonstrable: a delivered
hoodie to complain about, a pending jacket to change, a processed order to track.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tools.store.enums import OrderStatus, PaymentSource, TransactionType
from tools.store.tables import (
    Customer,
    Fulfilment,
    Order,
    OrderItem,
    PaymentMethod,
    PaymentTransaction,
    Product,
    Variant,
)

PLACED = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


class DemoOrder(BaseModel):
    order_id: str
    status: OrderStatus
    skus: list[str]
    paid_with: str


class DemoCustomer(BaseModel):
    id: str
    first_name: str
    last_name: str
    email: str
    address: dict[str, str]
    payment_methods: list[dict[str, Any]]
    orders: list[DemoOrder]


DEMO_CUSTOMERS = [
    DemoCustomer(
        id="demo_mia_novak", first_name="Mia", last_name="Novak", email="mia.novak@example.com",
        address={"address1": "18 Harbor Street", "address2": "Apt 5", "city": "San Francisco", "state": "CA",
                 "country": "USA", "zip": "94107"},
        payment_methods=[{"id": "credit_card_9000001", "source": "credit_card", "brand": "visa", "last_four": "4242"},
                         {"id": "gift_card_9000001", "source": "gift_card", "balance_cents": 5000}],
        orders=[
            DemoOrder(order_id="#D9000001", status=OrderStatus.DELIVERED, skus=["MH01-M-Black", "WS03-S-Blue"],
                      paid_with="credit_card_9000001"),
            DemoOrder(order_id="#D9000002", status=OrderStatus.PENDING, skus=["WJ01-M-Blue"],
                      paid_with="credit_card_9000001"),
        ],
    ),
    DemoCustomer(
        id="demo_leo_martin", first_name="Leo", last_name="Martin", email="leo.martin@example.com",
        address={"address1": "402 Elm Avenue", "address2": "", "city": "Austin", "state": "TX", "country": "USA",
                 "zip": "78701"},
        payment_methods=[{"id": "paypal_9000002", "source": "paypal"}],
        orders=[
            DemoOrder(order_id="#D9000003", status=OrderStatus.DELIVERED, skus=["MP01-32-Black"],
                      paid_with="paypal_9000002"),
            DemoOrder(order_id="#D9000004", status=OrderStatus.PROCESSED, skus=["MS04-M-Black"],
                      paid_with="paypal_9000002"),
        ],
    ),
]


async def _add_order(session: AsyncSession, customer: DemoCustomer, seq: int, order: DemoOrder) -> None:
    variants = {v.item_id: v for v in await session.scalars(select(Variant).where(Variant.item_id.in_(order.skus)))}
    missing = set(order.skus) - variants.keys()
    if missing:
        raise LookupError(f"demo order {order.order_id} needs catalog variants {sorted(missing)}; import it first")
    placed = PLACED + timedelta(days=seq)
    session.add(Order(id=order.order_id, customer_id=customer.id, customer_seq=seq, status=order.status,
                      created_at=placed, updated_at=placed, **customer.address))
    names = dict((await session.execute(
        select(Product.id, Product.name).where(Product.id.in_({v.product_id for v in variants.values()}))
    )).all())
    for position, sku in enumerate(order.skus):
        variant = variants[sku]
        session.add(OrderItem(order_id=order.order_id, position=position, product_id=variant.product_id,
                              item_id=sku, name=names[variant.product_id], price_cents=variant.price_cents,
                              options=variant.options))
    if order.status in (OrderStatus.DELIVERED, OrderStatus.PROCESSED):
        session.add(Fulfilment(order_id=order.order_id, position=0, tracking_ids=[f"1Z{order.order_id[2:]}US"],
                               item_ids=list(order.skus)))
    session.add(PaymentTransaction(order_id=order.order_id, position=0, transaction_type=TransactionType.PAYMENT,
                                   amount_cents=sum(variants[s].price_cents for s in order.skus),
                                   payment_method_id=order.paid_with, created_at=placed))


async def seed_demo_shop(session: AsyncSession) -> list[str]:
    """Add the demo customers and their orders unless present; returns the ids added."""
    added = []
    for customer in DEMO_CUSTOMERS:
        if await session.get(Customer, customer.id):
            continue
        session.add(Customer(id=customer.id, first_name=customer.first_name, last_name=customer.last_name,
                             email=customer.email, **customer.address))
        for position, method in enumerate(customer.payment_methods):
            session.add(PaymentMethod(customer_id=customer.id, position=position,
                                      **{**method, "source": PaymentSource(method["source"])}))
        await session.flush()
        for seq, order in enumerate(customer.orders):
            await _add_order(session, customer, seq, order)
        added.append(customer.id)
    await session.flush()
    return added
