"""Accounts that sign in to the web surfaces: customers (chat, API), agents and admins (desk)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from tools.store.base import Base, utcnow
from tools.store.enums import enum_column


class AccountRole(StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"
    ADMIN = "admin"


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    # An argon2id hash in PHC format (parameters and salt included), never the password.
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[AccountRole] = mapped_column(enum_column(AccountRole, "account_role"))
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), index=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Tokens issued before this moment open nothing: set when the password changes or the account is
    # disabled or re-enabled ("sign out everywhere").
    sessions_valid_after: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
