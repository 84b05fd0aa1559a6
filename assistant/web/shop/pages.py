"""Storefront pages: browse products and chat through the widget, as a guest or signed in with a customer
account (a guest's widget has no customer: orders only after the guest verification in the chat)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request, status
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context

from assistant.grounding.catalog_phrases import value_word
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
from assistant.web.chat.guests import new_guest_login
from assistant.web.runtime import WebRuntime, get_runtime
from assistant.web.shop.categories import shop_categories, trail
from assistant.web.shop.chat_sign_in import chat_sign_in
from assistant.web.shop.guests import guest_login, keep_guest
from assistant.web.shop.listing import list_products, search_listing
from assistant.web.shop.product import product_detail
from assistant.web.shop.query_params import ShopPageErrors, category_paths, page_number
from assistant.web.shop.wording import category_word, page_language, translator
from tools.money import format_money
from tools.sessions import SessionVerdict, check_session
from tools.store.engine import read_session
from tools.store.tables import AccountRole

router = APIRouter(tags=["shop"], include_in_schema=False, route_class=ShopPageErrors)
HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
# Filters in the page's language (the context's `lang`): prices, colours and category names.
templates.env.filters["money"] = pass_context(lambda context, cents: format_money(cents, context.get("lang") or "en"))
templates.env.filters["colour"] = pass_context(lambda context, value: value_word(value, context.get("lang") or "en"))
templates.env.filters["category"] = pass_context(lambda context, name: category_word(name, context.get("lang") or "en"))
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
    language = page_language(request.headers.get("accept-language"))
    return templates.TemplateResponse(request, name, {"lang": language, "t": translator(language), **context},
                                      status_code=status_code, headers={**HEADERS, "Vary": "Accept-Language"})


Page = Annotated[str | None, Query()]  # read by page_number: never refused
CategoryPath = Annotated[str | None, Query(max_length=300, pattern=PLAIN_TEXT)]
SearchText = Annotated[str | None, Query(max_length=200, pattern=PLAIN_TEXT)]
ProductId = Annotated[str, PathParam(max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]


async def _visitor(request: Request, runtime: WebRuntime, session: Any) -> Principal | HTMLResponse | None:
    """The shop session's customer; None for a guest; the sign-in page (with why, the dead cookie dropped) for
    a session that has ended."""
    customer = shop_customer(request, runtime)
    if customer is None:
        return None
    verdict = await check_session(session, customer.claims())
    if verdict is SessionVerdict.LIVE:
        return customer
    error = "account_disabled" if verdict is SessionVerdict.ACCOUNT_CHANGED else "signed_out"
    response = _page(request, "login.html", {"error": error})
    response.delete_cookie(COOKIE, path="/shop")
    return response


async def _shop_page(request: Request, runtime: WebRuntime, name: str, customer: Principal | None,
                     context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """A storefront page with the chat widget, signed in for `customer` (else the browser's chat sign-in at /chat,
    assistant/web/shop/chat_sign_in.py, else its guest) from its first request: the response also sets the chat's
    auth cookie for a shop or guest widget token (see assistant/web/chat/widget_session.py), and names the
    conversations the desk holds for the customer, which a new visit's widget does not reopen
    (assistant/web/chat/threads.py)."""
    if customer is None:
        if (chat := await chat_sign_in(request, runtime)) is not None:  # signed in at /chat: stay so
            return await _widget_page(request, runtime, name, context, status_code, customer=None,
                                      token=chat.token, account=chat.login, customer_id=chat.customer_id)
        return _guest_page(request, runtime, name, context, status_code)
    # This imports chainlit: only once the app has set it up.
    from assistant.web.chat.identity import widget_token

    return await _widget_page(request, runtime, name, context, status_code, customer=customer,
                              token=widget_token(customer), account=customer.subject,
                              customer_id=customer.customer_id)


async def _widget_page(request: Request, runtime: WebRuntime, name: str, context: dict[str, Any], status_code: int,
                       *, customer: Principal | None, token: str | None, account: str, customer_id: str | None
                       ) -> HTMLResponse:
    """The page with the widget signed in as `account` with `token`, naming the conversations the desk holds for it
    (a new visit starts a new chat rather than reopen one). A shop session's token also becomes the chat's cookie;
    the chat's own sign-in keeps its cookie."""
    from assistant.web.chat.threads import held_threads
    from assistant.web.chat.widget_session import hand_over_widget_session

    held: list[str] = []
    if token and runtime.chat_threads is not None:
        held = await held_threads(runtime.chat_threads, runtime.service, account=account, customer_id=customer_id)
    response = _page(request, name, {"customer": customer, "widget_token": token, "widget_account": account,
                                     "held_threads": held, **context}, status_code=status_code)
    if customer is not None:
        hand_over_widget_session(request, response, token)
    return response


def _guest_page(request: Request, runtime: WebRuntime, name: str, context: dict[str, Any],
                status_code: int) -> HTMLResponse:
    """A storefront page for a visitor without an account: the same page, with "Sign in" in the header and the
    widget signed in as this browser's guest (the same guest from page to page, so the chat carries on)."""
    from assistant.web.chat.identity import guest_widget_token
    from assistant.web.chat.widget_session import hand_over_widget_session

    secret = _secret(runtime)
    guest = guest_login(request, secret) or new_guest_login()
    language = page_language(request.headers.get("accept-language"))
    token = guest_widget_token(guest, translator(language)("guest"))
    response = _page(request, name, {"customer": None, "widget_token": token, "widget_account": guest,
                                     "held_threads": [], **context}, status_code=status_code)
    keep_guest(request, response, secret, guest)
    hand_over_widget_session(request, response, token)
    return response


