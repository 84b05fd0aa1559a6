"""Storefront pages: sign in with a demo customer account, browse products, chat through the widget."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from assistant.web.api.schemas import PLAIN_TEXT
from assistant.web.auth import (
    LoginThrottle,
    Principal,
    TokenError,
    client_of,
    issue_token,
    login_throttle,
    read_token,
    sign_out,
    verify_password,
)
from assistant.web.runtime import WebRuntime, get_runtime
from assistant.web.shop.listing import list_products
from tools.sessions import SessionVerdict, check_session
from tools.store.engine import read_session
from tools.store.tables import AccountRole

router = APIRouter(tags=["shop"], include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
templates.env.filters["money"] = lambda cents: f"${cents / 100:,.2f}"
COOKIE = "vitrine_shop"
SHOP_AUDIENCE = "vitrine-shop"
SESSION_TTL_S = 8 * 3600
HEADERS = {"Cache-Control": "no-store", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin"}


def _secret(runtime: WebRuntime) -> str:
    return runtime.settings.secret_key.get_secret_value()


def shop_customer(request: Request, runtime: WebRuntime) -> Principal | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    try:
        principal = read_token(_secret(runtime), token, audience=SHOP_AUDIENCE)
    except TokenError:
        return None
    return principal if principal.role is AccountRole.CUSTOMER else None


def _page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code, headers=HEADERS)


@router.get("", response_class=HTMLResponse)
async def storefront(request: Request, runtime: WebRuntime = Depends(get_runtime)) -> Response:
    customer = shop_customer(request, runtime)
    if customer is None:
        return _page(request, "login.html", {"error": None})
    # These import chainlit: only once the app has set it up.
    from assistant.web.chat.identity import widget_token
    from assistant.web.chat.widget_session import hand_over_widget_session

    async with read_session(runtime.sessions) as session:
        verdict = await check_session(session, customer.claims())
        if verdict is SessionVerdict.ACCOUNT_CHANGED:
            return _page(request, "login.html", {"error": "This account can no longer sign in."})
        if verdict is SessionVerdict.SIGNED_OUT:
            return _page(request, "login.html", {"error": "You were signed out. Please sign in again."})
        products = await list_products(session)
    token = widget_token(customer)
    response = _page(request, "shop.html", {"customer": customer, "products": products, "widget_token": token})
    hand_over_widget_session(request, response, token)
    return response


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, login: Annotated[str, Form(max_length=64, pattern=PLAIN_TEXT)],
                password: Annotated[str, Form(max_length=256)], runtime: WebRuntime = Depends(get_runtime),
                throttle: LoginThrottle = Depends(login_throttle)) -> Response:
    client = client_of(request)
    if wait := throttle.retry_after(login, client):
        return _page(request, "login.html", {"error": f"Too many wrong passwords. Try again in {wait} s."},
                     status_code=status.HTTP_429_TOO_MANY_REQUESTS)
    principal = await verify_password(runtime.sessions, login, password,
                                      production=runtime.settings.environment == "production")
    if principal is None:
        throttle.failed(login, client)
    else:
        throttle.succeeded(login, client)
    if principal is None or principal.role is not AccountRole.CUSTOMER:
        return _page(request, "login.html", {"error": "Unknown login or wrong password (customer accounts only)."},
                     status_code=status.HTTP_401_UNAUTHORIZED)
    token = issue_token(_secret(runtime), subject=principal.subject, role=principal.role.value,
                        customer_id=principal.customer_id, ttl_s=SESSION_TTL_S, audience=SHOP_AUDIENCE,
                        name=principal.name)
    response = RedirectResponse(str(request.url_for("storefront")), status_code=status.HTTP_303_SEE_OTHER)
    response.set_cookie(COOKIE, token, max_age=SESSION_TTL_S, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/shop")
    return response


@router.post("/logout")
async def logout(request: Request, runtime: WebRuntime = Depends(get_runtime)) -> Response:
    """Sign out: this shop session and the chat widget's session issued from it stop working at once."""
    customer = shop_customer(request, runtime)
    if customer is not None:
        await sign_out(runtime, customer)
    response = RedirectResponse(str(request.url_for("storefront")), status_code=status.HTTP_303_SEE_OTHER)
    response.delete_cookie(COOKIE, path="/shop")
    return response
