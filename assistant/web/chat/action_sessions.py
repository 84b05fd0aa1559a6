"""Chainlit's action route (`POST {chat}/project/action`) looks its socket session up and fails with a 500 (a
traceback in the log, the connection dropped) when the `sessionId` names none: an old tab, a forged request
(attack10, F5). Here such a request is answered 404 with a clear error before Chainlit sees it; bad JSON is a 400.
Every other request passes untouched (the body read here is handed on as it came)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 64 * 1024  # an action request is a few hundred bytes; Chainlit refuses larger ones itself


def chainlit_session_exists(session_id: str) -> bool:
    from chainlit.session import WebsocketSession

    return WebsocketSession.get_by_id(session_id) is not None


class ActionSessionCheck:
    """ASGI middleware for `{chat_path}/project/action`: an unknown or missing `sessionId` is a 404, not a 500."""

    def __init__(self, app: ASGIApp, chat_path: str,
                 session_exists: Callable[[str], bool] = chainlit_session_exists) -> None:
        self.app = app
        self.path = f"{chat_path.rstrip('/')}/project/action"
        self.session_exists = session_exists

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        messages, body = await _read_body(receive)
        refusal = self._refusal(body)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, _replay(messages, receive), send)

    def _refusal(self, body: bytes) -> JSONResponse | None:
        if len(body) > MAX_BODY:
            return None  # Chainlit's own limits answer it
        try:
            payload: Any = json.loads(body or b"null")
        except ValueError:
            return JSONResponse({"detail": "the request body is not JSON"}, status_code=400)
        session_id = payload.get("sessionId") if isinstance(payload, dict) else None
        if not isinstance(session_id, str) or not session_id:
            return None  # Chainlit's validation answers 422
        if not self.session_exists(session_id):
            return JSONResponse({"detail": "this chat session is not open (reload the page)"}, status_code=404)
        return None


async def _read_body(receive: Receive) -> tuple[list[Message], bytes]:
    messages: list[Message] = []
    body = b""
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        body += message.get("body", b"")
        if not message.get("more_body") or len(body) > MAX_BODY:
            break
    return messages, body


def _replay(messages: list[Message], receive: Receive) -> Receive:
    queue = list(messages)

    async def replayed() -> Message:
        return queue.pop(0) if queue else await receive()

    return replayed
