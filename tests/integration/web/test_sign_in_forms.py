"""Sign-in as the attacker pass probed it: a page of another site cannot sign the visitor in (or out) on any
surface, while this site's own pages, a typed address and non-browser clients still can (login CSRF); the sign-in
page never names another host (Host header); a refused sign-in never echoes the password."""

# ruff: noqa: F811  (the fixtures come from desk_app and served_app; tests name them as parameters)
from __future__ import annotations

import pytest
from fastapi import FastAPI

from tests.integration.web.desk_app import Web, redactor, web  # noqa: F401
from tests.integration.web.served_app import CUSTOMER, client_of, served  # noqa: F401

SHOP_LOGIN = {"login": "ethan", "password": "ethan-pass-1"}
ELSEWHERE = [{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
             {"Origin": "http://localhost:8799", "Sec-Fetch-Site": "same-site"},  # another port of the same host
             {"Origin": "https://evil.example"},  # a browser that sends no fetch metadata
             {"Origin": "null"},  # a sandboxed frame or a data: page
             {"Sec-Fetch-Site": "cross-site"}]


@pytest.mark.parametrize("headers", ELSEWHERE)
@pytest.mark.parametrize("path", ["/shop/login", "/desk/login", "/shop/logout", "/desk/logout"])
async def test_a_form_posted_from_another_site_is_refused(served: FastAPI, path: str, headers: dict) -> None:
    async with client_of(served, CUSTOMER) as client:
        answer = await client.post(path, data=SHOP_LOGIN, headers=headers)
    assert answer.status_code == 403
    assert "set-cookie" not in answer.headers


@pytest.mark.parametrize("headers", [{"Origin": "http://vitrine.test", "Sec-Fetch-Site": "same-origin"},
                                     {"Sec-Fetch-Site": "none"}, {}])
async def test_the_sites_own_sign_in_form_still_signs_in(served: FastAPI, headers: dict) -> None:
    async with client_of(served, CUSTOMER) as client:
        answer = await client.post("/shop/login", data=SHOP_LOGIN, headers=headers)
    assert answer.status_code == 303, answer.text
    assert "vitrine_shop" in answer.headers.get("set-cookie", "")


async def test_the_sign_in_page_and_its_redirect_never_name_another_host(served: FastAPI) -> None:
    async with client_of(served, CUSTOMER) as client:
        page = await client.get("/shop/login", headers={"Host": "evil.example"})
        storefront = await client.get("/shop", headers={"Host": "evil.example"})  # open to guests: its sign-in link
        signed_in = await client.post("/shop/login", data=SHOP_LOGIN, headers={"Host": "evil.example"})
    assert "evil.example" not in page.text and "evil.example" not in storefront.text
    assert 'action="/shop/login"' in page.text and 'href="/shop/login"' in storefront.text
    assert signed_in.headers["location"] == "/shop"


async def test_a_refused_sign_in_never_echoes_the_password(served: FastAPI) -> None:
    async with client_of(served, CUSTOMER) as client:
        refused = await client.post("/api/token", json={"username": "ethan", "password": "ethan-pass-1"})
    assert refused.status_code == 422
    assert "ethan-pass-1" not in refused.text
    assert refused.json()["detail"][0]["loc"] == ["body", "login"]
