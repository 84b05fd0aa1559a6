"""The chat (Chainlit at /chat) in the served app: its page runs only Chainlit's own scripts, may be framed by the
configured origins, and Chainlit's `access_token` cookie is Secure behind a trusted TLS proxy.

The only module that mounts Chainlit in-process (`chat_served`): a second mount in one process would fail.
"""

# ruff: noqa: F811  (the fixtures come from desk_app and served_app; tests name them as parameters)
from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from assistant.web.app import chainlit_secret
from assistant.web.auth import Principal
from tests.conftest import REPO_ROOT
from tests.integration.web.desk_app import ETHAN, Web, redactor, web  # noqa: F401
from tests.integration.web.served_app import (  # noqa: F401
    CUSTOMER,
    INLINE_SCRIPT,
    LINKS,
    PROXY,
    STRANGER,
    VIA_TLS_PROXY,
    assert_baseline,
    chat_served,
    client_of,
    is_secure,
    policy,
    sha256_source,
)
from tools.store.tables import AccountRole


async def test_the_chat_page_runs_chainlits_own_scripts_and_may_be_framed_by_configured_origins(
        chat_served: FastAPI) -> None:
    async with client_of(chat_served, CUSTOMER) as client:
        page = await client.get("/chat/")
        widget = await client.get("/chat/copilot/index.js")
    assert page.status_code == 200 and widget.status_code == 200
    assert_baseline(page)
    csp = policy(page)
    inline = list(INLINE_SCRIPT.finditer(page.text))
    assert inline and all(sha256_source(script["body"]) in csp["script-src"] for script in inline)
    assert csp["frame-ancestors"] == ["'self'", "https://help.example.com"]
    assert "x-frame-options" not in page.headers  # it cannot name another origin; frame-ancestors does
    assert csp["connect-src"] == ["'self'"]


async def test_the_chat_and_the_widget_load_nothing_from_outside_the_app(chat_served: FastAPI) -> None:
    """Fresh-eyes Low list: /chat loaded KaTeX's stylesheet from jsDelivr and the Inter font from Google Fonts, and
    the widget the same font. Every stylesheet and font is the app's own, and the policies allow nothing else."""
    async with client_of(chat_served, CUSTOMER) as client:
        page = await client.get("/chat/")
        theme = (await client.get("/chat/public/theme.json")).json()
        fonts = [await client.get(url) for url in theme["custom_fonts"]]
    links = LINKS.findall(page.text)
    assert links and all(link.startswith("/") and not link.startswith("//") for link in links), links
    assert "https://" not in page.text
    csp = policy(page)
    assert all(source in ("'self'", "'unsafe-inline'", "data:", "blob:") for directive in ("style-src", "font-src")
               for source in csp[directive]), csp
    # The widget loads Google's font unless the theme names stylesheets of its own: it names the app's.
    assert theme["custom_fonts"] and all(url.startswith("/chat/public/") for url in theme["custom_fonts"])
    assert all(font.status_code == 200 and "text/css" in font.headers["content-type"] for font in fonts)
    assert all("url(" not in font.text or "https://" not in font.text for font in fonts)


