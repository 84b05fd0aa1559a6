"""Sessions end when they should, on every surface: sign-out, a disabled account, a new password.

Each of these passed on the old code only because nothing was checked: a signed-out desk cookie, an API token
after sign-out, a chat token of a disabled account or of a storefront session that signed out all still worked.
"""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from assistant.web.auth import issue_token
from assistant.web.chat.sessions import chat_session_live, guard_connect, sign_out_chat
from tests.integration.web.desk_app import ETHAN, PASSWORDS, SECRET, Web
from tools.accounts import set_disabled, set_password
from tools.store.tables import AccountRole

CHAT_SECRET = "test-chainlit-secret-0123456789abcdef"


@pytest.fixture
def chainlit_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import REPO_ROOT

    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", CHAT_SECRET)


async def test_an_api_token_stops_working_once_signed_out(web: Web) -> None:
    headers = await web.as_("ethan")
    assert (await web.client.get("/api/tickets", headers=headers)).status_code == 200
    assert (await web.client.post("/api/logout", headers=headers)).status_code == 204
    after = await web.client.get("/api/tickets", headers=headers)
    assert after.status_code == 401 and "ended" in after.text
    other = await web.as_("ethan")  # another session of the same account is unaffected
    assert (await web.client.get("/api/tickets", headers=other)).status_code == 200


async def test_a_new_password_ends_every_earlier_session(web: Web) -> None:
    old = issue_token(SECRET, subject="ethan", role="customer", customer_id=ETHAN,
                      now=datetime.now(UTC) - timedelta(minutes=5))
    assert (await web.client.get("/api/tickets", headers={"Authorization": f"Bearer {old}"})).status_code == 200
    async with web.store.sessions() as session, session.begin():
        await set_password(session, "ethan", "a-brand-new-pass")
    assert (await web.client.get("/api/tickets", headers={"Authorization": f"Bearer {old}"})).status_code == 401


async def test_a_desk_session_copied_before_sign_out_no_longer_opens_the_desk(web: Web) -> None:
    signed_in = await web.client.post("/desk/login", data={"login": "agent_ana", "password": PASSWORDS["agent_ana"]})
    assert signed_in.status_code == 303
    cookie = web.client.cookies.get("vitrine_desk")
    assert cookie and (await web.client.get("/desk/")).status_code == 200
    await web.client.post("/desk/logout")
    web.client.cookies.set("vitrine_desk", cookie, path="/desk")  # an attacker kept a copy
    replayed = await web.client.get("/desk/")
    assert replayed.status_code == 303 and "/desk/login" in replayed.headers["location"]


def _chat_token(login: str, customer_id: str | None, **metadata: Any) -> str:
    from chainlit.auth import create_jwt
    from chainlit.user import User

    return create_jwt(User(identifier=login, metadata={"role": "customer", "customer_id": customer_id,
                                                       "provider": "vitrine", **metadata}))


async def test_a_disabled_accounts_chat_token_opens_no_socket_and_sends_nothing(web: Web, chainlit_env: None) -> None:
    token = _chat_token("ethan", ETHAN)
    assert await chat_session_live(web.runtime, token, CHAT_SECRET)
    async with web.store.sessions() as session, session.begin():
        await set_disabled(session, "ethan", True)
    assert not await chat_session_live(web.runtime, token, CHAT_SECRET)

    connected: list[str] = []

    async def chainlit_connect(sid: str, environ: dict[str, Any], auth: Any) -> bool:
        connected.append(sid)
        return True

    guarded = guard_connect(chainlit_connect, lambda: web.runtime, lambda environ: environ.get("token"),
                            lambda: CHAT_SECRET)
    with pytest.raises(ConnectionRefusedError):
        await guarded("sid-1", {"token": token}, {})
    assert connected == []


async def test_chat_sign_out_and_shop_sign_out_end_the_chat_session(web: Web, chainlit_env: None) -> None:
    token = _chat_token("omar", "omar_khan_2363")
    await sign_out_chat(web.runtime, token, CHAT_SECRET)
    assert not await chat_session_live(web.runtime, token, CHAT_SECRET)

    # A widget token names the storefront session it came from; signing that out ends the widget's chat.
    shop_session = "0f" * 16
    widget = _chat_token("ethan", ETHAN, session=shop_session)
    assert await chat_session_live(web.runtime, widget, CHAT_SECRET)
    from assistant.web.auth import Principal, sign_out

    await sign_out(web.runtime, Principal(subject="ethan", role=AccountRole.CUSTOMER, customer_id=ETHAN,
                                          token_id=shop_session))
    assert not await chat_session_live(web.runtime, widget, CHAT_SECRET)


async def test_a_forged_or_foreign_chat_token_is_not_a_session(web: Web, chainlit_env: None) -> None:
    import jwt

    forged = jwt.encode({"identifier": "ethan", "metadata": {"role": "customer", "customer_id": ETHAN},
                         "iat": 1, "exp": 9999999999}, "another-secret-entirely-0123456789", algorithm="HS256")
    assert not await chat_session_live(web.runtime, forged, CHAT_SECRET)
    assert not await chat_session_live(web.runtime, None, CHAT_SECRET)
    # A customer link that changed since the token was signed (noah has no customer): refused.
    assert not await chat_session_live(web.runtime, _chat_token("shopper_noah", ETHAN), CHAT_SECRET)
