"""What replicas of the web app must share besides the database: live chat events, sign-in counts and turn
budgets.

`open_shared_state(web)` gives the in-process `LiveHub`, `LoginThrottle` and turn counts when no bus is configured
(one replica, the embedded default), and their Redis versions when `web.bus_url` is set (any number of replicas).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from assistant.settings import WebSettings
from assistant.web.live import LiveBus, LiveHub
from assistant.web.login_throttle import LoginThrottle
from assistant.web.turn_rate import TurnRate, in_memory_turn_rate, turn_rate_storage


@dataclass(frozen=True)
class SharedState:
    live: LiveBus
    login_throttle: LoginThrottle
    turn_rate: TurnRate


@asynccontextmanager
async def open_shared_state(web: WebSettings) -> AsyncIterator[SharedState]:
    if not web.bus_url:
        yield SharedState(live=LiveHub(), login_throttle=LoginThrottle(), turn_rate=in_memory_turn_rate(web))
        return
    from redis.asyncio import Redis

    from assistant.web.live_redis import open_redis_live_bus
    from assistant.web.login_throttle_redis import RedisLoginThrottle

    redis = Redis.from_url(web.bus_url, health_check_interval=30)
    try:
        await redis.ping()  # a wrong URL fails at start-up, not at a customer's first sign-in
        async with open_redis_live_bus(redis) as live, turn_rate_storage(web.bus_url) as turn_counts:
            turn_rate = TurnRate(turn_counts, per_account=web.turns_per_account, per_client=web.turns_per_client)
            yield SharedState(live=live, login_throttle=RedisLoginThrottle(redis), turn_rate=turn_rate)
    finally:
        await redis.aclose()
