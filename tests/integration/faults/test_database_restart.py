"""PostgreSQL restarting under a conversation (seen from the client: every connection dropped, new ones
refused for a while), through a TCP proxy in front of the real server."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

import tools.store.engine as engine_module
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.faults.conftest import OpenService, texts
from tests.integration.faults.network import TcpProxy
from tools.store.engine import create_engine, create_session_factory

ETHAN = "ethan_lopez_6291"  # tau-retail customer; #W6779827 is pending


@pytest.fixture
async def proxied(store: Store) -> AsyncIterator[tuple[TcpProxy, AsyncEngine]]:
    """The test's PostgreSQL store behind a TCP proxy that can drop every connection, and an engine on it."""
    if store.backend != "postgres":
        pytest.skip("a server restart is a PostgreSQL fault; SQLite's is the locked file (other test)")
    url = make_url(store.url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.up()
    engine = create_engine(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    try:
        yield proxy, engine
    finally:
        await proxy.down()
        await engine.dispose()


async def test_a_database_restart_holds_the_message_and_answers_it_when_the_database_is_back(
    open_service: OpenService, proxied: tuple[TcpProxy, AsyncEngine], resolver: ResolverBackend
) -> None:
    proxy, engine = proxied
    async with open_service(create_session_factory(engine), resolver) as service:
        first = await service.send("f-pg", "where is order #W6779827?", session_customer_id=ETHAN)
        assert "#W6779827 is pending" in texts(first)

        await proxy.down()  # the server goes away mid-conversation
        started = time.perf_counter()
        held = await service.send("f-pg", "and what was in order #W6779827?", session_customer_id=ETHAN)
        assert time.perf_counter() - started < 5.0 and held.held
        assert "kept your message" in texts(held)

        await proxy.up()  # back: the failure invalidated the pool, which reconnects; the held message is answered first
        resumed = await service.send("f-pg", "hello?", session_customer_id=ETHAN)
    assert not resumed.held and "#W6779827" in texts(resumed)
    assert service.held.pending("f-pg") == []


async def test_a_database_restarted_while_the_pool_was_idle_is_invisible_to_the_next_customer(
    open_service: OpenService, proxied: tuple[TcpProxy, AsyncEngine], resolver: ResolverBackend,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pooled connections that sat idle are pinged before use, so a restart in a quiet spell costs nobody a
    held message; connections in steady use are not pinged (the test above covers a restart under traffic)."""
    proxy, engine = proxied
    async with open_service(create_session_factory(engine), resolver) as service:
        first = await service.send("f-idle", "where is order #W6779827?", session_customer_id=ETHAN)
        assert "#W6779827 is pending" in texts(first)

        await proxy.down()  # the server restarts while no customer is talking: the pool's connections die
        await proxy.up()
        monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)  # every pooled connection now counts as idle
        after = await service.send("f-idle", "and what was in order #W6779827?", session_customer_id=ETHAN)
    assert not after.held and "#W6779827" in texts(after)
