"""Live events for open chats: an in-process pub/sub keyed by conversation id.

The desk publishes what the assistant or a human agent says into a conversation (`publish`); the customer's
chat session subscribes to its conversation (`subscribe`) and shows each event as it arrives. `LiveHub` lives in
one process (the embedded default); several replicas share `RedisLiveBus` (assistant/web/live_redis.py), the
same `LiveBus` interface over Redis pub/sub, chosen by `VITRINE_WEB__BUS_URL` (assistant/web/shared_state.py).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol

QUEUE_LIMIT = 256


class LiveBus(Protocol):
    """What the desk publishes into and a chat session follows; events are JSON-serializable dicts."""

    async def publish(self, conversation_id: str, event: dict[str, Any]) -> int: ...

    def subscribe(self, conversation_id: str) -> AbstractAsyncContextManager[asyncio.Queue[dict[str, Any]]]: ...

    def subscriber_count(self, conversation_id: str) -> int: ...


class LiveHub:
    """Fan-out of events to every subscriber of a conversation; slow subscribers drop their oldest events."""

    def __init__(self) -> None:
        self._subscribers: defaultdict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)

    async def publish(self, conversation_id: str, event: dict[str, Any]) -> int:
        """Deliver `event` to the conversation's current subscribers; returns how many got it."""
        queues = list(self._subscribers.get(conversation_id, ()))
        for queue in queues:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(event)
        return len(queues)

    @asynccontextmanager
    async def subscribe(self, conversation_id: str) -> AsyncIterator[asyncio.Queue[dict[str, Any]]]:
        """A queue receiving the conversation's events published while the context is open."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=QUEUE_LIMIT)
        self._subscribers[conversation_id].add(queue)
        try:
            yield queue
        finally:
            subscribers = self._subscribers.get(conversation_id)
            if subscribers is not None:
                subscribers.discard(queue)
                if not subscribers:
                    del self._subscribers[conversation_id]

    def subscriber_count(self, conversation_id: str) -> int:
        """Subscribers in this process."""
        return len(self._subscribers.get(conversation_id, ()))
