"""Who is calling the web surfaces: password checks, signed access tokens and the API's auth dependencies.

Tokens are JWTs (PyJWT, HS256) with an expiry, an issuer and an audience: `vitrine-api` for bearer tokens
(API, chat widget) and `vitrine-desk` for the desk's session cookie, so one is never accepted as the other.
The HMAC key is derived from the app secret (`sha256("vitrine-jwt:" + secret)`), never the secret itself.
Every authenticated request re-reads the account, so disabling an account or changing its role takes effect
at once, not when its tokens expire.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import jwt
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from assistant.web.runtime import WebRuntime, get_runtime
from tools.accounts import authenticate, find_account
from tools.demo_accounts import is_demo_credential
from tools.store.engine import read_session
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

    @property
    def is_agent(self) -> bool:
        return self.role in DESK_ROLES


def signing_key(secret: bytes | str) -> bytes:
    raw = secret.encode() if isinstance(secret, str) else secret
    return hashlib.sha256(b"vitrine-jwt:" + raw).digest()


def issue_token(
    secret: bytes | str, *, subject: str, role: str, customer_id: str | None, ttl_s: int = API_TOKEN_TTL_S,
    audience: str = API_AUDIENCE, name: str = "", now: datetime | None = None,
) -> str:
    issued = now or datetime.now(UTC)
    claims = {
        "iss": ISSUER, "aud": audience, "sub": subject, "role": AccountRole(role).value, "cid": customer_id,
        "name": name, "iat": issued, "exp": issued + timedelta(seconds=ttl_s), "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, signing_key(secret), algorithm="HS256")


def read_token(secret: bytes | str, token: str, *, audience: str = API_AUDIENCE) -> Principal:
    """The principal a valid token names; raises `TokenError` for anything else."""
    try:
        claims = jwt.decode(token, signing_key(secret), algorithms=["HS256"], audience=audience, issuer=ISSUER,
                            options={"require": ["exp", "iat", "sub", "aud", "iss"]})
        return Principal(subject=claims["sub"], role=AccountRole(claims["role"]), customer_id=claims.get("cid"),
                         name=claims.get("name") or "", token_id=claims.get("jti"))
    except (jwt.PyJWTError, KeyError, ValueError) as error:
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
    """The token's principal if its account is still enabled with the same role; 403 otherwise."""
    async with read_session(runtime.sessions) as session:
        account = await find_account(session, principal.subject)
    if account is None or account.disabled or account.role is not principal.role:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this account is disabled or its role has changed")
    return principal


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



class LoginThrottle:
    """Slows password guessing: after `max_failures` wrong passwords for one login from one client within
    `window_s`, that pair is refused until the window passes. In-process, like the live hub: several
    workers each keep their own count (a shared store such as Redis would make it global)."""

    def __init__(self, max_failures: int = 5, window_s: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock
        self._failures: defaultdict[tuple[str, str], deque[float]] = defaultdict(deque)

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        failures = self._failures[key]
        while failures and self._clock() - failures[0] > self.window_s:
            failures.popleft()
        return failures

    def retry_after(self, login: str, client: str) -> int:
        """Seconds until this login may be tried again from this client; 0 when it may now."""
        failures = self._recent((login.strip().lower(), client))
        if len(failures) < self.max_failures:
            return 0
        return max(1, int(failures[0] + self.window_s - self._clock()) + 1)

    def failed(self, login: str, client: str) -> None:
        self._recent((login.strip().lower(), client)).append(self._clock())

    def succeeded(self, login: str, client: str) -> None:
        self._failures.pop((login.strip().lower(), client), None)


async def login_throttle(request: Request) -> LoginThrottle:
    """The app's login throttle (created on first use, one per app)."""
    throttle = getattr(request.app.state, "login_throttle", None)
    if not isinstance(throttle, LoginThrottle):
        throttle = request.app.state.login_throttle = LoginThrottle()
    return throttle


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"
