"""A storefront guest in the chat widget (fresh-eyes C12): a session with no account and no customer. It is live
until signed out, never acts for a customer whatever its token's metadata says, opens no one else's
conversation, and its orders are reached only through the guest verification in the chat."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import uuid
from typing import Any

import pytest

from assistant.web.chat.guests import new_guest_login
from assistant.web.chat.sessions import chat_identity, chat_session_live, guard_connect, sign_out_chat
from tests.integration.web.desk_app import ETHAN, Web

CHAT_SECRET = "test-chainlit-secret-0123456789abcdef"


@pytest.fixture
def chainlit_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import REPO_ROOT

    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", CHAT_SECRET)


def _token(login: str, metadata: dict[str, Any]) -> str:
    from chainlit.auth import create_jwt
    from chainlit.user import User

    return create_jwt(User(identifier=login, metadata=metadata))


def _guarded(web: Web, connected: list[str]) -> Any:
    async def chainlit_connect(sid: str, environ: dict[str, Any], auth: Any) -> bool:
        connected.append(sid)
        return True

    return guard_connect(chainlit_connect, lambda: web.runtime, lambda environ: environ.get("token"),
                         lambda: CHAT_SECRET)


async def test_a_guests_widget_session_is_live_until_signed_out(web: Web, chainlit_env: None) -> None:
    from assistant.web.chat.identity import guest_widget_token

    token = guest_widget_token(new_guest_login(), "Guest")
    identity = chat_identity(token, CHAT_SECRET)
    assert identity is not None and identity.customer_id is None and identity.account is None
    assert await chat_session_live(web.runtime, token, CHAT_SECRET)
    await sign_out_chat(web.runtime, token, CHAT_SECRET)
    assert not await chat_session_live(web.runtime, token, CHAT_SECRET)
    with pytest.raises(ValueError, match="not a guest"):
        guest_widget_token("ethan", "Ethan")  # a guest token is never an account's


async def test_a_guest_token_never_acts_for_a_customer(web: Web, chainlit_env: None) -> None:
    from chainlit.user import User

    from assistant.web.chat.identity import customer_of

    claimed = {"role": "customer", "customer_id": ETHAN, "provider": "vitrine"}
    guest = new_guest_login()
    identity = chat_identity(_token(guest, claimed), CHAT_SECRET)
    assert identity is not None and identity.customer_id is None and identity.account is None
    assert customer_of(User(identifier=guest, metadata=claimed)) is None
    # A login that only looks like a guest's is neither a guest nor an account: refused.
    assert not await chat_session_live(web.runtime, _token("guest:ethan", claimed), CHAT_SECRET)


async def test_a_guest_opens_no_customers_conversation_and_another_guest_not_its_own(
        web: Web, chainlit_env: None) -> None:
    from assistant.web.chat.identity import guest_widget_token

    ethans = f"api-{uuid.uuid4().hex}"
    await web.runtime.service.send(ethans, "where is my order?", session_customer_id=ETHAN, session_account="ethan")
    first, second = new_guest_login(), new_guest_login()
    guests = f"chat-{uuid.uuid4().hex}"
    await web.runtime.service.send(guests, "any hoodies under $50?", session_customer_id=None, session_account=first)
    connected: list[str] = []
    guarded = _guarded(web, connected)
    for sid, login, thread in (("sid-1", first, ethans), ("sid-2", second, guests)):
        with pytest.raises(ConnectionRefusedError):
            await guarded(sid, {"token": guest_widget_token(login, "Guest")}, {"threadId": thread, "sessionId": sid})
    await guarded("sid-3", {"token": guest_widget_token(first, "Guest")}, {"threadId": guests, "sessionId": "s-3"})
    await guarded("sid-4", {"token": guest_widget_token(second, "Guest")}, {"sessionId": "s-4"})
    assert connected == ["sid-3", "sid-4"]


async def test_a_guests_order_question_asks_for_the_guest_verification(web: Web) -> None:
    conversation = f"chat-{uuid.uuid4().hex}"
    result = await web.runtime.service.send(conversation, "where is my order?", session_customer_id=None,
                                            session_account=new_guest_login())
    said = " ".join(str(m.get("content") or m.get("text") or "") for m in result.messages)
    assert "confirm who you are" in said and "#W" not in said, said
