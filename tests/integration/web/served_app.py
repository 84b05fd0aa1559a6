"""The app as `vitrine serve` builds it (`create_app`), on the `web` fixture's store and runtime.

`served`: every surface but the chat, trusting the proxies in 10.0.0.0/8. `chat_served`: the same with Chainlit
mounted at /chat; Chainlit is a process-wide singleton, so only one test module may use it (a fixture imported
into two modules is built once for each).
`client_of(app, peer)` is an HTTP client whose requests arrive from the address `peer`; `policy(response)` reads
a Content-Security-Policy header into its directives.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from assistant.settings import Settings
from assistant.web.app import chainlit_secret, create_app
from tests.conftest import REPO_ROOT
from tests.integration.web.desk_app import SECRET, Web

PROXY = "10.0.0.7"  # inside the trusted 10.0.0.0/8
STRANGER = "198.51.100.23"  # anyone else who reaches the app
CUSTOMER = "203.0.113.9"  # the browser behind the proxy
VIA_TLS_PROXY = {"X-Forwarded-Proto": "https", "X-Forwarded-For": CUSTOMER}
TRUSTED = {"trusted_proxies": ["10.0.0.0/8"], "frame_ancestors": ["https://help.example.com"]}


def client_of(app: FastAPI, peer: str, scheme: str = "http") -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(peer, 40123))
    return httpx.AsyncClient(transport=transport, base_url=f"{scheme}://vitrine.test")


INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?![^>]*\bsrc=)[^>]*)>(?P<body>.*?)</script>", re.S)
LINKS = re.compile(r'(?:src|href)="([^"]+)"')


def policy(response: httpx.Response) -> dict[str, list[str]]:
    header = response.headers.get("content-security-policy")
    assert header, f"{response.request.url.path} has no Content-Security-Policy"
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def sha256_source(script: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"


def assert_baseline(response: httpx.Response) -> None:
    assert response.headers.get("x-content-type-options") == "nosniff", response.request.url.path
    assert response.headers.get("referrer-policy") == "same-origin", response.request.url.path
    csp = policy(response)
    assert "'unsafe-eval'" not in csp.get("script-src", []) and "'unsafe-inline'" not in csp.get("script-src", [])
    assert csp.get("object-src", csp.get("default-src")) == ["'none'"]


def is_secure(cookie: str) -> bool:
    return any(attribute.strip().lower() == "secure" for attribute in cookie.split(";")[1:])


def _settings(web_settings: dict[str, list[str]], **fields: object) -> Settings:
    return Settings(secret_key=SecretStr(SECRET), environment="test", web=web_settings, **fields)  # type: ignore[arg-type]


@pytest.fixture
def served(web: Web, monkeypatch: pytest.MonkeyPatch) -> FastAPI:
    """No lifespan runs under httpx: the runtime is the `web` fixture's."""
    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", chainlit_secret(web.runtime.settings))
    app = create_app(_settings(TRUSTED, data_dir=web.runtime.settings.data_dir), mount_chat=False)
    app.state.runtime = web.runtime
    return app


@pytest.fixture
def served_defaults(web: Web, monkeypatch: pytest.MonkeyPatch) -> FastAPI:
    """The app with the default web settings: no trusted proxy, only the app itself may frame the chat."""
    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", chainlit_secret(web.runtime.settings))
    app = create_app(_settings({}, data_dir=web.runtime.settings.data_dir), mount_chat=False)
    app.state.runtime = web.runtime
    return app


@pytest.fixture(scope="session")
def chat_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
        patch.setenv("CHAINLIT_AUTH_SECRET", "")  # restored at the end; create_app sets the real one
        patch.setenv("CHAINLIT_ROOT_PATH", "")  # mount_chainlit sets it
        yield create_app(_settings(TRUSTED, data_dir=tmp_path_factory.mktemp("chat-served")), mount_chat=True)