async def refused_address(request: Request, errors: Any) -> Response:
    """The page for a storefront address the rules refuse (query_params.ShopPageErrors)."""
    runtime = await get_runtime(request)
    if request.method == "POST":  # the sign-in form: a login no account can have
        return _page(request, "login.html", {"error": "wrong_password"}, status_code=status.HTTP_401_UNAUTHORIZED)
    async with read_session(runtime.sessions) as session:
        customer = await _visitor(request, runtime, session)
        if isinstance(customer, HTMLResponse):
            return customer
        categories = await shop_categories(session)
    if any(tuple(error.get("loc") or ())[:1] == ("path",) for error in errors):
        return await _shop_page(request, runtime, "missing.html", customer, {"categories": categories},
                                status_code=status.HTTP_404_NOT_FOUND)
    return await _shop_page(request, runtime, "missing.html", customer, {"categories": categories,
                            "problem": "bad_address"}, status_code=status.HTTP_400_BAD_REQUEST)


@router.get("", response_class=HTMLResponse)
async def storefront(request: Request, page: Page = None, category: CategoryPath = None, q: SearchText = None,
                     runtime: WebRuntime = Depends(get_runtime)) -> Response:
    """The listing: every product a page at a time (a page past the last: the last), one category's, or a
    search's; a category the catalog does not hold is said to be unknown, with the way back."""
    async with read_session(runtime.sessions) as session:
        customer = await _visitor(request, runtime, session)
        if isinstance(customer, HTMLResponse):
            return customer
        categories = await shop_categories(session)
        if category and category not in category_paths(categories):
            return await _shop_page(request, runtime, "missing.html", customer, {
                "categories": categories, "problem": "no_such_category", "name": category},
                status_code=status.HTTP_404_NOT_FOUND)
        if q and q.strip():
            listing = await search_listing(session, runtime.service.deps.catalog, q, category=category)
        else:
            listing = await list_products(session, category=category, page=page_number(page))
    return await _shop_page(request, runtime, "shop.html", customer, {
        "listing": listing, "products": listing.products, "categories": categories, "category": category,
        "trail": trail(category), "q": (q or "").strip()})


@router.get("/products/{product_id}", response_class=HTMLResponse, name="shop_product")
async def product_page(request: Request, product_id: ProductId,
                       runtime: WebRuntime = Depends(get_runtime)) -> Response:
    """One product: all its photos, its variants with price and stock, and "Ask about this product"."""
    async with read_session(runtime.sessions) as session:
        customer = await _visitor(request, runtime, session)
        if isinstance(customer, HTMLResponse):
            return customer
        product = await product_detail(session, product_id)
        categories = await shop_categories(session)
    if product is None:
        return await _shop_page(request, runtime, "missing.html", customer, {"categories": categories},
                                status_code=status.HTTP_404_NOT_FOUND)
    return await _shop_page(request, runtime, "product.html", customer, {
        "product": product, "categories": categories, "trail": trail(product.category_path)})


@router.get("/static/shop.js", name="shop_js")
async def shop_script() -> FileResponse:
    return FileResponse(HERE / "static" / "shop.js", media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=3600"})


@router.get("/login", response_class=HTMLResponse, name="sign_in_page")
async def sign_in_page(request: Request) -> Response:
    """The customers' sign-in form (the storefront itself is open to guests)."""
    return _page(request, "login.html", {"error": None})


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, login: Annotated[str, Form(max_length=64, pattern=PLAIN_TEXT)],
                password: Annotated[str, Form(max_length=256)], runtime: WebRuntime = Depends(get_runtime),
                throttle: LoginThrottle = Depends(login_throttle)) -> Response:
    client = client_of(request)
    if wait := await throttle.retry_after(login, client):
        return _page(request, "login.html", {"error": "too_many_attempts", "wait": wait},
                     status_code=status.HTTP_429_TOO_MANY_REQUESTS)
    principal = await verify_password(runtime.sessions, login, password,
                                      production=runtime.settings.environment == "production")
    if principal is None:
        await throttle.failed(login, client)
    else:
        await throttle.succeeded(login, client)
    if principal is None or principal.role is not AccountRole.CUSTOMER:
        return _page(request, "login.html", {"error": "wrong_password"},
                     status_code=status.HTTP_401_UNAUTHORIZED)
    token = issue_token(_secret(runtime), subject=principal.subject, role=principal.role.value,
                        customer_id=principal.customer_id, ttl_s=SESSION_TTL_S, audience=SHOP_AUDIENCE,
                        name=principal.name)
    response = RedirectResponse(request.url_for("storefront").path, status_code=status.HTTP_303_SEE_OTHER)
    response.set_cookie(COOKIE, token, max_age=SESSION_TTL_S, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/shop")
    return response


@router.post("/logout")
async def logout(request: Request, runtime: WebRuntime = Depends(get_runtime)) -> Response:
    """Sign out: this shop session and the chat widget's session issued from it stop working at once."""
    customer = shop_customer(request, runtime)
    if customer is not None:
        await sign_out(runtime, customer)
    response = RedirectResponse(request.url_for("storefront").path, status_code=status.HTTP_303_SEE_OTHER)
    response.delete_cookie(COOKIE, path="/shop")
    return response
