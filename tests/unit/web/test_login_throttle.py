"""Password guessing is slowed per login and client, and a success clears the count.

Every case runs on the in-process throttle and on the Redis one that replicas share (skipped without Redis).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from redis.asyncio import Redis

from assistant.web.login_throttle import LoginThrottle
from assistant.web.login_throttle_redis import RedisLoginThrottle
from tests.redis_server import redis_url, unique  # noqa: F401

MakeThrottle = Callable[..., LoginThrottle]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["in-process", "redis"])
async def make_throttle(request: pytest.FixtureRequest) -> AsyncIterator[MakeThrottle]:
    """Throttles with the given limits; the Redis ones of one test share their counts, as replicas do."""
    if request.param == "in-process":
        yield LoginThrottle
        return
    redis = Redis.from_url(request.getfixturevalue("redis_url"))
    prefix = unique("vitrine-test:signin") + ":"

    def make(*args: Any, **kwargs: Any) -> LoginThrottle:
        return RedisLoginThrottle(redis, *args, key_prefix=prefix, **kwargs)

    yield make
    await redis.delete(*[key async for key in redis.scan_iter(match=prefix + "*")] or [prefix])
    await redis.aclose()


async def test_five_failures_block_that_login_from_that_client_for_the_window(make_throttle: MakeThrottle) -> None:
    clock = Clock()
    throttle = make_throttle(max_failures=5, window_s=300, clock=clock)
    for _ in range(5):
        assert await throttle.retry_after("agent_ana", "10.0.0.1") == 0
        await throttle.failed("Agent_Ana ", "10.0.0.1")
        clock.now += 10
    assert 250 <= await throttle.retry_after("agent_ana", "10.0.0.1") <= 301
    assert await throttle.retry_after("agent_ana", "10.0.0.2") == 0  # another client
    assert await throttle.retry_after("agent_bo", "10.0.0.1") == 0  # another login
    clock.now += 260
    assert await throttle.retry_after("agent_ana", "10.0.0.1") == 0  # the oldest failure left the window


async def test_a_success_clears_the_failures(make_throttle: MakeThrottle) -> None:
    throttle = make_throttle(max_failures=2, window_s=300, clock=Clock())
    await throttle.failed("ethan", "c")
    await throttle.succeeded("ethan", "c")
    await throttle.failed("ethan", "c")
    assert await throttle.retry_after("ethan", "c") == 0


async def test_one_account_guessed_from_many_clients_is_slowed_too(make_throttle: MakeThrottle) -> None:
    clock = Clock()
    throttle = make_throttle(max_failures=5, window_s=300, clock=clock, per_login=20, per_client=30)
    for attempt in range(20):  # a spread-out guess: a new client (or a forged address) every time
        await throttle.failed("agent_ana", f"10.0.{attempt}.1")
    assert await throttle.retry_after("agent_ana", "10.9.9.9") > 0
    assert await throttle.retry_after("agent_bo", "10.9.9.9") == 0


async def test_one_client_spraying_many_accounts_is_slowed_too(make_throttle: MakeThrottle) -> None:
    throttle = make_throttle(max_failures=5, window_s=300, clock=Clock(), per_login=20, per_client=30)
    for attempt in range(30):
        await throttle.failed(f"customer{attempt}", "10.0.0.7")
    assert await throttle.retry_after("someone_new", "10.0.0.7") > 0
    assert await throttle.retry_after("someone_new", "10.0.0.8") == 0


async def test_a_right_password_for_another_account_does_not_reset_the_count(make_throttle: MakeThrottle) -> None:
    throttle = make_throttle(max_failures=5, window_s=300, clock=Clock(), per_login=6, per_client=30)
    for attempt in range(6):
        await throttle.failed("victim", f"10.0.{attempt}.1")
    await throttle.succeeded("my_own_account", "10.0.0.1")
    await throttle.succeeded("victim", "10.0.5.1")  # even the victim's own sign-in elsewhere keeps the account count
    assert await throttle.retry_after("victim", "10.0.0.1") > 0


async def test_failures_on_two_replicas_add_up_when_the_counts_are_shared(redis_url: str) -> None:  # noqa: F811
    redis, prefix, clock = Redis.from_url(redis_url), unique("vitrine-test:signin") + ":", Clock()
    replica_a = RedisLoginThrottle(redis, max_failures=5, window_s=300, clock=clock, key_prefix=prefix)
    replica_b = RedisLoginThrottle(redis, max_failures=5, window_s=300, clock=clock, key_prefix=prefix)
    for attempt in range(5):
        await (replica_a if attempt % 2 else replica_b).failed("agent_ana", "10.0.0.1")
    assert await replica_a.retry_after("agent_ana", "10.0.0.1") > 0
    assert await replica_b.retry_after("agent_ana", "10.0.0.1") > 0
    await replica_a.succeeded("agent_ana", "10.0.0.1")
    assert await replica_b.retry_after("agent_ana", "10.0.0.1") == 0
    await redis.aclose()


async def test_a_guesser_on_a_few_addresses_does_not_lock_the_owner_out(make_throttle: MakeThrottle) -> None:
    """attack22 A22-4: five wrong passwords from each of four addresses locked the account for every client (the
    per-account count was 20), its owner's right password from a fresh address included. With the shipped limits
    the guesser's addresses are locked out of that account and the owner's is not."""
    clock = Clock()
    throttle = make_throttle(clock=clock)
    for address in ("203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"):
        for _ in range(5):
            assert await throttle.retry_after("demo_mia_novak", address) == 0
            await throttle.failed("demo_mia_novak", address)
            clock.now += 1
        assert await throttle.retry_after("demo_mia_novak", address) > 0  # that address is locked out
    assert await throttle.retry_after("demo_mia_novak", "198.51.100.9") == 0  # the owner, elsewhere


async def test_the_account_ceiling_still_stops_a_guess_spread_over_many_addresses(make_throttle: MakeThrottle) -> None:
    from assistant.web.login_throttle import PER_LOGIN, PER_PAIR

    assert PER_LOGIN >= 10 * PER_PAIR  # far above what a few addresses reach
    clock = Clock()
    throttle = make_throttle(clock=clock)
    for attempt in range(PER_LOGIN):
        await throttle.failed("demo_mia_novak", f"10.{attempt // 250}.{attempt % 250}.1")
    assert await throttle.retry_after("demo_mia_novak", "198.51.100.9") > 0
    clock.now += 301
    assert await throttle.retry_after("demo_mia_novak", "198.51.100.9") == 0
