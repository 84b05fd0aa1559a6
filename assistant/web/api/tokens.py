"""`POST /api/token`: a login and password for a bearer access token."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status

from assistant.web.api.routing import EncodableErrors
from assistant.web.api.schemas import TokenRequest, TokenResponse
from assistant.web.auth import (
    API_TOKEN_TTL_S,
    LoginThrottle,
    Principal,
    api_principal,
    client_of,
    issue_token,
    login_throttle,
    secret_of,
    sign_out,
    verify_password,
)
from assistant.web.runtime import WebRuntime, get_runtime

router = APIRouter(tags=["auth"], route_class=EncodableErrors)


@router.post("/token", response_model=TokenResponse, responses={
    401: {"description": "Wrong login or password"}, 429: {"description": "Too many wrong passwords; wait"}})
async def create_token(body: TokenRequest, request: Request, runtime: WebRuntime = Depends(get_runtime),
                       throttle: LoginThrottle = Depends(login_throttle)) -> TokenResponse:
    """Exchange a login and password for an access token (`Authorization: Bearer ...`), valid one hour."""
    client = client_of(request)
    if wait := await throttle.retry_after(body.login, client):
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "too many wrong passwords; try again later",
                            headers={"Retry-After": str(wait)})
    principal = await verify_password(runtime.sessions, body.login, body.password,
                                      production=runtime.settings.environment == "production")
    if principal is None:
        await throttle.failed(body.login, client)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong login or password",
                            headers={"WWW-Authenticate": "Bearer"})
    await throttle.succeeded(body.login, client)
    token = issue_token(secret_of(runtime), subject=principal.subject, role=principal.role,
                        customer_id=principal.customer_id, ttl_s=API_TOKEN_TTL_S, name=principal.name)
    return TokenResponse(access_token=token, expires_in=API_TOKEN_TTL_S, role=principal.role,
                         customer_id=principal.customer_id)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response, responses={
    401: {"description": "No valid token (already signed out, or expired)"}})
async def revoke_token(principal: Principal = Depends(api_principal),
                       runtime: WebRuntime = Depends(get_runtime)) -> Response:
    """Sign out: this access token stops working at once, everywhere (other sessions are unaffected)."""
    await sign_out(runtime, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
