"""The customer's own photo in the chat is the redacted copy the shop kept, never the upload.

Chainlit serves an uploaded file at `/chat/project/file/<id>` from its session folder, but only the intake's
redacted copy may be kept, so the upload is deleted as soon as it is read (uploads.py) and the chat showed a
broken image (a 500, FileNotFoundError). Here the chat's uploads are served from the evidence store instead:
a request for an upload waits until the intake has redacted it (the browser asks at once, while the photo is
still being checked) and gets the redacted JPEG; a refused photo, or a file that is no upload of this session,
gets 404. The raw upload is never served, even in the instant before it is deleted.
"""

from __future__ import annotations

import asyncio
import re
from collections import OrderedDict
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

WAIT_S = 60.0
KEPT = 2_000  # the most recent uploads served (a page may ask again when it redraws)
FILE_ROUTE = re.compile(r"/project/file/(?P<file_id>[0-9a-fA-F-]{36})$")


class RedactedCopies:
    """Upload id → the redacted copy's path (None: refused), set once its intake ends."""

    def __init__(self) -> None:
        self._copies: OrderedDict[str, tuple[str, asyncio.Future[Path | None]]] = OrderedDict()

    def _future(self, file_id: str, session_id: str) -> asyncio.Future[Path | None] | None:
        entry = self._copies.get(file_id)
        if entry is None:
            entry = (session_id, asyncio.get_running_loop().create_future())
            self._copies[file_id] = entry
            while len(self._copies) > KEPT:
                self._copies.popitem(last=False)
        return entry[1] if entry[0] == session_id else None

    def expect(self, file_ids: list[str], session_id: str) -> None:
        for file_id in file_ids:
            self._future(file_id, session_id)

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
    """ASGI middleware answering Chainlit's upload route under `chat_path` from `copies`."""

    def __init__(self, app: ASGIApp, *, chat_path: str, copies: RedactedCopies) -> None:
        self.app, self.chat_path, self.copies = app, chat_path.rstrip("/"), copies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        match = FILE_ROUTE.match(path[len(self.chat_path):]) if path.startswith(self.chat_path + "/") else None
        if match is None:
            await self.app(scope, receive, send)
            return
        session_id = Request(scope).query_params.get("session_id", "")
        copy = await self.copies.copy_of(match["file_id"], session_id) if session_id else None
        response = (FileResponse(copy, media_type="image/jpeg", headers={"Cache-Control": "private, no-store"})
                    if copy is not None and copy.is_file() else PlainTextResponse("not found", status_code=404))
        await response(scope, receive, send)


REDACTED_COPIES = RedactedCopies()  # one per process, like the Chainlit app it serves
