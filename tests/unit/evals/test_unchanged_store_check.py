"""`store: {unchanged: true}` fails on any write in the audit log, and only on writes: a guest's identity check
is audited but changes nothing in the shop."""
from __future__ import annotations

from evals.conversations.checks import store_problems
from evals.conversations.suite import StoreExpectations
from tests.conftest import Store
from tools.audit import record_audit
from tools.context import Actor, ToolContext

UNCHANGED = StoreExpectations(unchanged=True)


async def _audit(store: Store, action: str, subject_type: str) -> None:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session=session, actor=Actor.customer("demo_mia_novak"))
        record_audit(ctx, action=action, subject_type=subject_type, subject_id="conversation-1")


async def test_identity_checks_are_no_write(store: Store) -> None:
    for action in ("identity_verified", "identity_verification_failed", "identity_verification_locked"):
        await _audit(store, action, "conversation")
    async with store.sessions() as session:
        assert await store_problems(session, UNCHANGED, "conversation-1", None) == []


async def test_a_recorded_confirmation_or_change_is_a_write(store: Store) -> None:
    await _audit(store, "identity_verified", "conversation")
    await _audit(store, "confirmation_recorded", "confirmation")
    await _audit(store, "modify_customer_address", "customer")
    async with store.sessions() as session:
        problems = await store_problems(session, UNCHANGED, "conversation-1", None)
    assert problems == ["expected no writes, the audit log has 2: confirmation_recorded, modify_customer_address"]
