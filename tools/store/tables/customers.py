"""Customers, their saved payment methods and the gift-card ledger."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tools.store.base import Base, utcnow
from tools.store.enums import PaymentSource, enum_column


class AddressColumns:
    """A postal address flattened into the owning row."""

    address1: Mapped[str] = mapped_column(String(200))
    address2: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(100))
    zip: Mapped[str] = mapped_column(String(20), index=True)


class Customer(AddressColumns, Base):
    __tablename__ = "customers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    payment_methods: Mapped[list[PaymentMethod]] = relationship(
        back_populates="customer", order_by="PaymentMethod.position", lazy="raise"
    )


class PaymentMethod(Base):
    __tablename__ = "payment_methods"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[PaymentSource] = mapped_column(enum_column(PaymentSource, "payment_source"))
    brand: Mapped[str | None] = mapped_column(String(40))
    last_four: Mapped[str | None] = mapped_column(String(4))
    balance_cents: Mapped[int | None] = mapped_column(BigInteger)

    customer: Mapped[Customer] = relationship(back_populates="payment_methods", lazy="raise")


class GiftCardMovement(Base):
    """Every change to a gift-card balance, so the balance can be explained and audited."""

    __tablename__ = "gift_card_movements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    payment_method_id: Mapped[str] = mapped_column(ForeignKey("payment_methods.id"), index=True)
    order_id: Mapped[str | None] = mapped_column(String(32))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
