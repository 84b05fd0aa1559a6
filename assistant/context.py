"""Run-time dependencies of the graph, built once at start-up and passed to every step (`Runtime[Deps]`)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from assistant.models.backend import ModelBackend
from assistant.settings import CatalogSettings
from tools.catalog.index import CatalogIndex
from tools.context import Actor, ToolContext
from tools.store.engine import session_scope
from tools.verification import GuestRule, VerificationLimits


def _utc_now() -> datetime:
    return datetime.now(UTC)


def catalog_image_roots(catalog: CatalogSettings | None = None) -> tuple[Path, ...]:
    """The directories holding the catalog's photos (the demo pack's, the source catalog's) that exist."""
    catalog = catalog or CatalogSettings()
    return tuple(root for root in (catalog.demo_dir / "images", catalog.source_dir / "images") if root.is_dir())


@dataclass
class Deps:
    sessions: async_sessionmaker[AsyncSession]
    backend: ModelBackend
    secret_key: bytes
    catalog: CatalogIndex | None = None
    # Where the catalog's photos are: a complaint photo is compared with the ordered variant's (damage).
    catalog_images: tuple[Path, ...] = field(default_factory=catalog_image_roots)
    clock: Callable[[], datetime] = field(default=_utc_now)
    # How a guest proves who they are in chat (tools/verification.py); tau's lighter rule only by choice.
    guest_rule: GuestRule = GuestRule.ORDER_PROOF
    verification_limits: VerificationLimits = field(default_factory=VerificationLimits)

    @asynccontextmanager
    async def tools(self, actor: Actor, conversation_id: str, *, read_only: bool = False
                    ) -> AsyncIterator[ToolContext]:
        """A tool context in its own committed transaction; `read_only` ones take no write lock on SQLite."""
        async with session_scope(self.sessions, read_only=read_only) as session:
            yield ToolContext(session=session, actor=actor, clock=self.clock, conversation_id=conversation_id)

    def confirmation_token(self, conversation_id: str, action_id: str) -> str:
        """Deterministic per proposed action, so a re-run step redeems the same yes (never a second one)."""
        message = f"{conversation_id}:{action_id}".encode()
        return hmac.new(self.secret_key, message, hashlib.sha256).hexdigest()[:48]
