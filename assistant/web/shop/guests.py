"""A storefront visitor without an account: a guest id kept in a signed cookie, so the chat widget resumes the
guest's own conversation from page to page, and never another guest's (assistant/web/chat/guests.py).

The cookie is a token of its own audience, signed like the shop's session: a guest id cannot be chosen or
forged, and no customer id ever comes with it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
from fastapi import Request, Response

from assistant.web.auth import ISSUER, signing_key
from assistant.web.chat.guests import is_guest_login

GUEST_COOKIE = "vitrine_guest"
GUEST_AUDIENCE = "vitrine-shop-guest"
GUEST_TTL_S = 7 * 24 * 3600


def guest_login(request: Request, secret: str) -> str | None:
    """The guest id this browser was given, if its cookie is ours and still valid."""
    token = request.cookies.get(GUEST_COOKIE)
    if not token:
        return None
    try:
        claims = jwt.decode(token, signing_key(secret), algorithms=["HS256"], audience=GUEST_AUDIENCE, issuer=ISSUER,
                            options={"require": ["exp", "iat", "sub", "aud", "iss"]})
    except (jwt.PyJWTError, ValueError, TypeError, OverflowError):
        return None
    login = str(claims["sub"])
    return login if is_guest_login(login) else None


def keep_guest(request: Request, response: Response, secret: str, login: str) -> None:
    """Give this browser the guest id `login` (or renew its cookie) for another `GUEST_TTL_S`."""
    now = datetime.now(UTC)
    token = jwt.encode({"iss": ISSUER, "aud": GUEST_AUDIENCE, "sub": login, "iat": now,
                        "exp": now + timedelta(seconds=GUEST_TTL_S)}, signing_key(secret), algorithm="HS256")
    response.set_cookie(GUEST_COOKIE, token, max_age=GUEST_TTL_S, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/shop")
