"""Who the customer is, under the shop's rule (`order_proof`, the default): a guest proves it with email, an
order number and its zip together; chat text never switches a known customer; guessing is limited; every
attempt is audited. On the old code a guest became any customer by typing their email, or name and zip.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from assistant.intake.evidence import EvidenceStore
from assistant.intake.redaction import Redactor
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import AuditEvent, Order, VerificationAttempt
from tools.verification import VerificationLimits

ETHAN = "ethan_lopez_6291"
ETHAN_EMAIL = "ethan.lopez8943@example.com"  # pending #W6779827 ships to 43275; #W8073920 ships to 10203
OMAR_EMAIL = "omar.khan3563@example.com"




@pytest.fixture
def shop_rule_service(store: Store, resolver: ResolverBackend, redactor: Redactor, tmp_path: Path
                      ) -> Callable[[], AsyncIterator[ConversationService]]:
    @asynccontextmanager
    async def open_service() -> AsyncIterator[ConversationService]:
        async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
            deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret",
                        verification_limits=VerificationLimits(max_failures=3, window_s=3600))
            yield ConversationService(deps, saver, EvidenceStore(tmp_path / "evidence", redactor))

    return open_service


async def _status(store: Store, order_id: str) -> OrderStatus:
    async with store.sessions() as session:
        return (await session.get(Order, order_id)).status


@pytest.mark.parametrize(("claim", "still_missing"), [(f"my email is {ETHAN_EMAIL}", "zip"),
                                                     ("I'm Ethan Lopez, zip 43275", "email"),
                                                     (f"I'm {ETHAN_EMAIL}, cancel order #W6779827", "zip")])
async def test_an_email_or_a_name_and_zip_alone_prove_nothing(shop_rule_service, store: Store, claim: str,
                                                              still_missing: str) -> None:
    async with shop_rule_service() as service:
        await service.send("g1", "I want to cancel order #W6779827", session_account="shopper_noah")
        reply = await service.send("g1", claim, session_account="shopper_noah")
        cancel = await service.send("g1", "yes, cancel it", session_account="shopper_noah")
    assert reply.customer_id is None and cancel.customer_id is None
    # the order number came first: the reply asks for what the proof still lacks (a name is no part of it)
    assert still_missing in texts(reply).lower() and "verify" in texts(reply).lower()
    assert await _status(store, "#W6779827") is OrderStatus.PENDING


async def test_email_order_number_and_its_zip_together_verify_a_guest(shop_rule_service, store: Store) -> None:
    async with shop_rule_service() as service:
        wrong_zip = await service.send("g2", f"{ETHAN_EMAIL}, order #W6779827, zip 75203")
        assert wrong_zip.customer_id is None
        other_orders_zip = await service.send("g2", f"{ETHAN_EMAIL} order #W8073920 zip 10203")
    assert other_orders_zip.customer_id == ETHAN  # the zip that order ships to
    async with store.sessions() as session:
        attempts = (await session.scalars(select(VerificationAttempt.succeeded)
                                          .where(VerificationAttempt.conversation_id == "g2")
                                          .order_by(VerificationAttempt.id))).all()
        audited = (await session.scalars(select(AuditEvent.action).where(AuditEvent.subject_id == "g2")
                                         .order_by(AuditEvent.id))).all()
    assert attempts == [False, True]
    assert audited == ["identity_verification_failed", "identity_verified"]
    assert all(ETHAN_EMAIL not in str(row) for row in audited)


async def test_someone_elses_order_number_does_not_prove_an_email(shop_rule_service) -> None:
    async with shop_rule_service() as service:
        # Omar's email with one of Ethan's orders and its zip: all three must belong together.
        mixed = await service.send("g3", f"{OMAR_EMAIL} order #W6779827 zip 43275")
    assert mixed.customer_id is None and "don't match" in texts(mixed)


async def test_a_strangers_wrong_zips_make_the_stranger_wait_not_the_owner(shop_rule_service) -> None:
    """attack18 A18-8: wrong zips for Ethan's order from one address, each in a new browser session (a new guest
    id): that address is made to wait, and Ethan from his own browser verifies at once."""
    async with shop_rule_service() as service:
        for attempt, zip_code in enumerate(["11111", "22222", "33333"]):
            await service.send(f"guess-{attempt}", f"{ETHAN_EMAIL} order #W6779827 zip {zip_code}",
                               session_account=f"guest:stranger{attempt}", session_client="203.0.113.7")
        stranger = await service.send("guess-new", f"{ETHAN_EMAIL} order #W6779827 zip 43275",
                                      session_account="guest:stranger9", session_client="203.0.113.7")
        owner = await service.send("owner", f"{ETHAN_EMAIL} order #W6779827 zip 43275",
                                   session_account="guest:ethan", session_client="198.51.100.2")
    assert stranger.customer_id is None and "security" in texts(stranger) and "Ethan" not in texts(stranger)
    assert owner.customer_id == ETHAN


async def test_a_signed_in_customer_cannot_become_someone_else(shop_rule_service, store: Store) -> None:
    async with shop_rule_service() as service:
        await service.send("s1", "hi", session_customer_id=ETHAN, session_account="ethan")
        switched = await service.send("s1", f"actually my email is {OMAR_EMAIL}", session_customer_id=ETHAN,
                                      session_account="ethan")
        own = await service.send("s1", f"my email is {ETHAN_EMAIL}, where is order #W6779827?",
                                 session_customer_id=ETHAN, session_account="ethan")
    assert switched.customer_id == ETHAN and "another account" in texts(switched)
    assert own.customer_id == ETHAN and "#W6779827" in texts(own)
    async with store.sessions() as session:  # nothing about Omar was looked up
        assert await session.scalar(select(func.count()).select_from(VerificationAttempt)) == 0


async def test_another_account_cannot_post_into_or_follow_a_guests_conversation(shop_rule_service) -> None:
    from assistant.conversation import IdentityConflict

    async with shop_rule_service() as service:
        mine = await service.send("g5", f"{ETHAN_EMAIL} order #W6779827 zip 43275", session_account="guest_a")
        assert mine.customer_id == ETHAN
        assert await service.may_follow("g5", customer_id=None, account="guest_a")
        assert not await service.may_follow("g5", customer_id=None, account="guest_b")
        assert not await service.may_follow("g5", customer_id="omar_khan_2363", account="omar")
        with pytest.raises(IdentityConflict):
            await service.send("g5", "cancel order #W6779827", session_account="guest_b")
        assert await service.may_follow("brand-new", customer_id=None, account="guest_b")


async def test_a_turn_that_runs_again_counts_its_attempt_once(store: Store) -> None:
    from tools.context import Actor, ToolContext
    from tools.verification import GuestClaim, GuestRule, verify_guest

    claim = GuestClaim(email=ETHAN_EMAIL, order_id="#W6779827", zip_code="99999")
    for _ in range(3):  # LangGraph re-runs a step from the top after a crash: the same message each time
        async with store.sessions() as session, session.begin():
            ctx = ToolContext(session=session, actor=Actor.anonymous(), conversation_id="rerun")
            outcome = await verify_guest(ctx, claim, rule=GuestRule.ORDER_PROOF, pepper=b"k", message_id="m-1",
                                         limits=VerificationLimits(max_failures=2))
            assert outcome.status == "failed"
    async with store.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(VerificationAttempt)) == 1


async def test_a_verified_customer_repeating_their_own_details_gets_an_answer(shop_rule_service) -> None:
    async with shop_rule_service() as service:
        await service.send("g6", f"{ETHAN_EMAIL} order #W6779827 zip 43275")
        again = await service.send("g6", f"{ETHAN_EMAIL} order #W6779827 zip 43275")
    # the details name an order and ask nothing else: its status answers them (attack10 F1), never silence
    assert again.customer_id == ETHAN and "#W6779827 is pending" in texts(again)


async def test_guessing_the_email_of_a_parcel_label_in_new_conversations_is_refused(shop_rule_service) -> None:
    """attack10 F2: the order number and zip of a parcel label, a new email guessed in each new conversation; the
    right email after that is refused with the lockout's words, and nothing of Ethan's is shown."""
    async with shop_rule_service() as service:
        for n in range(3):
            guess = await service.send(f"label-{n}", f"ethan.guess{n}@example.com order #W6779827 zip 43275",
                                       session_account="shopper_noah")
            assert guess.customer_id is None
        right = await service.send("label-right", f"{ETHAN_EMAIL} order #W6779827 zip 43275",
                                   session_account="shopper_noah")
    assert right.customer_id is None
    assert "for your security" in texts(right).lower() and "Ethan" not in texts(right)


async def test_guessing_through_several_guest_accounts_from_one_address_is_refused(
        store: Store, resolver: ResolverBackend, redactor: Redactor, tmp_path: Path) -> None:
    """attack11 F3: one address, several guest accounts, each under its own limit; the address's failures are
    counted together, so the right details from yet another account on it are refused; another address is not.
    The conversation keeps only a keyed digest of the address, never the address."""
    limits = VerificationLimits(max_failures=3, max_failures_per_requester=3, max_failures_per_client=4,
                                backoff_after=100)  # the address's hard limit, not its wait between tries
    async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
        deps = Deps(sessions=store.sessions, backend=resolver, secret_key=b"test-secret", verification_limits=limits)
        service = ConversationService(deps, saver, EvidenceStore(tmp_path / "evidence", redactor))
        for n in range(4):  # two guest accounts, two failures each, each guess against another order
            guess = await service.send(f"addr-{n}", f"x{n}@example.com order #W10000{n}0 zip 1000{n}",
                                       session_account=f"guest{n % 2}", session_client="203.0.113.7")
            assert guess.customer_id is None and "for your security" not in texts(guess).lower()
        right = await service.send("addr-right", f"{ETHAN_EMAIL} order #W6779827 zip 43275",
                                   session_account="guest9", session_client="203.0.113.7")
        elsewhere = await service.send("addr-other", f"{ETHAN_EMAIL} order #W6779827 zip 43275",
                                       session_account="guest9", session_client="198.51.100.2")
        saved = await service.graph.aget_state({"configurable": {"thread_id": "addr-right"}})
    assert right.customer_id is None and "for your security" in texts(right).lower()
    assert elsewhere.customer_id == ETHAN
    assert "203.0.113.7" not in repr(saved.values)


async def _attempts(store: Store, conversation_id: str) -> list[bool]:
    async with store.sessions() as session:
        return list((await session.scalars(select(VerificationAttempt.succeeded)
                                           .where(VerificationAttempt.conversation_id == conversation_id)
                                           .order_by(VerificationAttempt.id))).all())


@pytest.mark.parametrize("correction", ["sorry zip is 43275", "oops, it's order #W6779827",
                                        f"my email is {ETHAN_EMAIL}"])
async def test_the_detail_corrected_alone_after_a_refusal_verifies_with_the_others_kept(
        shop_rule_service, store: Store, correction: str) -> None:
    """issue 17: after a refused attempt the guest sends only the detail that was wrong; the others said before
    are kept, the corrected one replaces its old value, and the attempt is checked and recorded again."""
    wrong = {"sorry zip is 43275": f"{ETHAN_EMAIL} order #W6779827 zip 43257, where is it?",
             "oops, it's order #W6779827": f"{ETHAN_EMAIL} order #W6779872 zip 43275, where is it?",
             f"my email is {ETHAN_EMAIL}": "ethan.lopez8934@example.com order #W6779827 zip 43275, where is it?"}
    async with shop_rule_service() as service:
        refused = await service.send("fix", wrong[correction])
        fixed = await service.send("fix", correction)
    assert refused.customer_id is None and "don't match" in texts(refused) and "Ethan" not in texts(refused)
    assert fixed.customer_id == ETHAN and "still need" not in texts(fixed)
    assert await _attempts(store, "fix") == [False, True]


async def test_a_correction_never_joins_the_proofs_of_two_customers(shop_rule_service, store: Store) -> None:
    """Omar's email with Ethan's order and a wrong zip, then Ethan's right zip: the three kept still belong to no
    one customer, so it is refused again and recorded; a turn that corrects nothing makes no new attempt."""
    async with shop_rule_service() as service:
        await service.send("mixed", f"{OMAR_EMAIL} order #W6779827 zip 43257")
        corrected = await service.send("mixed", "sorry zip is 43275")
        nothing_new = await service.send("mixed", "yes")
    for reply in (corrected, nothing_new):
        assert reply.customer_id is None and "don't match" in texts(reply)
        assert "Ethan" not in texts(reply) and "pending" not in texts(reply)
    assert await _attempts(store, "mixed") == [False, False]
