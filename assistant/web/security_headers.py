"""Headers that tell browsers what a response may do, set in one place for every response of the app: the
Content-Security-Policy of its surface (the longest path prefix that covers it), X-Frame-Options to match that
policy's frame-ancestors, `X-Content-Type-Options: nosniff` and `Referrer-Policy: same-origin`.

These replace any value a route set itself, so the policies in assistant/web/surfaces.py are the whole story.
A policy that lists `NONCE` gets a fresh nonce per request; templates read it as `request.state.csp_nonce`.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

NONCE = "'nonce'"  # stands for this request's `'nonce-…'` source
NONCE_STATE = "csp_nonce"
COMMON = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}
FRAME_OPTIONS: dict[tuple[str, ...], str] = {("'none'",): "DENY", ("'self'",): "SAMEORIGIN"}
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


@dataclass(frozen=True)
class Surface:
    """One part of the app, the paths under `prefix`, and the policy (directive -> sources) its responses carry."""

    prefix: str
    policy: Mapping[str, Sequence[str]]

    def covers(self, path: str) -> bool:
        return self.prefix == "/" or path == self.prefix or path.startswith(self.prefix.rstrip("/") + "/")

    @property
    def uses_nonce(self) -> bool:
        return any(NONCE in sources for sources in self.policy.values())

    def headers(self, nonce: str | None = None) -> dict[str, str]:
        def filled(sources: Sequence[str]) -> list[str]:
            return [f"'nonce-{nonce}'" if source == NONCE else source for source in sources
                    if source != NONCE or nonce]

        csp = "; ".join(" ".join([directive, *filled(sources)]) for directive, sources in self.policy.items())
        headers = {"Content-Security-Policy": csp, **COMMON}
        # Browsers that know frame-ancestors ignore X-Frame-Options; older ones get the nearest equivalent.
        frame_options = FRAME_OPTIONS.get(tuple(self.policy.get("frame-ancestors", ())))
        if frame_options:
            headers["X-Frame-Options"] = frame_options
        return headers


def inline_script_hashes(html: str) -> tuple[str, ...]:
    """`'sha256-…'` sources for the inline scripts of a page the app builds itself from trusted parts; never
    use it on a response that could hold user content: an injected script would be hashed along with the rest."""
    return tuple(f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
                 for body in _INLINE_SCRIPT.findall(html))


class SecurityHeaders:
    """ASGI middleware: each HTTP response gets the headers of the surface its path belongs to."""

    def __init__(self, app: ASGIApp, surfaces: Sequence[Surface]) -> None:
        if not any(surface.prefix == "/" for surface in surfaces):
            raise ValueError("one surface must cover '/' (the policy of everything else)")
        self.app = app
        self.surfaces = sorted(surfaces, key=lambda surface: len(surface.prefix), reverse=True)
        self.fixed = {surface.prefix: surface.headers() for surface in surfaces if not surface.uses_nonce}

    def surface_of(self, path: str) -> Surface:
        return next(surface for surface in self.surfaces if surface.covers(path))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        surface = self.surface_of(scope["path"])
        headers = self.fixed.get(surface.prefix)
        if headers is None:
            nonce = secrets.token_urlsafe(18)
            scope.setdefault("state", {})[NONCE_STATE] = nonce
            headers = surface.headers(nonce)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                for name, value in headers.items():
                    response_headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
