"""Chat turns are rate-limited per signed-in account and per client (attack11 F4: one token sent 40 turns in
2.3 s). Each budget is a bucket of `limits` moving windows: a burst, then a steady rate; a refused turn takes no
token from any bucket, so the customer who waits the seconds they are told gets through.

Every case runs on the in-process storage and on Redis, which replicas share (skipped without Redis).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from pydantic import ValidationError

from assistant.settings import WebSettings
from assistant.web.turn_rate import TurnRate, turn_rate_storage
from tests.redis_server import redis_url, unique  # noqa: F401

MakeRate = Callable[..., TurnRate]


@pytest.fixture(params=["in-process", "redis"])
async def make_rate(request: pytest.FixtureRequest) -> AsyncIterator[MakeRate]:
    """Turn budgets with the given limits; the Redis ones of one test share their counts, as replicas do."""
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    namespace = unique("vitrine-test:turns")
    async with turn_rate_storage(url) as storage:
        def make(**limits: Any) -> TurnRate:
            return TurnRate(storage, namespace=namespace, **limits)

        yield make


async def test_a_burst_from_one_account_is_refused_with_the_seconds_to_wait(make_rate: MakeRate) -> None:
    rate = make_rate(per_account="3 per 30 seconds", per_client="100 per 30 seconds")
    for _ in range(3):
        assert await rate.admit(account="ethan", client="203.0.113.9") is None
    refusal = await rate.admit(account="ethan", client="203.0.113.9")
    assert refusal is not None and refusal.scope == "account"
    assert 1 <= refusal.retry_after_s <= 31
    # Another account is not held back by ethan's burst, even from another browser on the same address.
    assert await rate.admit(account="omar", client="203.0.113.9") is None


async def test_one_client_spreading_turns_over_many_accounts_meets_the_client_budget(make_rate: MakeRate) -> None:
    rate = make_rate(per_account="3 per 30 seconds", per_client="5 per 30 seconds")
    for turn in range(5):  # a new guest or account every turn: each account is well within its own budget
        assert await rate.admit(account=f"guest:{turn:032x}", client="198.51.100.23") is None
    refusal = await rate.admit(account="someone_new", client="198.51.100.23")
    assert refusal is not None and refusal.scope == "client" and refusal.retry_after_s >= 1
    assert await rate.admit(account="someone_new", client="198.51.100.24") is None  # another client


async def test_the_steady_rate_holds_after_the_burst_window(make_rate: MakeRate) -> None:
    rate = make_rate(per_account="2 per 1 second; 3 per 30 seconds", per_client="")
    assert await rate.admit(account="ethan", client="c") is None
    assert await rate.admit(account="ethan", client="c") is None
    assert (await rate.admit(account="ethan", client="c")) is not None  # the burst is spent
    await asyncio.sleep(1.1)
    assert await rate.admit(account="ethan", client="c") is None  # one more within the steady budget
    refusal = await rate.admit(account="ethan", client="c")
    assert refusal is not None and refusal.retry_after_s > 2  # the 30-second budget, not the 1-second one


async def test_a_refused_turn_takes_no_token_so_waiting_is_enough(make_rate: MakeRate) -> None:
    rate = make_rate(per_account="2 per 1 second", per_client="50 per 1 second")
    for _ in range(2):
        assert await rate.admit(account="ethan", client="c") is None
    for _ in range(10):  # hammering while refused does not push the wait further
        refusal = await rate.admit(account="ethan", client="c")
        assert refusal is not None and refusal.retry_after_s <= 1
    await asyncio.sleep(1.1)
    assert await rate.admit(account="ethan", client="c") is None


async def test_a_turn_the_client_budget_refuses_takes_no_token_from_the_account(make_rate: MakeRate) -> None:
    rate = make_rate(per_account="2 per 30 seconds", per_client="1 per 30 seconds")
    assert await rate.admit(account="omar", client="c1") is None
    refused = await rate.admit(account="ethan", client="c1")
    assert refused is not None and refused.scope == "client"
    assert await rate.admit(account="ethan", client="c2") is None
    assert await rate.admit(account="ethan", client="c3") is None  # ethan's two tokens were both still there


async def test_a_refusal_is_audited_once_per_burst_not_once_per_message(make_rate: MakeRate) -> None:
    """Every refused message writing an audit row would hand the flood the order database it is kept from."""
    rate = make_rate(per_account="1 per 30 seconds", per_client="")
    assert await rate.admit(account="ethan", client="c") is None
    refusals = [await rate.admit(account="ethan", client="c") for _ in range(5)]
    assert all(refusal is not None for refusal in refusals)
    assert [await rate.first_of_burst(refusal) for refusal in refusals if refusal] == [True, False, False, False,
                                                                                       False]


async def test_turns_on_two_replicas_add_up_when_the_counts_are_shared(redis_url: str) -> None:  # noqa: F811
    namespace = unique("vitrine-test:turns")
    async with turn_rate_storage(redis_url) as first, turn_rate_storage(redis_url) as second:
        replica_a = TurnRate(first, per_account="4 per 30 seconds", per_client="", namespace=namespace)
        replica_b = TurnRate(second, per_account="4 per 30 seconds", per_client="", namespace=namespace)
        for turn in range(4):
            assert await (replica_a if turn % 2 else replica_b).admit(account="ethan", client="c") is None
        assert await replica_a.admit(account="ethan", client="c") is not None
        assert await replica_b.admit(account="ethan", client="c") is not None


def test_the_budgets_are_settings_checked_when_read() -> None:
    defaults = WebSettings()
    assert defaults.turns_per_account and defaults.turns_per_client  # on by default: secure by default
    assert WebSettings(turns_per_account="5 per 10 seconds; 40 per 10 minutes").turns_per_account
    assert WebSettings(turns_per_client="").turns_per_client == ""  # off, for a load bench
    for wrong in ("fast", "5 per fortnight", "0 per minute"):
        with pytest.raises(ValidationError):
            WebSettings(turns_per_account=wrong)
