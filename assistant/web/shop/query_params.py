"""The storefront's address parameters as a visitor may type them (fresh22 F17): never a framework error.

`?page=abc` or `?page=-3` is the first page and a page past the last is the last (the listing clamps it); a
category the catalog does not hold is said to be unknown (pages.py); anything else the rules refuse (a search
over its length, a control character, a malformed product id) gets a page in the visitor's language, never
FastAPI's JSON with the refused input echoed back (`ShopPageErrors`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assistant.web.query_params import page_number
from assistant.web.validation_pages import Explain, route_explaining_errors

__all__ = ["ShopPageErrors", "category_paths", "page_number"]


def category_paths(tree: Iterable[Any]) -> set[str]:
    """Every path of the category tree (a branch or a leaf): the categories a listing can be asked for."""
    paths: set[str] = set()
    for node in tree:
        paths.add(node.path)
        paths |= category_paths(node.children)
    return paths


def _refused_address() -> Explain:
    from assistant.web.shop.pages import refused_address

    return refused_address


ShopPageErrors = route_explaining_errors(_refused_address, "ShopPageErrors")
"""A storefront address the rules refuse gets a page in the visitor's language with a way back to the shop
(a product id that cannot be one: the "no such product" page, 404; the sign-in form: its wrong-login line),
status 4xx, never the framework's JSON."""
