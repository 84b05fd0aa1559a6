"""A customer's chat as the Chainlit page drives it, without a browser: password sign-in over HTTP, then a
socket.io connection (websocket transport) that sends messages and collects what the server shows.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import socketio

SOCKET_PATH = "/chat/ws/socket.io"


async def chat_token(base_url: str, login: str, password: str) -> str:
    """The access token Chainlit's sign-in sets as a cookie."""
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        answer = await client.post("/chat/login", data={"username": login, "password": password})
        assert answer.status_code == 200, answer.text
        token = answer.cookies.get("access_token")
        assert token, answer.headers
        return token


@dataclass
class ChatSocket:
    """One Chainlit session on one socket; `shown` holds every text the server showed, in order."""

    token: str
    origin: str
    thread_id: str | None = None
    session_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    shown: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sio = socketio.AsyncClient(reconnection=False)
        for event in ("new_message", "update_message", "stream_start"):
            self.sio.on(event, self._show)
        self.sio.on("first_interaction", self._first_interaction)

    async def _show(self, step: dict[str, Any]) -> None:
        if isinstance(step, dict) and step.get("output"):
            self.shown.append(str(step["output"]))

    async def _first_interaction(self, event: dict[str, Any]) -> None:
        self.thread_id = event.get("thread_id") or self.thread_id

    async def connect(self, base_url: str) -> None:
        auth = {"clientType": "webapp", "sessionId": self.session_id, "threadId": self.thread_id,
                "userEnv": json.dumps({}), "chatProfile": None}
        await self.sio.connect(base_url, socketio_path=SOCKET_PATH, transports=["websocket"], auth=auth,
                               headers={"Cookie": f"access_token={self.token}", "Origin": self.origin},
                               wait_timeout=30)
        await self.sio.emit("connection_successful")

    async def say(self, text: str) -> None:
        message = {"id": str(uuid.uuid4()), "threadId": self.thread_id or "", "type": "user_message",
                   "name": "User", "output": text, "createdAt": datetime.now(UTC).isoformat()}
        await self.sio.emit("client_message", {"message": message, "fileReferences": None})

    async def wait_for(self, fragment: str, timeout_s: float = 60) -> str:
        """The first shown text containing `fragment` (case-insensitive), waiting up to `timeout_s`."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for text in self.shown:
                if fragment.lower() in text.lower():
                    return text
            await asyncio.sleep(0.2)
        raise AssertionError(f"{fragment!r} was not shown within {timeout_s}s; shown: {self.shown}")

    async def close(self) -> None:
        await self.sio.disconnect()
