"""Chainlit's own check that a request is under the chat's path, as plain ASGI (desk18 F13).

`chainlit.utils.mount_chainlit` wraps the chat in `ChainlitMiddleware`, a Starlette `BaseHTTPMiddleware` that
answers 404 to a path outside the chat and passes the rest on. A `BaseHTTPMiddleware` raises
`RuntimeError: No response returned.` when the client is gone before the answer starts: every request the browser
drops while /chat's sign-in page loads (the favicon and a stylesheet, left behind by the redirect to /chat/login)
logged that traceback as a server error. The same check as plain ASGI lets such a request end quietly (the server
sees the client left) and answers every other request as before.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.datastructures import URL
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

CHAINLITS_CHECK = "ChainlitMiddleware"  # chainlit.utils.mount_chainlit's class, defined inside that function


class ChatSubpathOnly:
    """A request whose path is outside `path` is a 404, as Chainlit answers it; the rest pass untouched."""

    def __init__(self, app: ASGIApp, path: str) -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not URL(scope=scope).path.startswith(self.path):
            await JSONResponse(status_code=404, content={"detail": "Not found"})(scope, receive, send)
            return
        await self.app(scope, receive, send)


def replace_chainlits_subpath_check(chainlit_app: Starlette, path: str) -> None:
    """Put `ChatSubpathOnly` where `mount_chainlit` put its `BaseHTTPMiddleware`, before the chat's first request
    builds its middleware stack. Raises if Chainlit no longer adds that middleware (an upgrade to look at)."""
    found = [position for position, middleware in enumerate(chainlit_app.user_middleware)
             if getattr(middleware.cls, "__name__", "") == CHAINLITS_CHECK
             and issubclass(middleware.cls, BaseHTTPMiddleware)]  # type: ignore[arg-type]
    if not found:
        raise RuntimeError(f"Chainlit's {CHAINLITS_CHECK} is not among the chat's middleware: "
                           "check assistant/web/chat/subpath_check.py against this Chainlit version")
    for position in found:
        chainlit_app.user_middleware[position] = Middleware(ChatSubpathOnly, path=path)
    chainlit_app.middleware_stack = None  # built again, with the check above, on the first request
