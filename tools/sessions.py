"""Whether a signed-in session is still good: its account enabled and unchanged, its token not signed out.

Every surface (API, desk, storefront, chat socket and each chat message) asks `check_session` with what its
token says; `revoke_token` ends one session at sign-out, and `end_all_sessions` every session of an account
(password change, disabling).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from tools.store.tables import Account, AccountRole, RevokedToken


@dataclass(frozen=True)
class SessionClaims:
    """What a token says about its session: whose it is, as what, since when, and its ids."""

    login: str
    role: AccountRole
    issued_at: datetime | None
    token_key: str | None = None  # the token's own id (jti) or digest
    parent_key: str | None = None  # the session it was issued from (a widget token's storefront session)
    customer_id: str | None = None


def token_key_of(token: str) -> str:
    """A revocation key for a token that carries no id of its own."""
    return "sha256:" + hashlib.sha256(token.encode()).hexdigest()


def _issued_before(issued_at: datetime | None, boundary: datetime | None) -> bool:
    if boundary is None:
        return False
    if issued_at is None:
        return True
    # JWT times are whole seconds: a token issued in the boundary's own second still counts as after it (a
    # sign-in right after a password change must work; a second of overlap is no practical window).
    return int(issued_at.timestamp()) < int(boundary.timestamp())


# Read on every authenticated request, so one round trip, built once: the account and whether any of the
# session's keys was signed out.
_ACCOUNT_AND_REVOCATION = select(
    Account,
    select(RevokedToken.token_key)
    .where(RevokedToken.token_key.in_(bindparam("keys", expanding=True)))
    .limit(1)
    .scalar_subquery(),
).where(Account.login == bindparam("login"))


class SessionVerdict(StrEnum):
    LIVE = "live"
    ACCOUNT_CHANGED = "account_changed"  # gone, disabled, or another role or customer than the token says
    SIGNED_OUT = "signed_out"  # this session (or the one it came from) was ended, or all of the account's


async def check_session(session: AsyncSession, claims: SessionClaims) -> SessionVerdict:
    """Whether the session a token names may still act."""
    keys = [key for key in (claims.token_key, claims.parent_key) if key] or [""]
    row = (await session.execute(_ACCOUNT_AND_REVOCATION,
                                 {"login": claims.login.strip().lower(), "keys": keys})).first()
    if row is None:
        return SessionVerdict.ACCOUNT_CHANGED
    account, revoked = row
    if account.disabled or account.role is not claims.role:
        return SessionVerdict.ACCOUNT_CHANGED
    if claims.role is AccountRole.CUSTOMER and (account.customer_id or None) != (claims.customer_id or None):
        return SessionVerdict.ACCOUNT_CHANGED
    if revoked is not None or _issued_before(claims.issued_at, account.sessions_valid_after):
        return SessionVerdict.SIGNED_OUT
    return SessionVerdict.LIVE


async def is_revoked(session: AsyncSession, token_key: str) -> bool:
    """Whether this one session was signed out (for sessions with no account behind them: a storefront guest)."""
    return await session.get(RevokedToken, token_key) is not None


async def revoke_token(session: AsyncSession, *, token_key: str, login: str | None, expires_at: datetime) -> None:
    """Sign one session out; idempotent."""
    if await session.get(RevokedToken, token_key) is None:
        session.add(RevokedToken(token_key=token_key, login=login, expires_at=expires_at,
                                 revoked_at=datetime.now(UTC)))
        await session.flush()


def end_all_sessions(account: Account, *, now: datetime | None = None) -> None:
    """Every token of this account issued until now stops working."""
    account.sessions_valid_after = now or datetime.now(UTC)


async def forget_expired_revocations(session: AsyncSession, *, now: datetime | None = None) -> int:
    result = await session.execute(delete(RevokedToken).where(RevokedToken.expires_at < (now or datetime.now(UTC))))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
