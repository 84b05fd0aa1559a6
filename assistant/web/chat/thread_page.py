"""The full-page chat's address of one conversation, `/chat/thread/<id>`, opened by someone it does not belong to.

The chat's socket refuses a session naming another account's conversation (`sessions.guard_connect`), and
Chainlit's page then said "Could not reach the server" (attack16 F12): true of nothing, and no help. Here such an
address, or one of a conversation that does not exist, gets a page of its own in the browser's language, saying the
conversation is not theirs or not found (the same words for both, so the page tells nothing of another account) with
a link to a new chat. Only a signed-in session is answered here; one that is not goes on to the sign-in page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.chat_lines import chat_word
from assistant.web.chat.session_gate import request_token
from assistant.web.chat.sessions import ChatIdentity, chat_identity
from assistant.web.runtime import WebRuntime
from assistant.web.shop.wording import page_language

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;margin:0;padding:4rem 1.5rem;color:#1f2328}}
main{{max-width:36rem;margin:0 auto}}h1{{font-size:1.5rem}}a{{color:#0b5cad}}</style></head>
<body><main id="thread-unavailable"><h1>{title}</h1><p>{text}</p><p><a href="{new_chat}">{new_chat_label}</a></p>
</main></body></html>
"""


async def unavailable_to(runtime: WebRuntime, thread_id: str, identity: ChatIdentity) -> bool:
    """Whether the conversation `thread_id` is not this session's to open: another account's, or none at all."""
    service = runtime.service
    if not await service.may_follow(thread_id, customer_id=identity.customer_id, account=identity.login):
        return True
    author = await runtime.chat_threads.author(thread_id) if runtime.chat_threads is not None else None
    if author is not None:
        return author != identity.login
    return not await service.started(thread_id)


def unavailable_page(language: str, chat_path: str) -> HTMLResponse:
    words = {key: html.escape(chat_word(key, language)) for key in ("thread_unavailable_title", "thread_unavailable",
                                                                     "start_new_chat")}
    body = PAGE.format(lang=language, title=words["thread_unavailable_title"], text=words["thread_unavailable"],
                       new_chat=html.escape(chat_path + "/"), new_chat_label=words["start_new_chat"])
    return HTMLResponse(body, status_code=404, headers={"Cache-Control": "no-store", "Vary": "Accept-Language"})


class ThreadPageCheck:
    """ASGI middleware for GET `{chat_path}/thread/<id>`: a signed-in session opening a conversation that is not
    its own, or none, gets `unavailable_page` (404) instead of Chainlit's page."""

    def __init__(self, app: ASGIApp, *, chat_path: str, runtime: Callable[[], WebRuntime | None],
                 secret: Callable[[], str]) -> None:
        self.app = app
        self.chat_path = chat_path.rstrip("/")
        self.address = re.compile(re.escape(self.chat_path) + r"/thread/([^/]+)/?")
        self.runtime = runtime
        self.secret = secret

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = self.address.fullmatch(scope["path"]) if scope["type"] == "http" and scope["method"] == "GET" else None
        runtime = self.runtime() if match else None
        token = request_token(scope) if runtime is not None else None
        identity = chat_identity(token, self.secret()) if token else None
        if match and runtime is not None and identity is not None and await unavailable_to(runtime, match[1],
                                                                                             identity):
            headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
            await unavailable_page(page_language(headers.get("accept-language")), self.chat_path)(scope, receive, send)
            return
        await self.app(scope, receive, send)
