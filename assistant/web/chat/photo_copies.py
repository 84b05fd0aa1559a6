"""The customer's own photo in the chat is the redacted copy the shop kept, never the upload.

Chainlit serves an uploaded file at `/chat/project/file/<id>` from its session folder, but only the intake's
redacted copy may be kept, so the upload is deleted as soon as it is read (uploads.py) and the chat showed a
broken image (a 500, FileNotFoundError). Here the chat's uploads are served from the evidence store instead:
a request for an upload waits until the intake has redacted it (the browser asks at once, while the photo is
still being checked) and gets the redacted JPEG; a refused photo, or a file that is no upload of this session,
gets 404. The raw upload is never served, even in the instant before it is deleted. Only to the signed-in account
that sent it: the request must carry that account's chat token (its cookie, or a bearer token), not just the
session id in the address (attacker pass F7: the photo was served to a request with no cookie at all).
"""

from __future__ import annotations

import asyncio
import re
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.web.chat.session_gate import request_token
from assistant.web.chat.sessions import chat_identity

WAIT_S = 60.0
KEPT = 2_000  # the most recent uploads served (a page may ask again when it redraws)
FILE_ROUTE = re.compile(r"/project/file/(?P<file_id>[0-9a-fA-F-]{36})$")


class RedactedCopies:
    """Upload id → the redacted copy's path (None: refused), set once its intake ends; with the chat session and
    the account that sent it."""

    def __init__(self) -> None:
        self._copies: OrderedDict[str, tuple[str, str | None, asyncio.Future[Path | None]]] = OrderedDict()

    def _future(self, file_id: str, session_id: str, owner: str | None = None) -> asyncio.Future[Path | None] | None:
        entry = self._copies.get(file_id)
        if entry is None:
            entry = (session_id, owner, asyncio.get_running_loop().create_future())
            self._copies[file_id] = entry
            while len(self._copies) > KEPT:
                self._copies.popitem(last=False)
        return entry[2] if entry[0] == session_id else None

    def owner_of(self, file_id: str) -> str | None:
        entry = self._copies.get(file_id)
        return entry[1] if entry else None

    def expect(self, file_ids: list[str], session_id: str, owner: str | None) -> None:
        """Uploads of this chat session, sent by the signed-in account `owner` (None: nobody may fetch them)."""
        for file_id in file_ids:
            self._future(file_id, session_id, owner)

    def resolve(self, file_ids: list[str], session_id: str, path: Path | None) -> None:
        """The intake's outcome for these uploads (later outcomes of the same upload are ignored)."""
        for file_id in file_ids:
            future = self._future(file_id, session_id)
            if future is not None and not future.done():
                future.set_result(path)

    async def copy_of(self, file_id: str, session_id: str, *, wait_s: float = WAIT_S) -> Path | None:
        future = self._future(file_id, session_id)
        if future is None:
            return None
        try:
            return await asyncio.wait_for(asyncio.shield(future), wait_s)
        except TimeoutError:
            return None


class RedactedUploadFiles:
    """ASGI middleware answering Chainlit's upload route under `chat_path` from `copies`, to the account that sent
    the upload only (its chat token, signed with `secret`; ChatSessionGate, outside this, has refused a token
    whose session ended)."""

    def __init__(self, app: ASGIApp, *, chat_path: str, copies: RedactedCopies, secret: Callable[[], str]) -> None:
        self.app, self.chat_path, self.copies, self.secret = app, chat_path.rstrip("/"), copies, secret

    def _signed_in_owner(self, scope: Scope, file_id: str) -> bool:
        token = request_token(scope)
        identity = chat_identity(token, self.secret()) if token else None
        owner = self.copies.owner_of(file_id)
        return identity is not None and owner is not None and identity.login == owner

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        match = FILE_ROUTE.match(path[len(self.chat_path):]) if path.startswith(self.chat_path + "/") else None
        if match is None:
            await self.app(scope, receive, send)
            return
        session_id = Request(scope).query_params.get("session_id", "")
        if not self._signed_in_owner(scope, match["file_id"]):
            await PlainTextResponse("not found", status_code=404)(scope, receive, send)
            return
        copy = await self.copies.copy_of(match["file_id"], session_id) if session_id else None
        response = (FileResponse(copy, media_type="image/jpeg", headers={"Cache-Control": "private, no-store"})
                    if copy is not None and copy.is_file() else PlainTextResponse("not found", status_code=404))
        await response(scope, receive, send)


REDACTED_COPIES = RedactedCopies()  # one per process, like the Chainlit app it serves
