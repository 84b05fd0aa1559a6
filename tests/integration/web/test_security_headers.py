"""What browsers are told about each surface: a Content-Security-Policy that lets the page do what it does and
no more, nosniff and Referrer-Policy everywhere, framing refused but for the chat; the API docs load nothing
from another host."""

# ruff: noqa: F811  (the fixtures come from desk_app and served_app; tests name them as parameters)
from __future__ import annotations

import httpx
from fastapi import FastAPI

from tests.integration.web.desk_app import Web, redactor, web  # noqa: F401
from tests.integration.web.served_app import (  # noqa: F401
    CUSTOMER,
    INLINE_SCRIPT,
    LINKS,
    assert_baseline,
    client_of,
    policy,
    served,
    served_defaults,
    sha256_source,
)


async def sign_in_to_shop(client: httpx.AsyncClient) -> None:
    response = await client.post("/shop/login", data={"login": "ethan", "password": "ethan-pass-1"})
    assert response.status_code == 303, response.text


async def test_every_surface_sends_a_policy_nosniff_and_referrer_policy(served: FastAPI) -> None:
    async with client_of(served, CUSTOMER) as client:
        pages = {path: await client.get(path) for path in
                 ("/shop", "/desk/login", "/desk/", "/api/docs", "/api/openapi.json", "/api/tickets", "/favicon.ico")}
    assert {path: page.status_code for path, page in pages.items()} == {
        "/shop": 200, "/desk/login": 200, "/desk/": 303, "/api/docs": 200, "/api/openapi.json": 200,
        "/api/tickets": 401, "/favicon.ico": 200}
    for page in pages.values():
        assert_baseline(page)
    assert policy(pages["/api/tickets"])["default-src"] == ["'none'"]


async def test_the_desk_and_the_api_docs_refuse_to_be_framed(served: FastAPI) -> None:
    async with client_of(served, CUSTOMER) as client:
        for path in ("/desk/login", "/api/docs", "/shop"):
            page = await client.get(path)
            assert policy(page)["frame-ancestors"] == ["'none'"], path
            assert page.headers["x-frame-options"] == "DENY", path


async def test_by_default_only_the_app_itself_may_frame_the_chat(served_defaults: FastAPI) -> None:
    async with client_of(served_defaults, CUSTOMER) as client:
        chat = await client.get("/chat/")
    assert policy(chat)["frame-ancestors"] == ["'self'"]
    assert chat.headers["x-frame-options"] == "SAMEORIGIN"


async def test_the_shop_runs_only_its_own_scripts_and_the_widget(served: FastAPI) -> None:
    async with client_of(served, CUSTOMER) as client:
        await sign_in_to_shop(client)
        first, second = await client.get("/shop"), await client.get("/shop")
    assert "mountChainlitWidget" in first.text
    nonces = []
    for page in (first, second):
        csp = policy(page)
        nonce = next(source for source in csp["script-src"] if source.startswith("'nonce-"))
        nonces.append(nonce)
        inline = list(INLINE_SCRIPT.finditer(page.text))
        assert inline and all(f'nonce="{nonce[7:-1]}"' in script["attrs"] for script in inline)
        assert "/chat/copilot/index.js" in page.text and "'self'" in csp["script-src"]
        assert csp["connect-src"] == ["'self'"]  # the widget's API calls and websocket go to this origin
    assert nonces[0] != nonces[1]


async def test_the_api_docs_load_everything_from_the_app(served: FastAPI) -> None:
    async with client_of(served, CUSTOMER) as client:
        docs = await client.get("/api/docs")
        assert docs.status_code == 200 and "SwaggerUIBundle" in docs.text
        assets = LINKS.findall(docs.text)
        assert any(asset.endswith(".js") for asset in assets) and any(asset.endswith(".css") for asset in assets)
        for asset in assets:
            assert asset.startswith("/") and not asset.startswith("//"), f"{asset} is on another host"
            loaded = await client.get(asset)
            assert loaded.status_code == 200, asset
            assert loaded.headers["x-content-type-options"] == "nosniff"
    scripts = policy(docs)["script-src"]
    for inline in INLINE_SCRIPT.finditer(docs.text):
        assert sha256_source(inline["body"]) in scripts
