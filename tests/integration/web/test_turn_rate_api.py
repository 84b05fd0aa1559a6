"""Turns over the API are rate-limited per account and per client (attack11 F4): past the budget a turn is 429
with Retry-After and a line in the caller's language, the assistant never reads it (nothing half-done to lose:
it is simply sent again), other customers are not held back, the client is the one a trusted proxy names (never
a forged header), and the refusal is audited without the login or address in clear.

Each case runs with the in-process counts and with Redis, which replicas share (skipped without Redis).
"""

# ruff: noqa: F811  (the fixtures come from desk_app and served_app; tests name them as parameters)
from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from assistant.web.turn_rate import TurnRate, turn_rate_storage
from tests.integration.web.desk_app import ETHAN, Web
from tests.integration.web.served_app import CUSTOMER, PROXY, STRANGER, client_of, served  # noqa: F401
from tests.redis_server import redis_url, unique  # noqa: F401
from tools.store.tables import AuditEvent


@pytest.fixture(params=["in-process", "redis"])
async def budgets(request: pytest.FixtureRequest, web: Web) -> AsyncIterator[Web]:
    """The `web` app with small turn budgets: 3 turns an account, 5 a client, within 30 seconds."""
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    async with turn_rate_storage(url) as storage:
        web.runtime.turn_rate = TurnRate(storage, per_account="3 per 30 seconds", per_client="5 per 30 seconds",
                                         namespace=unique("vitrine-test:turns"))
        yield web


async def _send(web: Web, headers: dict[str, str], conversation: str, text: str) -> tuple[int, dict[str, str], dict]:
    response = await web.client.post(f"/api/conversations/{conversation}/messages", headers=headers,
                                     data={"text": text})
    return response.status_code, dict(response.headers), response.json()


async def test_a_burst_of_turns_is_refused_with_the_wait_and_the_message_is_not_read(budgets: Web) -> None:
    web = budgets
    ethan = {**await web.as_("ethan"), "Accept-Language": "es-ES,es;q=0.9"}
    for turn in range(3):
        status, _, _ = await _send(web, ethan, "burst-1", f"hola, ¿tienen sudaderas? ({turn})")
        assert status == 200
    status, headers, body = await _send(web, ethan, "burst-1", "¿cuál es el estado del pedido #W6779827?")
    assert status == 429 and 1 <= int(headers["retry-after"]) <= 31
    assert headers["retry-after"] in body["detail"] and "de nuevo" in body["detail"]  # Spanish, with the seconds
    history = (await web.client.get("/api/conversations/burst-1", headers=ethan)).json()
    assert not any("W6779827" in turn["text"] for turn in history["transcript"])  # never reached the assistant
    omar = await web.as_("omar")
    assert (await _send(web, omar, "calm-1", "do you have rain jackets?"))[0] == 200  # others are not held back


async def test_a_new_conversation_is_a_turn_like_any_other(budgets: Web) -> None:
    web = budgets
    ethan = await web.as_("ethan")
    started = [await web.client.post("/api/conversations", headers=ethan, data={"text": "I want to talk to a person"})
               for _ in range(4)]
    assert [response.status_code for response in started] == [200, 200, 200, 429]


async def test_the_refusal_is_audited_once_a_burst_without_the_login_or_address(budgets: Web) -> None:
    web = budgets
    ethan = await web.as_("ethan")
    statuses = [(await _send(web, ethan, "burst-2", f"any shorts in size {size}?"))[0] for size in range(6)]
    assert statuses == [200, 200, 200, 429, 429, 429]
    async with web.store.sessions() as session:
        events = (await session.scalars(select(AuditEvent).where(AuditEvent.action == "turn_rate_limited"))).all()
    assert len(events) == 1
    event = events[0]
    assert event.actor_id == ETHAN and event.subject_id == "burst-2"
    assert event.data and event.data["scope"] == "account" and event.data["surface"] == "api"
    assert "ethan" not in str(event.data) and "127.0.0.1" not in str(event.data)


async def test_the_client_is_the_one_a_trusted_proxy_names(
        budgets: Web, served: FastAPI) -> None:
    web = budgets
    tokens = {login: (await web.as_(login))["Authorization"] for login in ("ethan", "omar")}
    async with client_of(served, PROXY) as via_proxy:
        async def send(client, login: str, forwarded_for: str) -> int:  # noqa: ANN001
            response = await client.post(f"/api/conversations/proxied-{login}/messages", data={"text": "hello there"},
                                         headers={"Authorization": tokens[login], "X-Forwarded-For": forwarded_for})
            return response.status_code

        # Five turns from the customer behind the proxy, spread over two accounts: the client's budget is spent.
        sent = [await send(via_proxy, login, CUSTOMER) for login in ("ethan", "ethan", "omar", "omar", "omar")]
        assert sent == [200, 200, 200, 200, 200]
        assert await send(via_proxy, "ethan", CUSTOMER) == 429
        # Another customer behind the same proxy is another client.
        assert await send(via_proxy, "ethan", "203.0.113.77") == 200


async def test_a_forged_forwarded_for_from_an_untrusted_peer_is_not_a_new_client(budgets: Web,
                                                                                served: FastAPI) -> None:
    web = budgets
    tokens = {login: (await web.as_(login))["Authorization"] for login in ("ethan", "omar")}
    async with client_of(served, STRANGER) as stranger:
        statuses = []
        for n, login in enumerate(("ethan", "ethan", "ethan", "omar", "omar", "omar")):
            response = await stranger.post(f"/api/conversations/forged-{login}/messages",
                                            data={"text": "hello there"},
                                            headers={"Authorization": tokens[login], "X-Forwarded-For": f"192.0.2.{n}"})
            statuses.append(response.status_code)
    # Omar has sent two turns of his three, but the stranger's one address has spent the client's five.
    assert statuses == [200, 200, 200, 200, 200, 429]
