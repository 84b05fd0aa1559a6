"""Two replicas behind a load balancer that does not stick: desk replies cross replicas, chats move between them.

The app runs as `vitrine serve` does, twice, on one PostgreSQL store, one PostgreSQL chat history and Redis
(tests/integration/scale/replicas.py); the customer's chat is a socket.io client driving Chainlit as its
page does (websocket transport, as `VITRINE_WEB__CHAT_TRANSPORTS=websocket` tells the page).
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid

import httpx
import pytest
import socketio
from redis.asyncio import Redis
from sqlalchemy import text

from assistant.intake.photo_queue import job_keys
from tests.conftest import REPO_ROOT
from tests.integration.scale.chat_client import ChatSocket, chat_token
from tests.integration.scale.proxy import RoundRobinProxy
from tests.integration.scale.replicas import Replicas, replicas  # noqa: F401
from tools.store.engine import create_engine

pytestmark = [pytest.mark.postgres, pytest.mark.slow]  # two app processes and a demo store: minutes


async def _agent_headers(base_url: str) -> dict[str, str]:
    return await _bearer_headers(base_url, "agent_ana", "ana-desk-demo")


async def _bearer_headers(base_url: str, login: str, password: str) -> dict[str, str]:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        answer = await client.post("/api/token", json={"login": login, "password": password})
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['access_token']}"}


async def _ticket_of(base_url: str, headers: dict[str, str], conversation_id: str) -> dict:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        for _ in range(50):
            tickets = (await client.get("/api/tickets", headers=headers)).json()
            mine = [t for t in tickets if t["conversation_id"] == conversation_id]
            if mine:
                return mine[0]
            await asyncio.sleep(0.2)
    raise AssertionError(f"no ticket for conversation {conversation_id}")


async def test_a_desk_reply_sent_through_replica_b_reaches_the_chat_on_replica_a(replicas: Replicas) -> None:  # noqa: F811
    a, b = replicas.urls
    chat = ChatSocket(await chat_token(a, "demo_leo_martin", "leo-demo-pass"), origin=replicas.proxy_url)
    await chat.connect(a)
    try:
        await chat.say("I want to talk to a human")
        await chat.wait_for("VT-")
        assert chat.thread_id
        agent = await _agent_headers(b)
        ticket = await _ticket_of(b, agent, chat.thread_id)
        reply = "Hi Leo, Ana here from the other replica: a replacement ships today."
        async with httpx.AsyncClient(base_url=b, timeout=60) as desk:
            sent = await desk.post(f"/api/tickets/{ticket['id']}/reply", headers=agent,
                                   json={"text": reply, "expected_version": ticket["version"]})
        assert sent.status_code == 200, sent.text
        assert reply in await chat.wait_for("from the other replica", timeout_s=30)
    finally:
        await chat.close()


async def test_a_chat_whose_socket_reconnects_to_the_other_replica_resumes_the_conversation(
        replicas: Replicas) -> None:  # noqa: F811
    a, b = replicas.urls
    token = await chat_token(a, "demo_mia_novak", "mia-demo-pass")
    first = ChatSocket(token, origin=replicas.proxy_url)
    await first.connect(a)
    await first.say("please cancel #D9000002, I ordered it by mistake")
    await first.wait_for("#D9000002")
    await asyncio.sleep(1)  # let replica A write the thread's steps to the shared history
    await first.close()

    again = ChatSocket(token, origin=replicas.proxy_url, thread_id=first.thread_id)  # a new socket, on B
    await again.connect(b)
    try:
        await again.say("yes")
        await again.wait_for("cancelled")
    finally:
        await again.close()
    engine = create_engine(replicas.database_url)
    async with engine.connect() as connection:
        status = await connection.scalar(text("select status from orders where id = '#D9000002'"))
    await engine.dispose()
    assert status == "cancelled"


async def test_a_photo_sent_to_replica_a_is_redacted_by_the_worker_and_its_ticket_opened_through_b(
        replicas: Replicas) -> None:  # noqa: F811
    a, b = replicas.urls
    customer = await _bearer_headers(a, "demo_mia_novak", "mia-demo-pass")
    conversation = f"replicas-photo-{uuid.uuid4().hex[:10]}"
    photo = (REPO_ROOT / "data/demo-catalog/images/m/h/mh01-orange_main.jpg").read_bytes()
    async with httpx.AsyncClient(timeout=120) as client:
        complaint = await client.post(
            f"{a}/api/conversations/{conversation}/messages", headers=customer,
            data={"text": "I got the wrong colour hoodie", "message_id": f"{conversation}-1"},
            files={"photo": ("hoodie.jpg", photo, "image/jpeg")})
        assert complaint.status_code == 200, complaint.text
        assert "#D9000001" in complaint.text  # the order the photo was matched to
        accepted = await client.post(f"{b}/api/conversations/{conversation}/messages", headers=customer,
                                     data={"text": "yes", "message_id": f"{conversation}-2"})
        assert accepted.status_code == 200, accepted.text
        assert "VT-" in accepted.text

    redis = Redis.from_url(replicas.redis_url)
    try:
        result_key = job_keys(replicas.photo_queue_prefix, hashlib.sha256(photo).hexdigest())["result"]
        redacted_by_worker = await redis.exists(result_key)
    finally:
        await redis.aclose()
    assert redacted_by_worker  # the replica did not redact it itself: the photo went through the queue
    agent = await _agent_headers(b)
    ticket = await _ticket_of(b, agent, conversation)
    async with httpx.AsyncClient(base_url=b, timeout=30) as desk:
        evidence = await desk.get(f"/api/tickets/{ticket['id']}/evidence/0", headers=agent)
    assert evidence.status_code == 200
    assert evidence.content.startswith(b"\xff\xd8") and evidence.content != photo  # the redacted copy


async def test_a_round_robin_balancer_without_stickiness_serves_websocket_only_chats(replicas: Replicas) -> None:  # noqa: F811
    proxy = RoundRobinProxy(replicas.urls)
    async with proxy.serve(replicas.proxy_port) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30, follow_redirects=True) as client:
            page = await client.get("/chat")
        assert 'window.transports = ["websocket"]' in page.text  # the page keeps its socket off polling
        chats = [ChatSocket(await chat_token(url, "demo_leo_martin", "leo-demo-pass"), origin=url)
                 for _ in range(2)]
        try:
            for chat in chats:
                await chat.connect(url)
                await chat.say("where is my order #D9000003?")
                await chat.wait_for("#D9000003")
        finally:
            for chat in chats:
                await chat.close()
        sockets = {upstream for path, upstream in proxy.routes if path.startswith("/chat/ws/")}
        assert sockets == set(replicas.urls)  # the two chats were on different replicas

        # The polling transport needs stickiness: its requests land on a replica that never saw its session.
        polling = socketio.AsyncClient(reconnection=False)
        token = await chat_token(url, "demo_leo_martin", "leo-demo-pass")
        with pytest.raises(socketio.exceptions.ConnectionError):
            await polling.connect(url, socketio_path="/chat/ws/socket.io", transports=["polling"],
                                  headers={"Cookie": f"access_token={token}", "Origin": url},
                                  auth={"clientType": "webapp", "sessionId": "polling", "userEnv": "{}"},
                                  wait_timeout=10)
            await polling.emit("connection_successful")
        await polling.disconnect()
