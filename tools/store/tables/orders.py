"""Orders with their line items, fulfilments, payments and post-purchase adjustments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tools.store.base import Base, utcnow
from tools.store.enums import AdjustmentKind, OrderStatus, TransactionType, enum_column
from tools.store.tables.customers import AddressColumns


class Order(AddressColumns, Base):
    __tablename__ = "orders"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    # Position of this order in the customer's order list, as the source listed them.
    customer_seq: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[OrderStatus] = mapped_column(enum_column(OrderStatus, "order_status"), index=True)
    cancel_reason: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    items: Mapped[list[OrderItem]] = relationship(order_by="OrderItem.position", lazy="raise")
    fulfilments: Mapped[list[Fulfilment]] = relationship(order_by="Fulfilment.position", lazy="raise")
    transactions: Mapped[list[PaymentTransaction]] = relationship(
        order_by="PaymentTransaction.position", lazy="raise"
    )
    adjustments: Mapped[list[OrderAdjustment]] = relationship(order_by="OrderAdjustment.id", lazy="raise")


class OrderItem(Base):
    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    price_cents: Mapped[int] = mapped_column(BigInteger)
    options: Mapped[dict[str, Any]]


class Fulfilment(Base):
    __tablename__ = "fulfilments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    tracking_ids: Mapped[list[Any]]
    item_ids: Mapped[list[Any]]


class PaymentTransaction(Base):
    """One line of an order's payment history: a payment taken or a refund issued."""

    __tablename__ = "payment_transactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    transaction_type: Mapped[TransactionType] = mapped_column(
        enum_column(TransactionType, "transaction_type")
    )
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    payment_method_id: Mapped[str] = mapped_column(String(64))
    adjustment_id: Mapped[int | None] = mapped_column(ForeignKey("order_adjustments.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OrderAdjustment(Base):
    """A modification, return or exchange requested on an order, with its settlement method."""

    __tablename__ = "order_adjustments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[AdjustmentKind] = mapped_column(enum_column(AdjustmentKind, "adjustment_kind"))
    payment_method_id: Mapped[str] = mapped_column(String(64))
    price_difference_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    lines: Mapped[list[AdjustmentLine]] = relationship(order_by="AdjustmentLine.position", lazy="raise")


class AdjustmentLine(Base):
    """One item of an adjustment, in the order the customer asked for it (prices as charged then)."""

    __tablename__ = "adjustment_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    adjustment_id: Mapped[int] = mapped_column(ForeignKey("order_adjustments.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    old_item_id: Mapped[str] = mapped_column(String(64))
    old_price_cents: Mapped[int] = mapped_column(BigInteger)
    new_item_id: Mapped[str | None] = mapped_column(String(64))
    new_price_cents: Mapped[int | None] = mapped_column(BigInteger)
