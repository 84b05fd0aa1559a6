"""Live events shared by every replica: Redis pub/sub behind the `LiveBus` interface of assistant/web/live.py.

Each process holds one pub/sub connection, subscribed to the channels of the conversations that have a chat
open here, and fans each message out to its local subscribers (a `LiveHub`). A desk reply published on any
replica reaches the chat wherever its socket is. Events are JSON. Pub/sub is fire-and-forget, like the
in-process hub: a chat that is not connected at that moment reads the reply from its history instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from assistant.web.live import LiveHub

log = logging.getLogger(__name__)
CHANNEL_PREFIX = "vitrine:live:"
# Subscribed for the life of the process, so the pub/sub connection exists (and is read) before any chat.
PROCESS_CHANNEL = CHANNEL_PREFIX + "_process"
SUBSCRIBE_TIMEOUT_S = 5.0
RECONNECT_WAIT_S = 0.5


def channel_of(conversation_id: str) -> str:
    return CHANNEL_PREFIX + conversation_id


class RedisLiveBus:
    """Redis pub/sub across processes, a `LiveHub` within one; use through `open_redis_live_bus`."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._local = LiveHub()
        self._pubsub: PubSub = redis.pubsub()
        self._membership = asyncio.Lock()
        self._confirmations: dict[str, asyncio.Future[None]] = {}
        self._followed: set[str] = set()
        self._reader: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._pubsub.subscribe(PROCESS_CHANNEL)
        self._reader = asyncio.create_task(self._read(), name="vitrine-live-bus")

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        await self._pubsub.aclose()

    async def publish(self, conversation_id: str, event: dict[str, Any]) -> int:
        """Send `event` to every replica; returns how many processes follow the conversation."""
        return int(await self._redis.publish(channel_of(conversation_id), json.dumps(event)))

    @asynccontextmanager
    async def subscribe(self, conversation_id: str) -> AsyncIterator[asyncio.Queue[dict[str, Any]]]:
        """A queue receiving the conversation's events published, on any replica, while the context is open."""
        try:
            async with self._local.subscribe(conversation_id) as queue:
                await self._follow(conversation_id)
                yield queue
        finally:
            await self._unfollow(conversation_id)  # after the local queue is gone: it counts who is left

    def subscriber_count(self, conversation_id: str) -> int:
        """Subscribers in this process."""
        return self._local.subscriber_count(conversation_id)

    async def _follow(self, conversation_id: str) -> None:
        channel = channel_of(conversation_id)
        async with self._membership:
            confirmed = self._confirmations.get(channel)
            if confirmed is None:
                if channel in self._followed:
                    return
                confirmed = asyncio.get_running_loop().create_future()
                self._confirmations[channel] = confirmed
                self._followed.add(channel)
                await self._pubsub.subscribe(channel)
        # Returned only once Redis has confirmed: a reply published right after this is not missed.
        await asyncio.wait_for(asyncio.shield(confirmed), SUBSCRIBE_TIMEOUT_S)

    async def _unfollow(self, conversation_id: str) -> None:
        async with self._membership:
            if self._local.subscriber_count(conversation_id) == 0:
                self._confirmations.pop(channel_of(conversation_id), None)
                self._followed.discard(channel_of(conversation_id))
                with contextlib.suppress(RedisConnectionError, RedisTimeoutError):
                    await self._pubsub.unsubscribe(channel_of(conversation_id))

    async def _read(self) -> None:
        while True:
            try:
                async for message in self._pubsub.listen():
                    await self._deliver(message)
            except asyncio.CancelledError:
                raise
            except (RedisConnectionError, RedisTimeoutError, OSError) as error:
                # redis-py reconnects and subscribes to the same channels on the next read.
                log.warning("live bus: Redis connection lost (%s); reconnecting", error)
                await asyncio.sleep(RECONNECT_WAIT_S)

    async def _deliver(self, message: dict[str, Any]) -> None:
        channel = _text(message.get("channel"))
        if message.get("type") == "subscribe":
            confirmed = self._confirmations.pop(channel, None)
            if confirmed is not None and not confirmed.done():
                confirmed.set_result(None)
            return
        if message.get("type") != "message" or not channel.startswith(CHANNEL_PREFIX):
            return
        try:
            event = json.loads(message["data"])
        except (TypeError, ValueError):
            log.warning("live bus: dropped an event that is not JSON on %s", channel)
            return
        if isinstance(event, dict):
            await self._local.publish(channel.removeprefix(CHANNEL_PREFIX), event)


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value or "")


@asynccontextmanager
async def open_redis_live_bus(redis: Redis) -> AsyncIterator[RedisLiveBus]:
    bus = RedisLiveBus(redis)
    await bus.start()
    try:
        yield bus
    finally:
        await bus.close()
