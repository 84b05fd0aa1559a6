"""The live bus over Redis: what one replica publishes reaches the chats followed on another, and only those."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from assistant.settings import WebSettings
from assistant.web.live_redis import RedisLiveBus, channel_of, open_redis_live_bus
from assistant.web.login_throttle_redis import RedisLoginThrottle
from assistant.web.shared_state import open_shared_state
from tests.redis_server import redis_url, unique  # noqa: F401


@pytest.fixture
async def replicas(redis_url: str) -> AsyncIterator[tuple[RedisLiveBus, RedisLiveBus, Redis]]:  # noqa: F811
    """Two buses on connections of their own, as two replicas have; plus a plain client."""
    first, second, plain = (Redis.from_url(redis_url, client_name=unique("vitrine-test")) for _ in range(3))
    async with open_redis_live_bus(first) as a, open_redis_live_bus(second) as b:
        yield a, b, plain
    for client in (first, second, plain):
        await client.aclose()


async def test_an_event_published_on_one_replica_reaches_the_chat_on_another(replicas) -> None:
    a, b, _ = replicas
    conversation = unique("c")
    async with a.subscribe(conversation) as chat:
        assert await b.publish(conversation, {"type": "desk", "messages": ["Hello from the desk"]}) == 1
        assert await asyncio.wait_for(chat.get(), 5) == {"type": "desk", "messages": ["Hello from the desk"]}


async def test_each_chat_of_the_conversation_gets_it_and_no_other_conversation(replicas) -> None:
    a, b, _ = replicas
    conversation, other = unique("c"), unique("c")
    async with a.subscribe(conversation) as first, a.subscribe(conversation) as second, \
            b.subscribe(conversation) as third, a.subscribe(other) as elsewhere:
        assert a.subscriber_count(conversation) == 2 and b.subscriber_count(conversation) == 1
        assert await a.publish(conversation, {"n": 1}) == 2  # two processes follow it
        for queue in (first, second, third):
            assert await asyncio.wait_for(queue.get(), 5) == {"n": 1}
        await asyncio.sleep(0.2)
        assert elsewhere.empty()
    assert a.subscriber_count(conversation) == 0
    assert await b.publish(conversation, {"n": 2}) == 0  # nobody follows it any more: unsubscribed


async def test_the_last_chat_leaving_a_process_does_not_cut_the_others(replicas) -> None:
    a, b, _ = replicas
    conversation = unique("c")
    async with a.subscribe(conversation) as staying:
        async with a.subscribe(conversation):
            pass
        await b.publish(conversation, {"still": "here"})
        assert await asyncio.wait_for(staying.get(), 5) == {"still": "here"}


async def test_a_message_that_is_not_json_is_dropped_and_the_bus_goes_on(replicas) -> None:
    a, b, plain = replicas
    conversation = unique("c")
    async with a.subscribe(conversation) as chat:
        await plain.publish(channel_of(conversation), b"\xff not json")
        await b.publish(conversation, {"after": True})
        assert await asyncio.wait_for(chat.get(), 5) == {"after": True}


async def test_a_dropped_redis_connection_is_reconnected_and_subscriptions_kept(replicas) -> None:
    a, b, plain = replicas
    conversation = unique("c")
    async with a.subscribe(conversation) as chat:
        name = a._redis.get_connection_kwargs()["client_name"]  # noqa: SLF001 - the replica's own connection
        killed = [c for c in await plain.client_list(_type="pubsub") if c.get("name") == name]
        assert killed
        for client in killed:
            await plain.client_kill_filter(_id=client["id"])
        for _ in range(50):  # the reader reconnects and subscribes again
            if await b.publish(conversation, {"after": "reconnect"}) == 1:
                break
            await asyncio.sleep(0.1)
        assert await asyncio.wait_for(chat.get(), 5) == {"after": "reconnect"}


async def test_the_bus_url_selects_the_shared_state(redis_url: str) -> None:  # noqa: F811
    async with open_shared_state(WebSettings(bus_url=redis_url)) as shared:
        assert isinstance(shared.live, RedisLiveBus)
        assert isinstance(shared.login_throttle, RedisLoginThrottle)
    with pytest.raises(ValueError, match="Redis URL"):
        WebSettings(bus_url="http://127.0.0.1:6379")
