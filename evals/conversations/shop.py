"""The base store every case starts from: tau-retail + the demo catalog pack (indexed) + the demo shop.

Built once into a cache folder (a SQLite template file and a local Qdrant index); each case then runs on
its own copy of the template file, while the index is shared and only read.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.settings import PROJECT_ROOT
from tools.catalog.embedders import EmbedderConfig
from tools.catalog.importer import import_magento
from tools.catalog.index import CatalogIndex, IndexConfig, open_catalog_index
from tools.demo_shop import seed_demo_shop
from tools.store.engine import create_engine, create_session_factory, upgrade_database_async
from tools.store.tau_import import import_tau_retail, read_tau_retail

TAU_RETAIL = PROJECT_ROOT / "data" / "tau-retail"
DEMO_CATALOG = PROJECT_ROOT / "data" / "demo-catalog"
DEFAULT_CACHE = PROJECT_ROOT / "var" / "evals" / "shop"


@dataclass(frozen=True)
class ShopTemplate:
    database: Path
    index: CatalogIndex

    def copy_to(self, directory: Path) -> str:
        """A private copy of the store for one case; returns its URL."""
        path = directory / "store.db"
        shutil.copyfile(self.database, path)
        return f"sqlite+aiosqlite:///{path}"


def _fingerprint() -> str:
    """Changes when the schema, the seed or catalog code or the data change, so a stale template is rebuilt."""
    digest = hashlib.sha256()
    # the catalog code too: index vectors made by an older embedder would not match today's queries
    sources = [*sorted((PROJECT_ROOT / "migrations" / "versions").glob("*.py")),
               *sorted((PROJECT_ROOT / "tools" / "catalog").glob("*.py")), *sorted(DEMO_CATALOG.glob("*.csv")),
               PROJECT_ROOT / "tools" / "demo_shop.py", TAU_RETAIL / "orders.json", TAU_RETAIL / "users.json"]
    for path in sources:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


async def _fill(url: str, index: CatalogIndex) -> None:
    await upgrade_database_async(url)
    engine = create_engine(url)
    sessions = create_session_factory(engine)
    try:
        async with sessions() as session, session.begin():
            await import_tau_retail(session, read_tau_retail(TAU_RETAIL))
        await import_magento(DEMO_CATALOG, session_factory=sessions, index=index, progress=False)
        async with sessions() as session, session.begin():
            await seed_demo_shop(session)
    finally:
        await engine.dispose()


class CacheBusy(RuntimeError):
    """Another run holds this cache (its local Qdrant index allows one process)."""


@contextmanager
def cache_lock(cache: Path) -> Iterator[None]:
    """Hold `cache` for one run; a second run on the same folder is refused at once with what to do."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(cache) + ".lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise CacheBusy(f"another `vitrine eval run` is using the shop cache {cache}; wait for it to finish, "
                        "or give this run its own with --cache-dir DIR") from None
    try:
        yield
    finally:
        lock.release()


async def prepare_shop(cache: Path = DEFAULT_CACHE, *, rebuild: bool = False) -> ShopTemplate:
    """The cached template, built first when missing, stale or `rebuild` is asked for."""
    marker = cache / "READY"
    fresh = not rebuild and marker.exists() and marker.read_text() == _fingerprint()
    if not fresh:
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)  # noqa: ASYNC240 - once per run, before any case starts
    index = open_catalog_index(IndexConfig(path=cache / "qdrant"), EmbedderConfig())
    if not fresh:
        await _fill(f"sqlite+aiosqlite:///{cache / 'store.db'}", index)
        marker.write_text(_fingerprint())
    return ShopTemplate(database=cache / "store.db", index=index)
