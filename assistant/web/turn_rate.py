"""How fast chat turns may come: a budget per signed-in account and per client address (attack11 F4).

Each budget is a list of `limits` moving windows, a short one for the burst and a long one for the steady rate
(`WebSettings.turns_per_account` / `turns_per_client`, e.g. "8 per 20 seconds; 60 per 10 minutes"): together
they behave like a token bucket, which `limits` has no strategy for. Counts live in memory for one replica and
in Redis when a bus is configured, so every replica meets the same budget. A turn is first tested against every
window, then counted: a refused turn takes no token, so a customer who waits the seconds they are told gets in.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Literal

from limits import RateLimitItem, RateLimitItemPerMinute, parse_many
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter

from assistant.chat_lines import chat_word
from assistant.language_tables import supported_language
from assistant.settings import WebSettings

Scope = Literal["account", "client"]
NAMESPACE = "vitrine:turns"
_ASYNC_SCHEMES = {"redis://": "async+redis://", "rediss://": "async+rediss://", "unix://": "async+redis+unix://"}


def parse_budget(budget: str) -> list[RateLimitItem]:
    """The windows of a budget ("8 per 20 seconds; 60 per 10 minutes"); empty for "" (no budget)."""
    if not budget.strip():
        return []
    items = parse_many(budget)
    if any(item.amount < 1 for item in items):
        raise ValueError(f"a turn budget allows at least one turn: {budget!r}")
    return items


@dataclass(frozen=True)
class TurnRefusal:
    """A turn refused for speed: which budget, the window it ran out of, and when a turn may come again."""

    scope: Scope
    key: str  # a digest of the account or client, never the value itself
    limit: str
    retry_after_s: int


class TurnRate:
    """Turn budgets per account and per client over one `limits` storage (memory or Redis)."""

    def __init__(self, storage: Storage, *, per_account: str, per_client: str, namespace: str = NAMESPACE) -> None:
        self._limiter = MovingWindowRateLimiter(storage)
        self._budgets: dict[Scope, list[RateLimitItem]] = {"account": parse_budget(per_account),
                                                          "client": parse_budget(per_client)}
        self._namespace = namespace

    def _buckets(self, account: str | None, client: str | None) -> list[tuple[Scope, str, RateLimitItem]]:
        keys: list[tuple[Scope, str | None]] = [("account", account), ("client", client)]
        return [(scope, hashlib.sha256(value.encode()).hexdigest()[:32], item)
                for scope, value in keys if value for item in self._budgets[scope]]

    async def admit(self, *, account: str | None, client: str | None) -> TurnRefusal | None:
        """Count this turn against its account's and client's budgets; the refusal instead, where one is spent."""
        buckets = self._buckets(account, client)
        for scope, key, item in buckets:
            if not await self._limiter.test(item, self._namespace, scope, key):
                return await self._refusal(scope, key, item)
        for scope, key, item in buckets:
            if not await self._limiter.hit(item, self._namespace, scope, key):  # a concurrent turn took the last
                return await self._refusal(scope, key, item)
        return None

    async def _refusal(self, scope: Scope, key: str, item: RateLimitItem) -> TurnRefusal:
        stats = await self._limiter.get_window_stats(item, self._namespace, scope, key)
        wait = max(1, math.ceil(stats.reset_time - time.time()))
        return TurnRefusal(scope=scope, key=key, limit=str(item), retry_after_s=wait)

    async def first_of_burst(self, refusal: TurnRefusal) -> bool:
        """Whether this refusal is the first of its bucket's burst (in a minute): the one worth an audit row. A
        row for every refused message would hand a flood the very database the budget protects."""
        return await self._limiter.hit(RateLimitItemPerMinute(1), self._namespace, "audited", refusal.scope,
                                       refusal.key)


@asynccontextmanager
async def turn_rate_storage(redis_url: str | None = None) -> AsyncIterator[Storage]:
    """The counts' storage: in memory (one replica), or the Redis at `redis_url` that replicas share."""
    if not redis_url:
        yield MemoryStorage()
        return
    from redis.asyncio import ConnectionPool

    scheme = next(prefix for prefix in _ASYNC_SCHEMES if redis_url.startswith(prefix))
    pool = ConnectionPool.from_url(redis_url, health_check_interval=30)
    try:
        yield RedisStorage(_ASYNC_SCHEMES[scheme] + redis_url[len(scheme):], implementation="redispy",
                           key_prefix="vitrine", connection_pool=pool)  # type: ignore[arg-type]  # passed on to redis
    finally:
        await pool.aclose()


def in_memory_turn_rate(web: WebSettings) -> TurnRate:
    """The budgets `web` sets, counted in this process (one replica)."""
    return TurnRate(MemoryStorage(), per_account=web.turns_per_account, per_client=web.turns_per_client)


def too_fast_notice(retry_after_s: int, language: str | None = None) -> str:
    """The chat's answer to a turn refused for speed (prompts/chat_lines.v1.yaml `too_fast`): not read, send it
    again in so many seconds."""
    return chat_word("too_fast", supported_language(language)).format(seconds=max(1, retry_after_s))
