"""The desk and API routers in a FastAPI app of their own, on the real store and conversation service.

No Chainlit and no network: requests go through httpx's ASGI transport; the model is the offline resolver.
Accounts (argon2 with cheap test parameters; the production parameters are the library's defaults):
  ethan / ethan-pass-1 (customer ethan_lopez_6291), omar / omar-pass-1 (customer omar_khan_2363),
  agent_ana / ana-pass-12 (agent), agent_bo / bo-pass-123 (agent), agent_off / off-pass-12 (agent, disabled),
  shopper_noah / noah-pass-1 (customer account without a customer: no desk role, no tickets).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from pydantic import SecretStr

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from assistant.intake.evidence import EvidenceStore
from assistant.intake.redaction import Redactor
from assistant.models.resolver.backend import ResolverBackend
from assistant.settings import Settings
from assistant.web.api import router as api_router
from assistant.web.desk import router as desk_router
from assistant.web.live import LiveHub
from assistant.web.runtime import WebRuntime
from tests.conftest import Store
from tools import accounts
from tools.accounts import NewAccount, create_account, set_disabled
from tools.store.tables import AccountRole

SECRET = "test-web-secret-0123456789abcdef"
ETHAN, OMAR = "ethan_lopez_6291", "omar_khan_2363"
PASSWORDS = {"ethan": "ethan-pass-1", "omar": "omar-pass-1", "agent_ana": "ana-pass-12", "agent_bo": "bo-pass-123",
             "agent_off": "off-pass-12", "shopper_noah": "noah-pass-1"}
ACCOUNTS = [("ethan", AccountRole.CUSTOMER, ETHAN), ("omar", AccountRole.CUSTOMER, OMAR),
            ("agent_ana", AccountRole.AGENT, None), ("agent_bo", AccountRole.AGENT, None),
            ("agent_off", AccountRole.AGENT, None), ("shopper_noah", AccountRole.CUSTOMER, None)]


@dataclass
class Web:
    client: httpx.AsyncClient
    runtime: WebRuntime
    store: Store
    evidence: EvidenceStore

    async def token(self, login: str) -> str:
        response = await self.client.post("/api/token", json={"login": login, "password": PASSWORDS[login]})
        assert response.status_code == 200, response.text
        return response.json()["access_token"]

    async def as_(self, login: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self.token(login)}"}


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture
async def web(store: Store, resolver: ResolverBackend, redactor: Redactor, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Web]:
    # Cheap argon2 parameters keep the suite fast on a shared CPU; the hashing code path is the real one.
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    async with store.sessions() as session, session.begin():
        for login, role, customer_id in ACCOUNTS:
            await create_account(session, NewAccount(login=login, password=PASSWORDS[login], role=role,
                                                     customer_id=customer_id, display_name=login.title()))
        await set_disabled(session, "agent_off", True)
    settings = Settings(secret_key=SecretStr(SECRET), environment="test", data_dir=tmp_path,
                        database_url=store.url)
    evidence = EvidenceStore(tmp_path / "evidence", redactor)
    async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
        deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret")
        runtime = WebRuntime(settings=settings, service=ConversationService(deps, saver, evidence),
                             sessions=store.sessions, live=LiveHub())
        app = FastAPI()
        app.include_router(api_router, prefix="/api")
        app.include_router(desk_router, prefix="/desk")
        app.state.runtime = runtime
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            yield Web(client=client, runtime=runtime, store=store, evidence=evidence)
