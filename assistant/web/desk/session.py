"""The desk's sign-in session: a signed JWT (audience `vitrine-desk`) in an HttpOnly, SameSite=Lax cookie.

Every desk form carries a CSRF token: an HMAC of the session's token id under the app secret, so a form
from another site (which cannot read the cookie or the page) cannot post as the signed-in agent.
"""

from __future__ import annotations

import hashlib
import hmac

from fastapi import Depends, HTTPException, Request, status
from fastapi.responses import Response

from assistant.web.auth import (
    DESK_AUDIENCE,
    Principal,
    TokenError,
    current_account_check,
    issue_token,
    read_token,
    secret_of,
    signing_key,
)
from assistant.web.runtime import WebRuntime, get_runtime

COOKIE = "vitrine_desk"
SESSION_TTL_S = 8 * 3600


def start_session(response: Response, request: Request, runtime: WebRuntime, agent: Principal) -> None:
    token = issue_token(secret_of(runtime), subject=agent.subject, role=agent.role, customer_id=None,
                        ttl_s=SESSION_TTL_S, audience=DESK_AUDIENCE, name=agent.name)
    response.set_cookie(COOKIE, token, max_age=SESSION_TTL_S, path=desk_root(request), httponly=True,
                        samesite="lax", secure=request.url.scheme == "https")


def end_session(response: Response, request: Request) -> None:
    response.delete_cookie(COOKIE, path=desk_root(request), httponly=True, samesite="lax")


def desk_root(request: Request) -> str:
    return request.url_for("desk_queue").path


def csrf_token(runtime: WebRuntime, principal: Principal) -> str:
    message = f"csrf:{principal.token_id}".encode()
    return hmac.new(signing_key(secret_of(runtime)), message, hashlib.sha256).hexdigest()


def check_csrf(runtime: WebRuntime, principal: Principal, submitted: str) -> None:
    if not hmac.compare_digest(csrf_token(runtime, principal), submitted or ""):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this form has expired; reload the page and try again")


async def desk_agent(request: Request, runtime: WebRuntime = Depends(get_runtime)) -> Principal:
    """The signed-in agent; no or an expired session goes to the login page, a non-agent gets 403."""
    login = request.url_for("desk_login_page").path
    try:
        principal = read_token(secret_of(runtime), request.cookies.get(COOKIE, ""), audience=DESK_AUDIENCE)
    except TokenError as error:
        raise HTTPException(status.HTTP_303_SEE_OTHER, "sign in first", headers={"Location": login}) from error
    try:
        principal = await current_account_check(runtime, principal)
    except HTTPException as error:
        if error.status_code != status.HTTP_401_UNAUTHORIZED:
            raise
        # Signed out (here or everywhere): back to the sign-in page, as with no session at all.
        raise HTTPException(status.HTTP_303_SEE_OTHER, "sign in again", headers={"Location": login}) from error
    if not principal.is_agent:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the desk is for customer-service agents")
    return principal
