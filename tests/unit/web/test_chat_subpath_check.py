"""The chat's sub-path check as plain ASGI (desk18 F13): outside the chat's path a 404, as Chainlit answers it;
inside, the request passes untouched, and one whose client left before any answer ends without an error. And the
chat page's addresses that already hold the chat's path are not given it twice."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse

from assistant.web.chat.own_assets import at_their_own_address
from assistant.web.chat.subpath_check import ChatSubpathOnly, replace_chainlits_subpath_check


def _scope(path: str) -> dict[str, Any]:
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
            "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"", "headers": [],
            "client": ("203.0.113.9", 40123), "server": ("vitrine.test", 80)}


def _call(app: Any, path: str, *, gone: bool = False) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"} if gone else {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(_scope(path), receive, send))
    return sent


async def _inner(scope: Any, receive: Any, send: Any) -> None:
    await PlainTextResponse("chat")(scope, receive, send)


async def _silent(scope: Any, receive: Any, send: Any) -> None:
    """An app that, its client gone, answers nothing (as a file response does)."""


def test_a_path_outside_the_chat_is_not_found_and_one_inside_passes() -> None:
    check = ChatSubpathOnly(_inner, path="/chat")
    outside, inside = _call(check, "/shop"), _call(check, "/chat/login")
    assert outside[0]["status"] == 404 and b"Not found" in outside[1]["body"]
    assert inside[0]["status"] == 200 and inside[1]["body"] == b"chat"


def test_a_request_whose_client_left_ends_without_an_error() -> None:
    assert _call(ChatSubpathOnly(_silent, path="/chat"), "/chat/favicon", gone=True) == []


def test_chainlits_base_http_middleware_is_replaced() -> None:
    class ChainlitMiddleware(BaseHTTPMiddleware):
        pass

    app = Starlette(middleware=[Middleware(ChainlitMiddleware)])
    replace_chainlits_subpath_check(app, "/chat")
    assert [m.cls for m in app.user_middleware] == [ChatSubpathOnly]


def test_addresses_holding_the_chats_path_are_not_given_it_twice() -> None:
    page = '<link rel="stylesheet" href="/chat/chat/public/fonts.css"><script src="/chat/assets/a.js"></script>'
    assert at_their_own_address(page, "/chat") == ('<link rel="stylesheet" href="/chat/public/fonts.css">'
                                                   '<script src="/chat/assets/a.js"></script>')
    assert at_their_own_address('<a href="/chat/chatty">', "/chat") == '<a href="/chat/chatty">'
    assert at_their_own_address(page, "") == page
