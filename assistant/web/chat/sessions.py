"""Whether a chat session may still act: checked when its socket connects, on every message and button, and
before it may follow a conversation's live events; and sign-out at `/chat/logout`.

Chainlit signs its own tokens (the `access_token` cookie, and the widget's token from `/shop`) with no token
id, so a chat session is named by a digest of its token. A widget token also names the storefront session it
was issued from (`metadata["session"]`): signing out of the shop ends the widget's chat too.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from assistant.web.runtime import WebRuntime
from tools.sessions import SessionClaims, SessionVerdict, check_session, revoke_token, token_key_of
from tools.store.engine import read_session, session_scope
from tools.store.tables import AccountRole

log = logging.getLogger("assistant.web.chat")
SESSION_ENDED = "Your session has ended. Please sign in again."


def chat_claims(token: str, secret: str) -> SessionClaims | None:
    """What a Chainlit token says about its session; None for a token that is forged, expired or not ours."""
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["exp", "iat", "identifier"]})
        metadata = claims.get("metadata") or {}
        return SessionClaims(login=str(claims["identifier"]), role=AccountRole(str(metadata.get("role"))),
                             issued_at=datetime.fromtimestamp(claims["iat"], UTC), token_key=token_key_of(token),
                             parent_key=metadata.get("session"), customer_id=metadata.get("customer_id"))
    except (jwt.PyJWTError, KeyError, ValueError, TypeError, OverflowError):
        return None


async def chat_session_live(runtime: WebRuntime, token: str | None, secret: str) -> bool:
    claims = chat_claims(token, secret) if token else None
    if claims is None:
        return False
    async with read_session(runtime.sessions) as session:
        return await check_session(session, claims) is SessionVerdict.LIVE


async def sign_out_chat(runtime: WebRuntime, token: str | None, secret: str) -> None:
    """End the chat session this token opens (idempotent; an unreadable token has nothing to end)."""
    claims = chat_claims(token, secret) if token else None
    if claims is None or claims.token_key is None:
        return
    try:
        expires = datetime.fromtimestamp(jwt.decode(token or "", secret, algorithms=["HS256"])["exp"], UTC)
    except (jwt.PyJWTError, KeyError, ValueError, TypeError, OverflowError):
        expires = datetime.now(UTC) + timedelta(days=30)
    async with session_scope(runtime.sessions) as session:
        await revoke_token(session, token_key=claims.token_key, login=claims.login, expires_at=expires)


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
        claims = chat_claims(token or "", key)
        if thread_id and (claims is None or not await runtime().service.may_follow(
                str(thread_id), customer_id=claims.customer_id, account=claims.login)):
            log.warning("chat socket refused: it names a conversation of another account")
            raise ConnectionRefusedError("authorization failed")
        return await connect(sid, environ, auth)

    return connect_if_live
