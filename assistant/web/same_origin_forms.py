"""Sign-in and sign-out forms answer only to pages of this site (login CSRF).

A page on another site could post a form to `/shop/login` with the attacker's own credentials: the victim's
browser is then signed in to the attacker's account, and what the victim types or uploads lands there. The desk's
other forms carry a per-session CSRF token; sign-in has no session yet to bind a token to, so these forms are
checked by what browsers say about where a request comes from: `Sec-Fetch-Site` (every current browser sends
it) must be `same-origin` or `none` (typed, bookmarked), and an `Origin`, when sent, must be this host. A request
with neither header does not come from a browser page (curl, the tests) and cannot carry a victim's cookies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

SAME_SITE_FETCHES = {"same-origin", "none"}


class SameOriginForms:
    def __init__(self, app: ASGIApp, *, paths: Iterable[str]) -> None:
        self.app = app
        self.paths = frozenset(paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] in self.paths \
                and not comes_from_this_site(_headers(scope)):
            await _refuse(send)
            return
        await self.app(scope, receive, send)


def comes_from_this_site(headers: dict[str, str]) -> bool:
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in SAME_SITE_FETCHES:
        return False
    origin = headers.get("origin")
    if origin is None:
        return True
    return origin != "null" and urlsplit(origin).netloc.lower() == headers.get("host", "").lower()


def _headers(scope: Scope) -> dict[str, str]:
    return {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}


async def _refuse(send: Send) -> None:
    body = json.dumps({"detail": "this form can only be sent from this site's own pages"}).encode()
    headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 403, "headers": headers})
    await send({"type": "http.response.body", "body": body})
