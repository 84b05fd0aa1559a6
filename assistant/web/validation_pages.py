"""Routes whose refused input gets a page, never the framework's JSON with the input echoed back.

The storefront (`shop/query_params.py`) and the desk (`desk/pages.py`) each explain a refused address or form on a
page of their own; this is the one place that turns FastAPI's `RequestValidationError` into that page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import APIRoute

Explain = Callable[[Request, Sequence[Any]], Awaitable[Response]]


def route_explaining_errors(explain: Callable[[], Explain], name: str) -> type[APIRoute]:
    """An `APIRoute` class whose handler answers a `RequestValidationError` with `explain()(request, errors)`.
    `explain` is looked up per error, so a page module may import the router module that uses this route."""

    class ExplainingRoute(APIRoute):
        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handle = super().get_route_handler()

            async def handle_or_explain(request: Request) -> Response:
                try:
                    return await handle(request)
                except RequestValidationError as error:
                    return await explain()(request, error.errors())

            return handle_or_explain

    ExplainingRoute.__name__ = ExplainingRoute.__qualname__ = name
    return ExplainingRoute
