"""What replicas of the web app must share besides the database: live chat events and sign-in counts.

`open_shared_state(web)` gives the in-process `LiveHub` and `LoginThrottle` when no bus is configured (one
replica, the embedded default), and their Redis versions when `web.bus_url` is set (any number of replicas).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from assistant.settings import WebSettings
from assistant.web.live import LiveBus, LiveHub
from assistant.web.login_throttle import LoginThrottle


@dataclass(frozen=True)
class SharedState:
    live: LiveBus
    login_throttle: LoginThrottle


@asynccontextmanager
async def open_shared_state(web: WebSettings) -> AsyncIterator[SharedState]:
    if not web.bus_url:
        yield SharedState(live=LiveHub(), login_throttle=LoginThrottle())
        return
    from redis.asyncio import Redis

    from assistant.web.live_redis import open_redis_live_bus
    from assistant.web.login_throttle_redis import RedisLoginThrottle

    redis = Redis.from_url(web.bus_url, health_check_interval=30)
    try:
        await redis.ping()  # a wrong URL fails at start-up, not at a customer's first sign-in
        async with open_redis_live_bus(redis) as live:
            yield SharedState(live=live, login_throttle=RedisLoginThrottle(redis))
    finally:
        await redis.aclose()
