"""A conversation service over the real store, the resolver backend and a SQLite checkpointer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from assistant.intake.evidence import EvidenceStore
from assistant.intake.redaction import Redactor
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import REPO_ROOT, Store, run_blocking
from tools.catalog.embedders import EmbedderConfig
from tools.catalog.importer import import_magento
from tools.catalog.index import CatalogIndex, IndexConfig, open_catalog_index
from tools.demo_shop import seed_demo_shop
from tools.store.engine import create_engine, create_session_factory
from tools.verification import GuestRule

DEMO_CATALOG = REPO_ROOT / "data" / "demo-catalog"


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor()


async def _fill_shop(url: str, index: CatalogIndex) -> None:
    engine = create_engine(url)
    sessions = create_session_factory(engine)
    await import_magento(DEMO_CATALOG, session_factory=sessions, index=index, progress=False)
    async with sessions() as session, session.begin():
        await seed_demo_shop(session)
    await engine.dispose()


@pytest.fixture(scope="session")
def shop_catalog(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CatalogIndex]:
    """A store template holding tau-retail, the demo catalog pack and the demo shop, and its index."""
    directory = tmp_path_factory.mktemp("shop")
    template = directory / "shop.db"
    template.write_bytes(sqlite_template.read_bytes())
    index = open_catalog_index(IndexConfig(path=directory / "qdrant"), EmbedderConfig())
    run_blocking(_fill_shop(f"sqlite+aiosqlite:///{template}", index))
    return template, index


@pytest.fixture
async def shop(shop_catalog: tuple[Path, CatalogIndex], tmp_path: Path) -> AsyncIterator[Store]:
    """A private copy of the demo shop store (SQLite); the index is shared and only read."""
    path = tmp_path / "shop.db"
    path.write_bytes(shop_catalog[0].read_bytes())
    url = f"sqlite+aiosqlite:///{path}"
    engine = create_engine(url)
    yield Store(url=url, engine=engine, sessions=create_session_factory(engine), backend="sqlite")
    await engine.dispose()


@pytest.fixture
def shop_service(shop: Store, shop_catalog: tuple[Path, CatalogIndex], resolver: ResolverBackend,
                 redactor: Redactor, tmp_path: Path) -> Callable[[], AsyncIterator[ConversationService]]:
    return _service_factory(shop, resolver, redactor, tmp_path, shop_catalog[1])


@pytest.fixture
def service_factory(store: Store, resolver: ResolverBackend, redactor: Redactor, tmp_path: Path
                    ) -> Callable[[], AsyncIterator[ConversationService]]:
    return _service_factory(store, resolver, redactor, tmp_path, None)


def _service_factory(store: Store, resolver: ResolverBackend, redactor: Redactor, tmp_path: Path,
                     catalog: CatalogIndex | None) -> Callable[[], AsyncIterator[ConversationService]]:
    """Each call opens a new service on the same store and checkpoint file: a process restart."""

    @asynccontextmanager
    async def open_service() -> AsyncIterator[ConversationService]:
        async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
            # tau-retail customers verify in chat the tau way (email, or name + zip): an explicit choice, as in evals.
            deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret", catalog=catalog,
                        guest_rule=GuestRule.TAU)
            yield ConversationService(deps, saver, EvidenceStore(tmp_path / "evidence", redactor))

    return open_service
