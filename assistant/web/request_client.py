"""The client address of the request being handled, for code that gets no request (Chainlit's password
callback, which the sign-in throttle needs). Set by `RequestClient` after trusted-proxy headers are applied."""

from __future__ import annotations

from contextvars import ContextVar

from starlette.types import ASGIApp, Receive, Scope, Send

_client: ContextVar[str] = ContextVar("request_client", default="unknown")


def current_client() -> str:
    return _client.get()


class RequestClient:
    """ASGI middleware: remembers the request's client address for the rest of its handling."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            peer = scope.get("client")
            token = _client.set(peer[0] if peer else "unknown")
            try:
                await self.app(scope, receive, send)
            finally:
                _client.reset(token)
            return
        await self.app(scope, receive, send)
