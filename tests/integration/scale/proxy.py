"""A small reverse proxy for the replica tests: HTTP and websockets, spread over the replicas round-robin.

No stickiness on purpose: each request and each websocket goes to the next replica, the worst case a load
balancer can do. `routes` records which replica served what, so a test can check the spread happened.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "host", "content-length", "content-encoding"}


@dataclass
class RoundRobinProxy:
    upstreams: Sequence[str]
    routes: list[tuple[str, str]] = field(default_factory=list)  # (path, upstream) per request or websocket

    def __post_init__(self) -> None:
        self._next = itertools.cycle(self.upstreams)
        self._client: aiohttp.ClientSession | None = None

    def _pick(self, path: str) -> str:
        upstream = next(self._next)
        self.routes.append((path, upstream))
        return upstream

    async def handle(self, request: web.Request) -> web.StreamResponse:
        upstream = self._pick(request.path)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        url = upstream + str(request.rel_url)
        assert self._client is not None
        if request.headers.get("upgrade", "").lower() == "websocket":
            return await self._websocket(request, url, headers)
        async with self._client.request(request.method, url, headers=headers, data=await request.read(),
                                        allow_redirects=False) as answer:
            body = await answer.read()
            response = web.Response(status=answer.status, body=body)
            for name, value in answer.headers.items():
                if name.lower() not in HOP_BY_HOP:
                    response.headers.add(name, value)
            return response

    async def _websocket(self, request: web.Request, url: str, headers: dict[str, str]) -> web.WebSocketResponse:
        assert self._client is not None
        headers = {k: v for k, v in headers.items() if not k.lower().startswith("sec-websocket")}
        downstream = web.WebSocketResponse()
        await downstream.prepare(request)
        async with self._client.ws_connect(url.replace("http", "ws", 1), headers=headers) as upstream:
            async def pump(source, sink) -> None:  # noqa: ANN001
                async for message in source:
                    if message.type == aiohttp.WSMsgType.TEXT:
                        await sink.send_str(message.data)
                    elif message.type == aiohttp.WSMsgType.BINARY:
                        await sink.send_bytes(message.data)
                    else:
                        break
                await sink.close()

            tasks = [asyncio.create_task(pump(downstream, upstream)), asyncio.create_task(pump(upstream, downstream))]
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        return downstream

    @asynccontextmanager
    async def serve(self, port: int) -> AsyncIterator[str]:
        self._client = aiohttp.ClientSession()
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self.handle)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            await runner.cleanup()
            await self._client.close()
