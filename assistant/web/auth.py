"""Who is calling the web surfaces: password checks, signed access tokens and the API's auth dependencies.

Tokens are JWTs (PyJWT, HS256) with an expiry, an issuer and an audience: `vitrine-api` for bearer tokens
(API, chat widget) and `vitrine-desk` for the desk's session cookie, so one is never accepted as the other.
The HMAC key is derived from the app secret (`sha256("vitrine-jwt:" + secret)`), never the secret itself.
Every authenticated request re-reads the account and the session (`tools.sessions.check_session`), so
disabling an account, changing its role or password, or signing a session out takes effect at once, not when
its tokens expire. Sign-in is throttled per account, per client and per pair (`LoginThrottle`).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime, timedelta

import jwt
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from assistant.web.forwarded import client_address
from assistant.web.login_throttle import LoginThrottle
from assistant.web.runtime import WebRuntime, get_runtime
from tools.accounts import authenticate
from tools.demo_accounts import is_demo_credential
from tools.sessions import SessionClaims, SessionVerdict, check_session, revoke_token
from tools.store.engine import read_session, session_scope
from tools.store.tables import AccountRole

API_AUDIENCE = "vitrine-api"
DESK_AUDIENCE = "vitrine-desk"
ISSUER = "vitrine"
API_TOKEN_TTL_S = 3600
DESK_ROLES = {AccountRole.AGENT, AccountRole.ADMIN}


class TokenError(Exception):
    """A token that is missing, forged, expired or meant for another audience."""


class Principal(BaseModel):
    """The authenticated caller of a web request; `customer_id` is set only for customer accounts."""

    subject: str
    role: AccountRole
    customer_id: str | None = None
    name: str = ""
    token_id: str | None = None
    issued_at: datetime | None = None
    expires_at: datetime | None = None
    parent_session: str | None = None  # the session this token was issued from (a storefront's widget token)

    @property
    def is_agent(self) -> bool:
        return self.role in DESK_ROLES

    def claims(self) -> SessionClaims:
        return SessionClaims(login=self.subject, role=self.role, issued_at=self.issued_at,
                             token_key=self.token_id, parent_key=self.parent_session, customer_id=self.customer_id)


def signing_key(secret: bytes | str) -> bytes:
    raw = secret.encode() if isinstance(secret, str) else secret
    return hashlib.sha256(b"vitrine-jwt:" + raw).digest()


def issue_token(
    secret: bytes | str, *, subject: str, role: str, customer_id: str | None, ttl_s: int = API_TOKEN_TTL_S,
    audience: str = API_AUDIENCE, name: str = "", now: datetime | None = None, parent_session: str | None = None,
) -> str:
    issued = now or datetime.now(UTC)
    claims = {
        "iss": ISSUER, "aud": audience, "sub": subject, "role": AccountRole(role).value, "cid": customer_id,
        "name": name, "iat": issued, "exp": issued + timedelta(seconds=ttl_s), "jti": uuid.uuid4().hex,
    }
    if parent_session:
        claims["sid"] = parent_session
    return jwt.encode(claims, signing_key(secret), algorithm="HS256")


def read_token(secret: bytes | str, token: str, *, audience: str = API_AUDIENCE) -> Principal:
    """The principal a valid token names; raises `TokenError` for anything else."""
    try:
        claims = jwt.decode(token, signing_key(secret), algorithms=["HS256"], audience=audience, issuer=ISSUER,
                            options={"require": ["exp", "iat", "sub", "aud", "iss"]})
        return Principal(subject=claims["sub"], role=AccountRole(claims["role"]), customer_id=claims.get("cid"),
                         name=claims.get("name") or "", token_id=claims.get("jti"),
                         issued_at=datetime.fromtimestamp(claims["iat"], UTC),
                         expires_at=datetime.fromtimestamp(claims["exp"], UTC), parent_session=claims.get("sid"))
    except (jwt.PyJWTError, KeyError, ValueError, TypeError, OverflowError) as error:
        raise TokenError(str(error)) from error


async def verify_password(
    sessions: async_sessionmaker[AsyncSession], login: str, password: str, *, production: bool = False
) -> Principal | None:
    """The principal for a correct login and password of an enabled account, else None.

    In production the published demo passwords are refused even if such accounts exist.
    """
    if production and is_demo_credential(login, password):
        return None
    account = await authenticate(sessions, login, password)
    if account is None:
        return None
    return Principal(subject=account.login, role=account.role, customer_id=account.customer_id,
                     name=account.display_name)


async def current_account_check(runtime: WebRuntime, principal: Principal) -> Principal:
    """The token's principal while its session is live: 403 when the account was disabled or changed, 401
    when this session was signed out (or every session of the account, e.g. by a password change)."""
    async with read_session(runtime.sessions) as session:
        verdict = await check_session(session, principal.claims())
    if verdict is SessionVerdict.ACCOUNT_CHANGED:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this account is disabled or its role has changed")
    if verdict is SessionVerdict.SIGNED_OUT:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "this session has ended; sign in again",
                            headers={"WWW-Authenticate": "Bearer"})
    return principal


async def sign_out(runtime: WebRuntime, principal: Principal) -> None:
    """End the session this principal's token belongs to (its other tokens and sessions are unaffected)."""
    if not principal.token_id:
        return
    expires = principal.expires_at or datetime.now(UTC) + timedelta(seconds=API_TOKEN_TTL_S)
    async with session_scope(runtime.sessions) as session:
        await revoke_token(session, token_key=principal.token_id, login=principal.subject, expires_at=expires)


def secret_of(runtime: WebRuntime) -> str:
    return runtime.settings.secret_key.get_secret_value()


_bearer = HTTPBearer(auto_error=False, description="An access token from `POST /api/token`.")


async def api_principal(
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
    runtime: WebRuntime = Depends(get_runtime),
) -> Principal:
    """The caller of an API route, from `Authorization: Bearer <token>`; 401 without a valid token."""
    unauthorized = HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required",
                                 headers={"WWW-Authenticate": "Bearer"})
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized
    try:
        principal = read_token(secret_of(runtime), credentials.credentials)
    except TokenError as error:
        raise unauthorized from error
    return await current_account_check(runtime, principal)


async def customer_principal(principal: Principal = Depends(api_principal)) -> Principal:
    """A customer account acting as its own customer; everyone else gets 403."""
    if principal.role is not AccountRole.CUSTOMER or not principal.customer_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this needs a customer account")
    return principal


async def agent_principal(principal: Principal = Depends(api_principal)) -> Principal:
    """A customer-service agent (or admin); everyone else gets 403."""
    if not principal.is_agent:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this needs the agent role")
    return principal



async def login_throttle(runtime: WebRuntime = Depends(get_runtime)) -> LoginThrottle:
    """The process's login throttle, shared by every sign-in surface (API, desk, storefront, chat)."""
    return runtime.login_throttle


def client_of(request: Request) -> str:
    """The client's address as the sign-in throttles count it: forwarded headers only from trusted proxies."""
    runtime = getattr(request.app.state, "runtime", None)
    trusted = runtime.settings.web.trusted_proxies if isinstance(runtime, WebRuntime) else ()
    return client_address(request, trusted)
