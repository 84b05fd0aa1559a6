"""The chat's HTTP side checks the session too: Chainlit's own routes (the user, the thread list and threads,
files, the widget's token exchange) answer 401 once the session that a token names has ended, as the socket
does (assistant/web/chat/sessions.py). Without it a signed-out storefront still listed the customer's chats.
"""

from __future__ import annotations

from collections.abc import Callable
from http.cookies import SimpleCookie

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.web.chat.sessions import chat_session_live
from assistant.web.runtime import WebRuntime

# Routes that act for a signed-in user; static assets, the page itself and sign-in/out stay open.
GATED = ("/user", "/project/", "/auth/jwt", "/feedback", "/set-session-cookie", "/mcp", "/avatars/")


def request_token(scope: Scope) -> str | None:
    """The chat token a request carries: a bearer token, else the `access_token` cookie (possibly chunked)."""
    headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
    scheme, _, credentials = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and credentials:
        return credentials.strip()
    cookie: SimpleCookie = SimpleCookie()
    try:
        cookie.load(headers.get("cookie", ""))
    except Exception:  # noqa: BLE001 - an unreadable cookie header names no session
        return None
    if "access_token" in cookie:
        return cookie["access_token"].value
    chunks = sorted((name for name in cookie if name.startswith("access_token_")), key=lambda n: int(n[13:] or 0))
    return "".join(cookie[name].value for name in chunks) or None


class ChatSessionGate:
    """ASGI middleware for the paths under `chat_path`: a token whose session ended gets 401 (and its cookie is
    dropped), so the chat UI goes back to its sign-in page."""

    def __init__(self, app: ASGIApp, *, chat_path: str, runtime: Callable[[], WebRuntime | None],
                 secret: Callable[[], str]) -> None:
        self.app = app
        self.chat_path = chat_path.rstrip("/")
        self.runtime = runtime
        self.secret = secret

    def _gated(self, path: str) -> bool:
        if not path.startswith(self.chat_path + "/"):
            return False
        return path[len(self.chat_path):].startswith(GATED)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        runtime = self.runtime() if scope["type"] == "http" and self._gated(scope["path"]) else None
        token = request_token(scope) if runtime is not None else None
        if runtime is not None and token and not await chat_session_live(runtime, token, self.secret()):
            response = JSONResponse({"detail": "this session has ended; sign in again"}, status_code=401)
            response.delete_cookie("access_token", path="/")
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
