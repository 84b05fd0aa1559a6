"""A re-run of one customer message is judged as that message was, never as a new, uncounted attempt (attack12,
F2): `verify_guest` with a message id already counted in the conversation used to match whatever claim it was given
now, past every lock and without recording it, so a turn re-run under the same message id (a claim given back after
a failed turn, a resumed graph) would check a new guess for free after the conversation was locked."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.conftest import Store
from tools.context import Actor, ToolContext
from tools.store.tables import VerificationAttempt
from tools.verification import GuestClaim, GuestRule, VerificationLimits, VerificationOutcome, verify_guest

SOFIA = GuestClaim(email="sofia.rossi2645@example.com", order_id="#W5918442", zip_code="78784")
LIMITS = VerificationLimits(max_failures=3)


async def _verify(store: Store, claim: GuestClaim, message_id: str, conversation: str = "c1") -> VerificationOutcome:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session=session, actor=Actor.anonymous(), conversation_id=conversation)
        return await verify_guest(ctx, claim, rule=GuestRule.ORDER_PROOF, limits=LIMITS, pepper=b"k",
                                  message_id=message_id)


def _guess(n: int) -> GuestClaim:
    return SOFIA.model_copy(update={"email": f"sofia.guess{n}@example.com"})


async def _attempts(store: Store) -> int:
    async with store.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(VerificationAttempt)) or 0)


async def test_a_message_id_counted_as_a_failure_never_verifies_another_claim(store: Store) -> None:
    for n in range(3):
        assert (await _verify(store, _guess(n), f"m{n}")).status == "failed"
    assert (await _verify(store, SOFIA, "m-new")).status == "locked"
    # the first message's id again, now with the right email: judged as that message was, not matched afresh
    assert (await _verify(store, SOFIA, "m0")).status == "failed"
    assert await _attempts(store) == 3


async def test_a_message_id_counted_as_a_success_keeps_its_customer(store: Store) -> None:
    assert (await _verify(store, SOFIA, "ok-1")).status == "verified"
    again = await _verify(store, SOFIA, "ok-1")  # the same turn re-run: the same answer, not a second attempt
    assert (again.status, again.customer_id) == ("verified", "sofia_rossi_8776")
    other = GuestClaim(email="yusuf.ahmed5476@example.com", order_id="#W7007896", zip_code="91075")
    assert (await _verify(store, other, "ok-1")).status == "failed"  # another claim under that id: not matched
    assert await _attempts(store) == 1
