"""The storefront's address parameters as a visitor may type them (fresh22 F17): never a framework error.

`?page=abc` or `?page=-3` is the first page and a page past the last is the last (the listing clamps it); a
category the catalog does not hold is said to be unknown (pages.py); anything else the rules refuse (a search
over its length, a control character, a malformed product id) gets a page in the visitor's language, never
FastAPI's JSON with the refused input echoed back (`ShopPageErrors`).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import APIRoute

from assistant.web.query_params import page_number

__all__ = ["ShopPageErrors", "category_paths", "page_number"]

def category_paths(tree: Iterable[Any]) -> set[str]:
    """Every path of the category tree (a branch or a leaf): the categories a listing can be asked for."""
    paths: set[str] = set()
    for node in tree:
        paths.add(node.path)
        paths |= category_paths(node.children)
    return paths


class ShopPageErrors(APIRoute):
    """A storefront address the rules refuse gets a page in the visitor's language with a way back to the shop
    (a product id that cannot be one: the "no such product" page, 404; the sign-in form: its wrong-login line),
    status 4xx, never the framework's JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_or_explain(request: Request) -> Response:
            try:
                return await handle(request)
            except RequestValidationError as error:
                from assistant.web.shop.pages import refused_address

                return await refused_address(request, error.errors())

        return handle_or_explain
