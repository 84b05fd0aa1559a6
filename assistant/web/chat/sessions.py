"""Whether a chat session may still act: checked when its socket connects, on every message and button, and
before it may follow a conversation's live events; and sign-out at `/chat/logout`.

Chainlit signs its own tokens (the `access_token` cookie, and the widget's token from `/shop`) with no token
id, so a chat session is named by a digest of its token. A widget token also names the storefront session it
was issued from (`metadata["session"]`): signing out of the shop ends the widget's chat too. A storefront guest's
widget token (assistant/web/chat/guests.py) names no account: it is live while it is valid and not signed out.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import jwt

from assistant.web.chat.guests import is_guest_login
from assistant.web.runtime import WebRuntime
from tools.sessions import SessionClaims, SessionVerdict, check_session, is_revoked, revoke_token, token_key_of
from tools.store.engine import read_session, session_scope
from tools.store.tables import AccountRole

log = logging.getLogger("assistant.web.chat")
SESSION_ENDED = "Your session has ended. Please sign in again."


@dataclass(frozen=True)
class ChatIdentity:
    """Who a chat token is: a signed-in account (`account` set: its session is checked against the store) or a
    storefront guest (`account` None, no customer: orders only through the guest verification in the chat)."""

    login: str
    customer_id: str | None
    token_key: str
    expires_at: datetime
    account: SessionClaims | None


def _decoded(token: str, secret: str) -> dict[str, Any] | None:
    try:
        return jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["exp", "iat", "identifier"]})
    except (jwt.PyJWTError, ValueError, TypeError, OverflowError):
        return None


def chat_identity(token: str, secret: str) -> ChatIdentity | None:
    """What a Chainlit token says about its session; None for a token that is forged, expired or not ours."""
    claims = _decoded(token, secret)
    if claims is None:
        return None
    try:
        login, metadata = str(claims["identifier"]), claims.get("metadata") or {}
        expires = datetime.fromtimestamp(claims["exp"], UTC)
        if is_guest_login(login):  # a login no account can have: never an account's session, never a customer
            return ChatIdentity(login=login, customer_id=None, token_key=token_key_of(token), expires_at=expires,
                                account=None)
        account = SessionClaims(login=login, role=AccountRole(str(metadata.get("role"))),
                                issued_at=datetime.fromtimestamp(claims["iat"], UTC), token_key=token_key_of(token),
                                parent_key=metadata.get("session"), customer_id=metadata.get("customer_id"))
    except (KeyError, ValueError, TypeError, OverflowError):
        return None
    return ChatIdentity(login=login, customer_id=account.customer_id, token_key=token_key_of(token),
                        expires_at=expires, account=account)


async def chat_session_live(runtime: WebRuntime, token: str | None, secret: str) -> bool:
    identity = chat_identity(token, secret) if token else None
    if identity is None:
        return False
    async with read_session(runtime.sessions) as session:
        if identity.account is None:
            return not await is_revoked(session, identity.token_key)
        return await check_session(session, identity.account) is SessionVerdict.LIVE


async def sign_out_chat(runtime: WebRuntime, token: str | None, secret: str) -> None:
    """End the chat session this token opens (idempotent; an unreadable token has nothing to end)."""
    identity = chat_identity(token, secret) if token else None
    if identity is None:
        return
    async with session_scope(runtime.sessions) as session:
        await revoke_token(session, token_key=identity.token_key, login=identity.login,
                           expires_at=identity.expires_at)


ConnectHandler = Callable[[str, dict[str, Any], Any], Awaitable[Any]]


def guard_connect(connect: ConnectHandler, runtime: Callable[[], WebRuntime],
                  token_of: Callable[[dict[str, Any]], str | None], secret: Callable[[], str]) -> ConnectHandler:
    """Chainlit's socket `connect` handler, refusing a session whose account or sign-in has ended, and one that
    names a conversation of another account (`auth.threadId`).

    Chainlit itself refuses a thread id only when its chat history has a thread of that id by someone else; a
    conversation started elsewhere (the API's `api-…`) has none, so the session was let in and its first
    message saved the thread under the intruder's account, with the desk's later replies to the owner in it.
    Refused here, before Chainlit's handler runs, nothing of that session is written or relayed.
    """

    async def connect_if_live(sid: str, environ: dict[str, Any], auth: Any) -> Any:
        token, key = token_of(environ), secret()
        if not await chat_session_live(runtime(), token, key):
            log.info("chat socket refused: the session has ended or its account is disabled")
            raise ConnectionRefusedError("authentication failed")
        thread_id = auth.get("threadId") if isinstance(auth, dict) else None
        identity = chat_identity(token or "", key)
        if thread_id and (identity is None or not await runtime().service.may_follow(
                str(thread_id), customer_id=identity.customer_id, account=identity.login)):
            log.warning("chat socket refused: it names a conversation of another account")
            raise ConnectionRefusedError("authorization failed")
        return await connect(sid, environ, auth)

    return connect_if_live
