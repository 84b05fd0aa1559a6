"""Sign-in sessions that ended before their tokens expired, and in-chat identity verification attempts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from tools.store.base import Base, utcnow


class RevokedToken(Base):
    """A token that no longer opens any surface (its session was signed out). Kept until it would expire."""

    __tablename__ = "revoked_tokens"

    # The token's `jti`, or a digest of the whole token for tokens without one (Chainlit's own).
    token_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    login: Mapped[str | None] = mapped_column(String(64), index=True)
    revoked_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class VerificationAttempt(Base):
    """One try at proving who a guest is in chat; counted to rate-limit guessing, by conversation, claim, order, order
    and zip, account, and client address."""

    __tablename__ = "verification_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(String(100), index=True)
    # The customer message that made the attempt: a turn that runs again (after a crash) counts it once.
    message_id: Mapped[str | None] = mapped_column(String(100))
    # A keyed digest of the claimed email (or name), so attempts on one customer are counted across chats
    # without keeping the address itself.
    claim_digest: Mapped[str] = mapped_column(String(64), index=True)
    # Keyed digests of the claimed order number and of the order with its zip code, and of who asked (the
    # signed-in account): guesses of the email against one order, or by one account, are counted too.
    order_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    order_zip_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    requester_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    # A keyed digest of the client address it came from: guesses through several guest accounts are counted too.
    client_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    # The customer the attempt proved (successes only): one account may not become many customers.
    customer_id: Mapped[str | None] = mapped_column(String(64))
    succeeded: Mapped[bool]
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
