"""The sign-in throttle shared by every replica: the same three counts as `LoginThrottle`, kept in Redis.

Each count is a sorted set of failure times (a sliding window, as in-process), so a guesser spreading attempts
over replicas meets one limit. Keys hold a digest of the login and client, not the login itself. Times are
wall-clock seconds (replicas on several hosts share them; a monotonic clock is per process).
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Callable

from redis.asyncio import Redis

from assistant.web.login_throttle import PER_CLIENT, PER_LOGIN, PER_PAIR, LoginThrottle

KEY_PREFIX = "vitrine:signin:"


class RedisLoginThrottle(LoginThrottle):
    """`LoginThrottle`'s rule with its counts in Redis (same limits and window)."""

    def __init__(self, redis: Redis, max_failures: int = PER_PAIR, window_s: float = 300.0,
                 clock: Callable[[], float] = time.time, *, per_login: int = PER_LOGIN,
                 per_client: int = PER_CLIENT,
                 key_prefix: str = KEY_PREFIX) -> None:
        super().__init__(max_failures, window_s, clock, per_login=per_login, per_client=per_client)
        self._redis = redis
        self._prefix = key_prefix

    def _key(self, kind: str, value: str) -> str:
        return f"{self._prefix}{kind}:{hashlib.sha256(value.encode()).hexdigest()}"

    async def retry_after(self, login: str, client: str) -> int:
        now = self._clock()
        keys = self._keys(login, client)
        async with self._redis.pipeline(transaction=False) as pipe:
            for (kind, value), limit in keys:
                pipe.zremrangebyscore(self._key(kind, value), "-inf", now - self.window_s)
                pipe.zrange(self._key(kind, value), -limit, -limit, withscores=True)
            replies = await pipe.execute()
        wait = 0
        for oldest_counted in replies[1::2]:
            if oldest_counted:  # `limit` failures within the window: wait until the oldest of them leaves it
                wait = max(wait, int(oldest_counted[0][1] + self.window_s - now) + 1)
        return max(wait, 0)

    async def failed(self, login: str, client: str) -> None:
        now = self._clock()
        async with self._redis.pipeline(transaction=True) as pipe:
            for (kind, value), _limit in self._keys(login, client):
                pipe.zadd(self._key(kind, value), {f"{now}:{uuid.uuid4().hex}": now})
                pipe.expire(self._key(kind, value), int(self.window_s) + 1)
            await pipe.execute()

    async def succeeded(self, login: str, client: str) -> None:
        (kind, value), _limit = self._keys(login, client)[0]
        await self._redis.delete(self._key(kind, value))
