"""The desk's review of attribute suggestions read from product photos: products waiting, one product's page,
accept / reject per suggestion and accept-all-at-or-above a confidence.

Forms post back here with the desk's CSRF token, act through `suggestion_actions` (the API's functions), then
redirect to the product's page (post/redirect/get). A suggestion someone else decided meanwhile re-renders the
page with 409 and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from assistant.web.api import suggestion_actions
from assistant.web.api.attribute_suggestions import SKU_PATTERN, SuggestionId
from assistant.web.auth import Principal
from assistant.web.desk.pages import DeskFormErrors
from assistant.web.desk.session import check_csrf, csrf_token, desk_agent
from assistant.web.desk.templating import render
from assistant.web.query_params import page_number
from assistant.web.runtime import WebRuntime, get_runtime
from tools.errors import NotFound
from tools.store.attribute_reviews import SuggestionFilter
from tools.store.enums import SuggestionStatus

router = APIRouter(include_in_schema=False, route_class=DeskFormErrors)  # a refused form or address: a desk page
Sku = Annotated[str, Path(pattern=SKU_PATTERN)]
Csrf = Annotated[str, Form(alias="csrf_token", max_length=128)]
Decision = Annotated[str, Path(pattern="^(accept|reject)$")]
PAGE = 50
DEFAULT_THRESHOLD = 0.9
DONE = {"accept": "Suggestion accepted: search uses it now.", "reject": "Suggestion rejected.",
        "none": "No pending suggestion reaches that confidence.", "many": "Accepted {count} suggestions."}


@router.get("/suggestions", response_class=HTMLResponse, name="desk_suggestions")
async def products_page(
    request: Request,
    attribute: Annotated[str | None, Query()] = None,
    min_confidence: Annotated[str | None, Query()] = None,
    page: Annotated[str | None, Query()] = None,
    agent: Principal = Depends(desk_agent),
    runtime: WebRuntime = Depends(get_runtime),
) -> HTMLResponse:
    """The products with pending suggestions; filters typed wrong in the address are dropped, never a framework
    error (fresh22 F17): a page that is no number is the first, a confidence outside 0–1 or no number is none."""
    attribute = attribute if attribute and len(attribute) <= 64 and re.fullmatch(r"[a-z_]+", attribute) else None
    confidence = _confidence(min_confidence)
    number = page_number(page)
    filters = SuggestionFilter(attribute=attribute, min_confidence=confidence)
    products = await suggestion_actions.pending_products(runtime, agent, filters, limit=PAGE + 1,
                                                         offset=(number - 1) * PAGE)
    return render(request, "suggestions.html", {
        "agent": agent, "csrf": csrf_token(runtime, agent), "products": products[:PAGE], "page": number,
        "more": len(products) > PAGE, "attribute": attribute or "", "min_confidence": confidence})


def _confidence(raw: str | None) -> float | None:
    try:
        value = float((raw or "").strip())
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None


async def _product_page(request: Request, runtime: WebRuntime, agent: Principal, sku: str, *,
                        notice: str | None = None, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    try:
        product = await suggestion_actions.product_suggestions(runtime, agent, sku)
    except NotFound:
        return render(request, "missing.html", {"agent": agent, "csrf": csrf_token(runtime, agent)},
                      status.HTTP_404_NOT_FOUND)
    return render(request, "product_suggestions.html", {
        "agent": agent, "csrf": csrf_token(runtime, agent), "product": product, "notice": notice, "error": error,
        "threshold": DEFAULT_THRESHOLD, "pending": SuggestionStatus.PENDING}, status_code)


@router.get("/suggestions/{sku}", response_class=HTMLResponse, name="desk_product_suggestions")
async def product_page(request: Request, sku: Sku, done: Annotated[str | None, Query(max_length=16)] = None,
                       count: Annotated[str | None, Query()] = None,
                       agent: Principal = Depends(desk_agent),
                       runtime: WebRuntime = Depends(get_runtime)) -> HTMLResponse:
    notice = DONE.get(done or "")
    return await _product_page(request, runtime, agent, sku,
                               notice=notice.format(count=min(page_number(count), 10_000)) if notice else None)


async def _act(request: Request, runtime: WebRuntime, agent: Principal, sku: str, csrf: str,
               action: Callable[[], Awaitable[Any]], done: Callable[[Any], dict[str, str]]) -> Response:
    check_csrf(runtime, agent, csrf)
    try:
        result = await action()
    except (suggestion_actions.AlreadyReviewed, NotFound) as error:
        code = status.HTTP_409_CONFLICT if isinstance(error, suggestion_actions.AlreadyReviewed) \
            else status.HTTP_404_NOT_FOUND
        message = "Someone else already decided this suggestion; this is the latest." \
            if code == status.HTTP_409_CONFLICT else str(error)
        return await _product_page(request, runtime, agent, sku, error=message, status_code=code)
    url = request.url_for("desk_product_suggestions", sku=sku).include_query_params(**done(result))
    return RedirectResponse(f"{url.path}?{url.query}", status.HTTP_303_SEE_OTHER)


@router.post("/suggestions/{sku}/{suggestion_id}/{decision}", name="desk_decide_suggestion")
async def decide(request: Request, sku: Sku, suggestion_id: SuggestionId, decision: Decision, csrf: Csrf,
                 agent: Principal = Depends(desk_agent), runtime: WebRuntime = Depends(get_runtime)) -> Response:
    status_ = suggestion_actions.DECISIONS[decision]

    async def act() -> object:
        return await suggestion_actions.decide(runtime, agent, suggestion_id, status_, product_sku=sku)

    return await _act(request, runtime, agent, sku, csrf, act, lambda _view: {"done": decision})


@router.post("/suggestions/{sku}/accept-confident", name="desk_accept_confident")
async def accept_confident(request: Request, sku: Sku, csrf: Csrf,
                           min_confidence: Annotated[float, Form(ge=0.0, le=1.0)],
                           agent: Principal = Depends(desk_agent),
                           runtime: WebRuntime = Depends(get_runtime)) -> Response:
    return await _act(request, runtime, agent, sku, csrf,
                      lambda: suggestion_actions.accept_above(runtime, agent, sku, min_confidence),
                      lambda accepted: {"done": "many" if accepted else "none", "count": str(len(accepted))})
