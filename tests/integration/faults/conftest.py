"""Fault-injection fixtures: the demo shop service from the agent tests, with the backend, catalog and deadline
chosen per test. Faults are real where they can be (closed ports, silent servers, a proxy that drops the
database, a locked SQLite file, a fake vLLM server answering 500/429/timeouts/cut streams)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from assistant.intake.evidence import EvidenceStore
from assistant.intake.redaction import Redactor
from assistant.models.backend import ModelBackend
from tests.integration.agent.conftest import redactor, shop, shop_catalog  # noqa: F401 - fixtures
from tools.verification import GuestRule

MIA = "demo_mia_novak"  # #D9000001 delivered, #D9000002 pending
LEO = "demo_leo_martin"  # #D9000003 delivered, #D9000004 processed
DEADLINE_S = 3.0  # the service's per-turn deadline in these tests (default 4.0); customers must hear within 5 s
OpenService = Callable[..., AbstractAsyncContextManager[ConversationService]]


@pytest.fixture
def open_service(redactor: Redactor, tmp_path: Path) -> OpenService:  # noqa: F811
    """`open_service(sessions, backend, catalog)`: a service on a checkpoint file and evidence store that
    outlive it, like a process restart."""

    @asynccontextmanager
    async def opened(sessions: async_sessionmaker[AsyncSession], backend: ModelBackend, catalog: Any = None,
                     ) -> AsyncIterator[ConversationService]:
        async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
            deps = Deps(sessions=sessions, backend=backend, secret_key=b"test-secret", catalog=catalog,
                        guest_rule=GuestRule.TAU)
            service = ConversationService(deps, saver, EvidenceStore(tmp_path / "evidence", redactor),
                                          turn_deadline_s=DEADLINE_S)
            try:
                yield service
            finally:
                await service.wind_down()

    return opened


def texts(result: Any) -> str:
    return " ".join(message["text"] for message in result.messages)