@pytest.fixture
async def chat_app(web: Web, chat_served: FastAPI, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    """The chat bound to the `web` fixture's runtime and a fresh chat history, as the app's lifespan does."""
    from assistant.web.chat import binding
    from assistant.web.chat.history import default_history_url, prepare_history

    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", chainlit_secret(web.runtime.settings))
    history = default_history_url(web.runtime.settings.data_dir)
    await prepare_history(history)
    chat_served.state.runtime = web.runtime
    binding.bind(web.runtime, history)
    yield chat_served
    binding.unbind()


async def test_chainlits_access_token_cookie_is_secure_only_behind_a_trusted_tls_proxy(chat_app: FastAPI) -> None:
    from assistant.web.chat.identity import widget_token

    token = widget_token(Principal(subject="ethan", role=AccountRole.CUSTOMER, customer_id=ETHAN))
    cookies = {}
    for peer in (PROXY, STRANGER):
        async with client_of(chat_app, peer) as client:
            signed_in = await client.post("/chat/auth/jwt",
                                          headers={**VIA_TLS_PROXY, "Authorization": f"Bearer {token}"})
        assert signed_in.status_code == 200, signed_in.text
        cookies[peer] = next(cookie for cookie in signed_in.headers.get_list("set-cookie")
                             if cookie.startswith("access_token="))
    assert is_secure(cookies[PROXY]) and not is_secure(cookies[STRANGER])


async def test_chainlits_own_routes_refuse_a_session_that_ended(chat_app: FastAPI, web: Web) -> None:
    """Signing out of the shop ends its widget's chat on the HTTP side too (the thread list, the user, a new
    token exchange), not only on the socket. The old app kept listing the customer's chats."""
    from assistant.web.auth import sign_out
    from assistant.web.chat.identity import widget_token

    shop_session = Principal(subject="ethan", role=AccountRole.CUSTOMER, customer_id=ETHAN, token_id="ab" * 16)
    token = widget_token(shop_session)
    async with client_of(chat_app, CUSTOMER) as client:
        assert (await client.post("/chat/auth/jwt", headers={"Authorization": f"Bearer {token}"})).status_code == 200
        assert (await client.get("/chat/user")).status_code == 200  # the cookie it set
        await sign_out(web.runtime, shop_session)
        user = await client.get("/chat/user")
        threads = await client.post("/chat/project/threads", json={"pagination": {"first": 20},
                                                                    "filter": {}})
        again = await client.post("/chat/auth/jwt", headers={"Authorization": f"Bearer {token}"})
    assert user.status_code == 401 and threads.status_code == 401 and again.status_code == 401


async def test_the_widgets_theme_is_served(chat_served: FastAPI) -> None:
    """The widget asks for /chat/public/theme.json on every page: a 404 there showed in every browser console."""
    async with client_of(chat_served, CUSTOMER) as client:
        theme = await client.get("/chat/public/theme.json")
    assert theme.status_code == 200 and theme.json()["variables"]["light"]["--primary"]


def test_chat_uploads_go_to_the_data_directory_not_the_repository(chat_served: FastAPI) -> None:
    """Chainlit keeps uploads in `<app root>/.files/<session>` (the repository); the app's data directory holds
    them instead, and an upload is deleted once read (only the intake's redacted copy is kept)."""
    import chainlit.config
    from chainlit.session import WebsocketSession

    folder = chainlit.config.FILES_DIRECTORY
    assert folder.is_dir() and folder == chat_served.state.chat_uploads
    assert folder.parent.name == "chat-uploads" and folder.parent.parent.name.startswith("chat-served")
    assert not folder.is_relative_to(REPO_ROOT)
    session = WebsocketSession.__new__(WebsocketSession)  # only its files_dir is read
    session.id = "some-session"
    assert session.files_dir.parent == folder


async def test_a_thread_that_is_not_in_the_chat_history_is_not_found_not_a_server_error(chat_app: FastAPI) -> None:
    """Fresh-eyes issue 20: `GET /chat/project/thread/<id>` for a conversation the chat never saw (one started
    through the API, or any made-up id) answered 500 for anyone: Chainlit's data layer raised where it found no
    author. Signed in or not, the answer is a clean refusal, never a server error."""
    from assistant.web.chat.identity import widget_token

    token = widget_token(Principal(subject="ethan", role=AccountRole.CUSTOMER, customer_id=ETHAN))
    async with client_of(chat_app, CUSTOMER) as client:
        anonymous = await client.get("/chat/project/thread/api-conversation-1")
        assert (await client.post("/chat/auth/jwt", headers={"Authorization": f"Bearer {token}"})).status_code == 200
        unknown = [await client.get(f"/chat/project/thread/{thread}")
                   for thread in ("api-conversation-1", "00000000-0000-0000-0000-000000000000")]
        element = await client.get("/chat/project/thread/api-conversation-1/element/some-element")
    assert anonymous.status_code == 401
    # 404 from Chainlit's access check when this test runs alone; 400 after other web tests have configured
    # Chainlit in the same process: either is the refusal asked for, a 5xx is not
    assert all(response.status_code in (400, 404) for response in unknown), [r.status_code for r in unknown]
    assert element.status_code in (400, 401, 403, 404)


async def test_an_action_for_a_chat_session_that_is_not_open_is_not_found_not_a_server_error(
        chat_app: FastAPI) -> None:
    """attack10 F5: `POST /chat/project/action` with a made-up `sessionId` answered 500 (Chainlit's "Session not
    found" traceback) and dropped the connection. Signed in, it is a 404 that says why; bad JSON is a 400."""
    from assistant.web.chat.identity import widget_token

    token = widget_token(Principal(subject="ethan", role=AccountRole.CUSTOMER, customer_id=ETHAN))
    async with client_of(chat_app, CUSTOMER) as client:
        assert (await client.post("/chat/auth/jwt", headers={"Authorization": f"Bearer {token}"})).status_code == 200
        unknown = await client.post("/chat/project/action",
                                    json={"sessionId": "x", "action": {"name": "confirm", "payload": {}}})
        garbled = await client.post("/chat/project/action", content=b"{nope",
                                    headers={"content-type": "application/json"})
        after = await client.get("/chat/user")  # the connection and the session still answer
    assert unknown.status_code == 404 and "not open" in unknown.json()["detail"]
    assert garbled.status_code == 400
    assert after.status_code == 200


async def test_browsing_the_shop_signed_out_keeps_the_chats_sign_in(chat_app: FastAPI) -> None:
    """Surface11: a customer signed in at /chat who opened /shop (no shop session) was signed out of the chat: the
    storefront set Chainlit's `access_token` cookie to a fresh guest's, so /chat then knew only a guest. The shop's
    widget now carries on the chat's own sign-in, and the cookie is left as it was."""
    from chainlit.auth import decode_jwt

    from tests.integration.web.desk_app import PASSWORDS

    async with client_of(chat_app, CUSTOMER) as client:
        signed_in = await client.post("/chat/login", data={"username": "ethan", "password": PASSWORDS["ethan"]})
        assert signed_in.status_code == 200, signed_in.text
        chat_cookie = client.cookies.get("access_token")
        for path in ("/shop", "/shop/products/NO-SUCH-PRODUCT", "/shop?q=hoodie"):
            page = await client.get(path)
            assert page.status_code in (200, 404), (path, page.status_code)
            assert not any(cookie.startswith("access_token=") for cookie in page.headers.get_list("set-cookie"))
            if page.status_code == 200:  # the missing product's page has no widget
                widget = decode_jwt(re.search(r'accessToken: "([^"]+)"', page.text).group(1))  # type: ignore[union-attr]
                assert widget.identifier == "ethan" and widget.metadata["customer_id"] == ETHAN, path
            user = await client.get("/chat/user")
            assert user.status_code == 200 and user.json()["identifier"] == "ethan", path
        assert client.cookies.get("access_token") == chat_cookie


async def test_a_chat_sign_in_that_ended_leaves_the_shop_to_a_guest(chat_app: FastAPI) -> None:
    """The chat's cookie counts only while its session is live: once signed out at /chat, /shop is a guest's."""
    from chainlit.auth import decode_jwt

    from tests.integration.web.desk_app import PASSWORDS

    async with client_of(chat_app, CUSTOMER) as client:
        assert (await client.post("/chat/login", data={"username": "omar",
                                                       "password": PASSWORDS["omar"]})).status_code == 200
        assert (await client.post("/chat/logout")).status_code == 200
        page = await client.get("/shop")
        widget = decode_jwt(re.search(r'accessToken: "([^"]+)"', page.text).group(1))  # type: ignore[union-attr]
    assert widget.identifier.startswith("guest:") and "customer_id" not in widget.metadata


def _abandoned_request(path: str) -> dict[str, object]:
    """The ASGI scope of a GET the browser drops before its answer (a navigation away, a redirect)."""
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
            "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
            "headers": [(b"host", b"vitrine.test")], "client": (CUSTOMER, 40123), "server": ("vitrine.test", 80)}


