"""A chat socket opened on another customer's conversation (attacker pass F1): refused at connect, before
Chainlit writes a thread for it, so the intruder's sidebar never lists it, the desk's replies to the owner are
never saved in a thread of hers, and the owner keeps the conversation.

Before the fix the connect was let through whenever the chat history had no thread of that id (an API-started
conversation, `api-…`): the chat said "belongs to another account", but her first message saved the thread
under her account.
"""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from assistant.web.chat.sessions import guard_connect
from assistant.web.chat.threads import ChatThreads
from tests.integration.web.desk_app import ETHAN, OMAR, Web

CHAT_SECRET = "test-chainlit-secret-0123456789abcdef"


@pytest.fixture
def chainlit_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import REPO_ROOT

    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", CHAT_SECRET)


def _chat_token(login: str, customer_id: str | None) -> str:
    from chainlit.auth import create_jwt
    from chainlit.user import User

    return create_jwt(User(identifier=login, metadata={"role": "customer", "customer_id": customer_id,
                                                       "provider": "vitrine"}))


async def _api_conversation(web: Web, login: str, customer_id: str) -> str:
    conversation_id = f"api-{uuid.uuid4().hex}"
    await web.runtime.service.send(conversation_id, "hello, where is my order?", session_customer_id=customer_id,
                                   session_account=login)
    return conversation_id


def _guarded(web: Web, connected: list[str]) -> Any:
    async def chainlit_connect(sid: str, environ: dict[str, Any], auth: Any) -> bool:
        connected.append(sid)
        return True

    return guard_connect(chainlit_connect, lambda: web.runtime, lambda environ: environ.get("token"),
                         lambda: CHAT_SECRET)


async def test_a_socket_naming_another_customers_conversation_is_refused_and_the_owner_keeps_it(
        web: Web, chainlit_env: None) -> None:
    leos = await _api_conversation(web, "ethan", ETHAN)
    connected: list[str] = []
    guarded = _guarded(web, connected)

    with pytest.raises(ConnectionRefusedError):
        await guarded("sid-omar", {"token": _chat_token("omar", OMAR)}, {"threadId": leos, "sessionId": "s-1"})
    assert connected == []  # Chainlit's handler never ran: no session, so nothing is saved under omar

    await guarded("sid-ethan", {"token": _chat_token("ethan", ETHAN)}, {"threadId": leos, "sessionId": "s-2"})
    assert connected == ["sid-ethan"]  # the owner still opens it

    # A conversation nobody has started yet, and a socket naming none, open as before.
    await guarded("sid-new", {"token": _chat_token("omar", OMAR)},
                  {"threadId": str(uuid.uuid4()), "sessionId": "s-3"})
    await guarded("sid-none", {"token": _chat_token("omar", OMAR)}, {"sessionId": "s-4"})
    assert connected == ["sid-ethan", "sid-new", "sid-none"]


async def test_desk_replies_are_saved_only_in_a_thread_of_the_conversations_own_account(
        web: Web, tmp_path: Any) -> None:
    """Defence in depth: a chat-history thread of that id written under another account (as the old connect let
    happen) does not receive the desk's replies to the owner."""
    from assistant.web.chat.history import prepare_history

    url = f"sqlite+aiosqlite:///{tmp_path / 'history.db'}"
    await prepare_history(url)
    threads = ChatThreads.open(url)
    leos = await _api_conversation(web, "ethan", ETHAN)
    try:
        async with threads.engine.begin() as connection:
            from sqlalchemy import text

            await connection.execute(text('INSERT INTO users ("id", "identifier", "metadata") VALUES '
                                          "('u-omar', 'omar', '{}')"))
            await connection.execute(text('INSERT INTO threads ("id", "userId", "userIdentifier") VALUES '
                                          "(:id, 'u-omar', 'omar')"), {"id": leos})
        event = {"event_id": uuid.uuid4().hex, "messages": [{"text": "Leo, your replacement ships to 402 Elm",
                                                             "author": "agent"}]}
        saved = await threads.record_desk_event(leos, event, now=datetime.now(UTC), service=web.runtime.service)
        assert saved == 0
        async with threads.engine.connect() as connection:
            steps = (await connection.execute(text('SELECT COUNT(*) FROM steps WHERE "threadId" = :id'),
                                              {"id": leos})).scalar()
        assert steps == 0
    finally:
        await threads.close()
