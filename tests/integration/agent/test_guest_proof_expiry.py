"""A guest's proof of identity ends after a while without a message (attack12, F3): on a shared computer the next
visitor of the storefront resumed the guest's verified conversation and saw that customer's orders, addresses and
open proposal. After `proof_idle_s` the conversation forgets the customer and what it was about to do for them; a
signed-in customer (identity from the session) and a guest who keeps writing are not affected."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from assistant.intake.evidence import EvidenceStore
from assistant.intake.redaction import Redactor
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order
from tools.verification import VerificationLimits

ETHAN = "ethan_lopez_6291"
PROOF = "ethan.lopez8943@example.com, order #W6779827, zip 43275"
IDLE_S = 1800


class Clock:
    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.ahead


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service_at(store: Store, resolver: ResolverBackend, redactor: Redactor, tmp_path: Path, clock: Clock
               ) -> Callable[[], AsyncIterator[ConversationService]]:
    @asynccontextmanager
    async def open_service() -> AsyncIterator[ConversationService]:
        async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
            deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret", clock=clock,
                        verification_limits=VerificationLimits(proof_idle_s=IDLE_S))
            yield ConversationService(deps, saver, EvidenceStore(tmp_path / "evidence", redactor))

    return open_service


async def _status(store: Store, order_id: str) -> OrderStatus:
    async with store.sessions() as session:
        return (await session.get(Order, order_id)).status


async def test_an_idle_guest_proof_ends_with_its_open_proposal(service_at, store: Store, clock: Clock) -> None:
    async with service_at() as service:
        verified = await service.send("shared", PROOF, session_account="guest:" + "a" * 32)
        assert verified.customer_id == ETHAN
        await service.send("shared", "please cancel order #W6779827, I ordered it by mistake",
                           session_account="guest:" + "a" * 32)
        clock.ahead = timedelta(seconds=IDLE_S + 60)  # the next visitor of the same browser, half an hour later
        later = await service.send("shared", "yes", session_account="guest:" + "a" * 32)
        orders = await service.send("shared", "what are my orders?", session_account="guest:" + "a" * 32)
    assert later.customer_id is None and orders.customer_id is None
    assert await _status(store, "#W6779827") is OrderStatus.PENDING
    assert "#W6779827" not in texts(orders) and "confirm who you are" in texts(orders)


async def test_a_guest_who_keeps_writing_stays_verified(service_at, store: Store, clock: Clock) -> None:
    async with service_at() as service:
        await service.send("busy", PROOF, session_account="guest:" + "b" * 32)
        await service.send("busy", "please cancel order #W6779827, I ordered it by mistake",
                           session_account="guest:" + "b" * 32)
        clock.ahead = timedelta(seconds=IDLE_S - 120)
        done = await service.send("busy", "yes", session_account="guest:" + "b" * 32)
    assert done.customer_id == ETHAN
    assert await _status(store, "#W6779827") is OrderStatus.CANCELLED


async def test_a_signed_in_customers_conversation_never_expires(service_at, clock: Clock) -> None:
    async with service_at() as service:
        await service.send("mine", "what are my orders?", session_customer_id=ETHAN, session_account="ethan")
        clock.ahead = timedelta(days=2)
        later = await service.send("mine", "what are my orders?", session_customer_id=ETHAN, session_account="ethan")
    assert later.customer_id == ETHAN and "#W6779827" in texts(later)
