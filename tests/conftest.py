"""Shared fixtures: a real store on SQLite and on PostgreSQL, cloned per test from a migrated template.

PostgreSQL comes from VITRINE_TEST_POSTGRES_URL (default: the local server on 127.0.0.1:5432, db `test`).
Where none is reachable its tests are skipped with the reason, unless VITRINE_REQUIRE_POSTGRES=1 (CI),
where that is an error.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import uuid
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from assistant.models.embedder import MiniLmEmbedder
from assistant.models.prompts import PromptLibrary
from assistant.models.resolver.backend import ResolverBackend
from tools.store.engine import create_engine, create_session_factory, upgrade_database
from tools.store.scratch import postgres_admin
from tools.store.tau_import import import_tau_retail, read_tau_retail

os.environ.setdefault("LANGGRAPH_STRICT_MSGPACK", "true")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
TAU_RETAIL_DIR = SHARED_DATA / "tau-retail"
VENDORED_TAU_RETAIL_DIR = REPO_ROOT / "data" / "tau-retail"
T = TypeVar("T")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


def tau_retail_dir() -> Path:
    return TAU_RETAIL_DIR if TAU_RETAIL_DIR.is_dir() else VENDORED_TAU_RETAIL_DIR


def postgres_admin_url() -> str:
    return os.environ.get("VITRINE_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def postgres_unreachable_reason() -> str | None:
    url = make_url(postgres_admin_url())
    try:
        socket.create_connection((url.host or "127.0.0.1", url.port or 5432), timeout=1).close()
    except OSError as error:
        return f"PostgreSQL at {url.host}:{url.port or 5432} is not reachable ({error})"
    return None


@dataclass
class Store:
    """A migrated database holding the tau-retail data, private to one test."""

    url: str
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    backend: str


def run_blocking(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from sync code, even when an event loop is already running here."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


async def _admin(sql: str) -> None:
    await postgres_admin(postgres_admin_url(), sql)


async def _fill(url: str) -> None:
    await asyncio.to_thread(upgrade_database, url)
    engine = create_engine(url)
    async with create_session_factory(engine)() as session, session.begin():
        await import_tau_retail(session, read_tau_retail(tau_retail_dir()))
    await engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    run_blocking(_fill(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="session")
def postgres_template(worker_id: str) -> Iterator[str]:
    reason = postgres_unreachable_reason()
    if reason:
        if os.environ.get("VITRINE_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    name = f"vitrine_template_{worker_id}_{uuid.uuid4().hex[:8]}"
    run_blocking(_admin(f'CREATE DATABASE "{name}"'))
    run_blocking(
        _fill(make_url(postgres_admin_url()).set(database=name).render_as_string(hide_password=False))
    )
    yield name
    run_blocking(_admin(f'DROP DATABASE IF EXISTS "{name}"'))


@pytest.fixture(scope="session")
def worker_id(request: pytest.FixtureRequest) -> str:
    return getattr(request.config, "workerinput", {}).get("workerid", "main")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """A fresh store per test (SQLite and PostgreSQL), already holding the tau-retail database."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "store.db"
        shutil.copyfile(template, path)
        url = f"sqlite+aiosqlite:///{path}"
        dropper = None
    else:
        template = request.getfixturevalue("postgres_template")
        name = f"vitrine_test_{uuid.uuid4().hex[:12]}"
        await _admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        url = make_url(postgres_admin_url()).set(database=name).render_as_string(hide_password=False)
        dropper = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    engine = create_engine(url)
    yield Store(url=url, engine=engine, sessions=create_session_factory(engine), backend=request.param)
    await engine.dispose()
    if dropper:
        await _admin(dropper)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests reach only this machine (databases, fake model servers, the app under test)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in LOCAL_HOSTS:
            raise RuntimeError(f"tests may not reach the network ({address[0]})")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def prompts() -> PromptLibrary:
    return PromptLibrary(REPO_ROOT / "prompts")


@pytest.fixture(scope="session")
def embedder() -> MiniLmEmbedder:
    """The real all-MiniLM-L6-v2 from its offline wheel."""
    return MiniLmEmbedder()


@pytest.fixture(scope="session")
def resolver(prompts: PromptLibrary, embedder: MiniLmEmbedder) -> ResolverBackend:
    return ResolverBackend(prompts, embedder)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests run last: Playwright's sync API drives its own event loop in the main thread."""
    items.sort(key=lambda item: item.nodeid.replace("\\", "/").startswith("tests/browser/"))
