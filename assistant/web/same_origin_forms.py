"""Forms that change something answer only to pages of this site (CSRF, login CSRF included).

A page on another site could post a form to `/shop/login` with the attacker's own credentials: the victim's
browser is then signed in to the attacker's account, and what the victim types or uploads lands there. Sign-in has
no session yet to bind a token to; the desk's other forms do carry a per-session CSRF token, and are checked here
as well (attack12 F4: defence in depth, should a token leak or the cookie's SameSite be relaxed). A request is
judged by what browsers say about where it comes from: `Sec-Fetch-Site` (every current browser sends it) must be
`same-origin` or `none` (typed, bookmarked); the `Origin`, or without one the `Referer`'s origin, must be this
host or one of `WebSettings.form_origins`. A request with none of these headers does not come from a browser page
(curl, the tests) and cannot carry a victim's cookies: it is let through, and the desk's token still applies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

SAME_SITE_FETCHES = {"same-origin", "none"}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class SameOriginForms:
    """Refuses (403) a state-changing request to one of `paths`, or to a path under one of `prefixes`, that a
    browser says comes from another site; `allowed_origins` are other sites' origins trusted as this one."""

    def __init__(self, app: ASGIApp, *, paths: Iterable[str], prefixes: Iterable[str] = (),
                 allowed_origins: Iterable[str] = ()) -> None:
        self.app = app
        self.paths = frozenset(paths)
        self.prefixes = tuple(prefixes)
        self.allowed_origins = frozenset(origin.rstrip("/").lower() for origin in allowed_origins)

    def guards(self, scope: Scope) -> bool:
        return scope["type"] == "http" and scope["method"] not in SAFE_METHODS \
            and (scope["path"] in self.paths or scope["path"].startswith(self.prefixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.guards(scope) and not comes_from_this_site(_headers(scope), self.allowed_origins):
            await _refuse(send)
            return
        await self.app(scope, receive, send)


def comes_from_this_site(headers: dict[str, str], allowed_origins: Iterable[str] = ()) -> bool:
    """Whether the browser's own headers place the request on this site (or on an allowed origin)."""
    source = _source_origin(headers)
    trusted = source is not None and source in allowed_origins
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in SAME_SITE_FETCHES and not trusted:
        return False
    if source is None:
        return "origin" not in headers and "referer" not in headers  # a header that names no origin ("null")
    return trusted or urlsplit(source).netloc == headers.get("host", "").lower()


def _source_origin(headers: dict[str, str]) -> str | None:
    """`scheme://host[:port]` of the page the request comes from: its `Origin`, else its `Referer`'s."""
    named = headers.get("origin") or headers.get("referer")
    if not named or named == "null":
        return None
    parts = urlsplit(named)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def _headers(scope: Scope) -> dict[str, str]:
    return {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}


async def _refuse(send: Send) -> None:
    body = json.dumps({"detail": "this form can only be sent from this site's own pages"}).encode()
    headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 403, "headers": headers})
    await send({"type": "http.response.body", "body": body})