@pytest.mark.parametrize("path", ["/chat/favicon", "/chat/", "/chat/login", "/chat/public/fonts.css",
                                  "/chat/project/translations", "/chat/auth/config"])
async def test_a_request_the_browser_abandons_while_the_sign_in_page_loads_is_no_server_error(
        chat_served: FastAPI, path: str) -> None:
    """desk18 F13: loading /chat's sign-in page logged `RuntimeError: No response returned.` for each request the
    browser dropped on its way to /chat/login (the favicon, a stylesheet): Chainlit's sub-path check was a Starlette
    `BaseHTTPMiddleware`, which raises when the client is gone before the answer starts. A dropped request now
    ends quietly."""
    async def receive() -> dict[str, object]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        return None

    await chat_served(_abandoned_request(path), receive, send)  # raised RuntimeError("No response returned.")


async def test_the_chat_page_names_its_stylesheets_at_their_own_address(chat_served: FastAPI) -> None:
    """desk18 F13: the page's font link (the theme's /chat/public/fonts.css) came out as /chat/chat/public/fonts.css
    (Chainlit puts its root path before every address of the page): the browser got the page's HTML for a
    stylesheet and dropped it, so the full-page chat had no font of its own."""
    async with client_of(chat_served, CUSTOMER) as client:
        page = await client.get("/chat/")
        sheets = re.findall(r'<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link\b[^>]*href="([^"]+)"[^>]*'
                            r'rel="stylesheet"', page.text)
        hrefs = [first or second for first, second in sheets]
        served = [await client.get(href) for href in hrefs]
    assert hrefs and not any(href.startswith("/chat/chat/") for href in hrefs), hrefs
    assert all(r.status_code == 200 and "text/css" in r.headers["content-type"] for r in served), hrefs
