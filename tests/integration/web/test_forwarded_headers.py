"""Behind a TLS proxy: sign-in cookies are Secure when a trusted proxy says the browser used HTTPS, and the
client is who a trusted proxy says it is; the same X-Forwarded-* headers from anyone else change nothing."""

# ruff: noqa: F811  (the fixtures come from desk_app and served_app; tests name them as parameters)
from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI, Request

from tests.integration.web.desk_app import PASSWORDS, Web, redactor, web  # noqa: F401
from tests.integration.web.served_app import (  # noqa: F401
    CUSTOMER,
    PROXY,
    STRANGER,
    VIA_TLS_PROXY,
    client_of,
    is_secure,
    served,
)


async def sign_in_cookies(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, str]:
    """The cookies the shop and the desk set on a successful sign-in, by name."""
    shop = await client.post("/shop/login", data={"login": "ethan", "password": PASSWORDS["ethan"]},
                             headers=headers)
    desk = await client.post("/desk/login", data={"login": "agent_ana", "password": PASSWORDS["agent_ana"]},
                             headers=headers)
    assert shop.status_code == desk.status_code == 303, (shop.text, desk.text)
    cookies = shop.headers.get_list("set-cookie") + desk.headers.get_list("set-cookie")
    return {cookie.split("=", 1)[0]: cookie for cookie in cookies}


async def test_sign_in_cookies_are_secure_behind_a_trusted_tls_proxy(served: FastAPI) -> None:
    async with client_of(served, PROXY) as client:
        cookies = await sign_in_cookies(client, VIA_TLS_PROXY)
    assert set(cookies) == {"vitrine_shop", "vitrine_desk"}
    assert all(is_secure(cookie) for cookie in cookies.values()), cookies


async def test_a_forwarded_proto_from_an_untrusted_client_is_ignored(served: FastAPI) -> None:
    async with client_of(served, STRANGER) as client:
        cookies = await sign_in_cookies(client, VIA_TLS_PROXY)
    assert set(cookies) == {"vitrine_shop", "vitrine_desk"}
    assert not any(is_secure(cookie) for cookie in cookies.values()), cookies


async def test_a_direct_https_connection_gets_secure_cookies(served: FastAPI) -> None:
    async with client_of(served, STRANGER, scheme="https") as client:
        cookies = await sign_in_cookies(client, {"X-Forwarded-Proto": "http"})
    assert all(is_secure(cookie) for cookie in cookies.values()), cookies


def who_app(trusted: list[str]) -> FastAPI:
    """A route answering with the client address the login throttle would count."""
    from assistant.web.forwarded import ForwardedHeaders, client_address

    app = FastAPI()
    app.add_middleware(ForwardedHeaders, trusted=trusted)

    @app.get("/who")
    async def who(request: Request) -> dict[str, str]:
        return {"client": client_address(request, trusted), "scheme": request.url.scheme}

    return app


@pytest.mark.parametrize(("peer", "forwarded_for", "expected"), [
    (STRANGER, "192.0.2.1", STRANGER),  # a forged header from outside is ignored
    ("127.0.0.1", "192.0.2.1", "127.0.0.1"),  # so is one through a local hop that is not configured
    (PROXY, CUSTOMER, CUSTOMER),
    (PROXY, f"192.0.2.1, {CUSTOMER}", CUSTOMER),  # the customer forged the first entry; the proxy appended
    (PROXY, f"{CUSTOMER}, 10.0.0.9", CUSTOMER),  # two trusted proxies in a row
    (PROXY, None, PROXY),
])
async def test_the_client_is_who_a_trusted_proxy_says_it_is(peer: str, forwarded_for: str | None,
                                                            expected: str) -> None:
    headers = {"X-Forwarded-Proto": "https"} | ({"X-Forwarded-For": forwarded_for} if forwarded_for else {})
    async with client_of(who_app(["10.0.0.0/8"]), peer) as client:
        answer = (await client.get("/who", headers=headers)).json()
    assert answer == {"client": expected, "scheme": "https" if peer == PROXY else "http"}


async def test_with_no_trusted_proxy_nobody_is_believed() -> None:
    async with client_of(who_app([]), "127.0.0.1") as client:
        answer = (await client.get("/who", headers=VIA_TLS_PROXY)).json()
    assert answer == {"client": "127.0.0.1", "scheme": "http"}
