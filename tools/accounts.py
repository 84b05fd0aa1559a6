"""Web accounts: creating them, argon2id password hashes, and checking a login and password.

Hashing is argon2-cffi's `PasswordHasher` (argon2id, RFC 9106 low-memory profile); its PHC string keeps the
parameters, so `needs_rehash` upgrades old hashes on the next successful sign-in.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.errors import CustomerNotFound, PolicyViolation
from tools.store.engine import read_session
from tools.store.tables import Account, AccountRole, Customer

HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class NewAccount(BaseModel):
    """A sign-in for the web surfaces; customer accounts name the customer they act as."""

    login: str = Field(min_length=2, max_length=64)
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)
    role: AccountRole
    customer_id: str | None = None
    display_name: str = Field(default="", max_length=100)

    @field_validator("login")
    @classmethod
    def _plain_login(cls, login: str) -> str:
        login = login.strip().lower()
        if not LOGIN_PATTERN.match(login):
            raise ValueError("a login is lowercase letters, digits, '.', '_' or '-'")
        return login


class AccountView(BaseModel):
    login: str
    role: AccountRole
    customer_id: str | None
    display_name: str
    disabled: bool

    @classmethod
    def of(cls, account: Account) -> AccountView:
        return cls(login=account.login, role=account.role, customer_id=account.customer_id,
                   display_name=account.display_name, disabled=account.disabled)


@cache
def _unknown_login_hash() -> str:
    """Verified when the login is unknown, so a wrong login costs as long as a wrong password."""
    return HASHER.hash("unknown-login-placeholder")


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


ACCOUNT_BY_LOGIN = select(Account).where(Account.login == bindparam("login"))  # built once: read on every request


async def find_account(session: AsyncSession, login: str) -> Account | None:
    return await session.scalar(ACCOUNT_BY_LOGIN, {"login": login.strip().lower()})


async def create_account(session: AsyncSession, new: NewAccount) -> AccountView:
    """Add an account; refuses a taken login and a customer account without an existing customer."""
    if await find_account(session, new.login) is not None:
        raise PolicyViolation(f"login {new.login} is taken")
    if new.role is AccountRole.CUSTOMER and new.customer_id is not None:
        if await session.get(Customer, new.customer_id) is None:
            raise CustomerNotFound()
    elif new.role is not AccountRole.CUSTOMER and new.customer_id is not None:
        raise PolicyViolation("only customer accounts act as a customer")
    account = Account(login=new.login, password_hash=await asyncio.to_thread(hash_password, new.password),
                      role=new.role, customer_id=new.customer_id, display_name=new.display_name, disabled=False)
    session.add(account)
    await session.flush()
    return AccountView.of(account)


async def set_password(session: AsyncSession, login: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PolicyViolation(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    account = await _existing(session, login)
    account.password_hash = await asyncio.to_thread(hash_password, password)
    account.sessions_valid_after = datetime.now(UTC)  # a new password signs every old session out
    await session.flush()


async def set_disabled(session: AsyncSession, login: str, disabled: bool) -> AccountView:
    account = await _existing(session, login)
    account.disabled = disabled
    account.sessions_valid_after = datetime.now(UTC)  # re-enabling must not revive old sessions either
    await session.flush()
    return AccountView.of(account)


async def list_accounts(session: AsyncSession) -> list[AccountView]:
    return [AccountView.of(a) for a in await session.scalars(select(Account).order_by(Account.login))]


async def _existing(session: AsyncSession, login: str) -> Account:
    account = await find_account(session, login)
    if account is None:
        raise PolicyViolation(f"no account {login}")
    return account


async def authenticate(sessions: async_sessionmaker[AsyncSession], login: str, password: str) -> AccountView | None:
    """The enabled account with this login and password, else None (same cost for an unknown login).

    Argon2 takes tens to hundreds of milliseconds of CPU on purpose, so it runs in a worker thread and
    outside any transaction (on SQLite a write transaction would hold the database's write lock that long).
    """
    async with read_session(sessions) as session:
        account = await find_account(session, login)
        stored = account.password_hash if account is not None else None
        view = AccountView.of(account) if account is not None else None
    if not await asyncio.to_thread(password_matches, stored or _unknown_login_hash(), password):
        return None
    if view is None or stored is None or view.disabled:
        return None
    if HASHER.check_needs_rehash(stored):
        # Parameters were raised since this hash was made: store a fresh one now that the password is known.
        fresh = await asyncio.to_thread(hash_password, password)
        async with sessions() as session, session.begin():
            account = await find_account(session, login)
            if account is not None and account.password_hash == stored:
                account.password_hash = fresh
    return view
