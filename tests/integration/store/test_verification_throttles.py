"""Guest verification is bounded per order, per order and zip, and per account, across conversations (attack10, F2):
an attacker holding an order number and its zip (a parcel label) guessed the email in one new conversation after
another, and one account was verified as 12 customers in half an hour. Every refusal is audited with its scope.
And per client (attack11, F3): one client address with several guest accounts got 10 failures from each.
A stranger's few wrong zips never lock the owner out (attack18 A18-8): failures are counted per requester, with a
wait that grows after the first few, and per order only as a much higher ceiling over a longer window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tests.conftest import Store
from tools.context import Actor, ToolContext
from tools.store.tables import AuditEvent
from tools.verification import GuestClaim, GuestRule, VerificationLimits, VerificationOutcome, verify_guest

SOFIA = GuestClaim(email="sofia.rossi2645@example.com", order_id="#W5918442", zip_code="78784")
CUSTOMERS = [
    SOFIA,
    GuestClaim(email="yusuf.ahmed5476@example.com", order_id="#W7007896", zip_code="91075"),
    GuestClaim(email="ivan.santos3158@example.com", order_id="#W6893533", zip_code="75277"),
    GuestClaim(email="olivia.jackson2465@example.com", order_id="#W3168895", zip_code="95119"),
]
# The hard limits alone (no wait between tries); the backoff and the A18-8 tests use the shop's own waits.
LIMITS = VerificationLimits(
    max_failures=3,
    max_failures_per_order=5,
    max_failures_per_requester=6,
    max_customers_per_requester=3,
    max_failures_per_client=8,
    backoff_after=100,
)
WAITING = VerificationLimits(
    max_failures_per_order=5, backoff_after=3, backoff_base_s=30, window_s=3600, order_window_s=86400
)
T0 = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


async def _verify(
    store: Store,
    claim: GuestClaim,
    conversation: str,
    requester: str | None = None,
    client: str | None = None,
    limits: VerificationLimits = LIMITS,
    at: datetime | None = None,
) -> VerificationOutcome:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(
            session=session,
            actor=Actor.anonymous(),
            conversation_id=conversation,
            **({"clock": lambda: at} if at is not None else {}),
        )
        return await verify_guest(
            ctx, claim, rule=GuestRule.ORDER_PROOF, limits=limits, pepper=b"k", requester=requester, client=client
        )


async def _lock_scopes(store: Store) -> list[str]:
    async with store.sessions() as session:
        events = (
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "identity_verification_locked"))
        ).all()
    return [event.data["scope"] for event in events]


async def test_guessing_the_email_of_one_order_and_zip_across_conversations_is_bounded(store: Store) -> None:
    for n in range(5):  # a new conversation and a new email each time: no per-conversation or per-claim count
        guess = SOFIA.model_copy(update={"email": f"sofia.guess{n}@example.com"})
        assert (await _verify(store, guess, f"c{n}")).status == "failed"
    assert (await _verify(store, SOFIA, "c-right")).status == "locked"
    assert await _lock_scopes(store) == ["order_zip"]


async def test_guessing_against_one_order_with_any_zip_is_bounded(store: Store) -> None:
    for n in range(5):  # zip and email both vary: only the order number is the same
        guess = SOFIA.model_copy(update={"email": f"s{n}@example.com", "zip_code": f"1000{n}"})
        assert (await _verify(store, guess, f"o{n}")).status == "failed"
    assert (await _verify(store, SOFIA, "o-right")).status == "locked"
    assert await _lock_scopes(store) == ["order"]
    # another customer's order is not locked by guesses at Sofia's
    assert (await _verify(store, CUSTOMERS[1], "o-other")).status == "verified"


async def test_one_account_is_not_verified_as_many_customers(store: Store) -> None:
    for n, claim in enumerate(CUSTOMERS[:3]):
        assert (await _verify(store, claim, f"a{n}", requester="shopper_noah")).status == "verified"
    assert (await _verify(store, CUSTOMERS[3], "a3", requester="shopper_noah")).status == "locked"
    assert await _lock_scopes(store) == ["requester_customers"]
    assert (await _verify(store, CUSTOMERS[3], "b0", requester="someone_else")).status == "verified"


async def test_one_accounts_failures_on_many_orders_are_bounded(store: Store) -> None:
    for n in range(6):  # a different order, zip and email each time, each in a new conversation
        claim = GuestClaim(email=f"x{n}@example.com", order_id=f"#W100000{n}", zip_code=f"2000{n}")
        assert (await _verify(store, claim, f"r{n}", requester="shopper_noah")).status == "failed"
    assert (await _verify(store, SOFIA, "r-right", requester="shopper_noah")).status == "locked"
    assert await _lock_scopes(store) == ["requester"]
    assert (await _verify(store, SOFIA, "r-other", requester="sofia_account")).status == "verified"


async def test_one_clients_failures_across_accounts_are_bounded(store: Store) -> None:
    attacker = "203.0.113.7"
    for n in range(8):  # four guest accounts, two failures each (under each account's own limit), one address
        claim = GuestClaim(email=f"y{n}@example.com", order_id=f"#W200000{n}", zip_code=f"3000{n}")
        outcome = await _verify(store, claim, f"k{n}", requester=f"guest{n % 4}", client=attacker)
        assert outcome.status == "failed"
    assert (await _verify(store, SOFIA, "k-right", requester="guest_new", client=attacker)).status == "locked"
    assert await _lock_scopes(store) == ["client"]
    assert (await _verify(store, SOFIA, "k-other", requester="guest_new", client="198.51.100.2")).status == "verified"


async def test_attempts_without_a_known_client_are_not_counted_together(store: Store) -> None:
    for n in range(9):  # "unknown" (no peer) is no address: never one shared bucket that locks everyone out
        claim = GuestClaim(email=f"z{n}@example.com", order_id=f"#W300000{n}", zip_code=f"4000{n}")
        assert (await _verify(store, claim, f"u{n}", requester=f"acct{n}", client="unknown")).status == "failed"
    assert (await _verify(store, SOFIA, "u-right", requester="acct_new", client="unknown")).status == "verified"


async def test_a_strangers_wrong_zips_do_not_lock_the_owner_out(store: Store) -> None:
    """A18-8: four wrong zips for Sofia's order from one guest, each in a new browser session (a new guest id, the
    same address): the stranger is made to wait, Sofia from her own browser verifies at once."""
    for n in range(4):
        guess = SOFIA.model_copy(update={"zip_code": f"7878{n}"})
        outcome = await _verify(
            store,
            guess,
            f"s{n}",
            requester=f"guest:stranger{n}",
            client="203.0.113.7",
            limits=WAITING,
            at=T0 + timedelta(minutes=2 * n),
        )
        assert outcome.status == "failed"
    again = await _verify(
        store,
        SOFIA,
        "s-again",
        requester="guest:stranger9",
        client="203.0.113.7",
        limits=WAITING,
        at=T0 + timedelta(minutes=6, seconds=10),
    )
    owner = await _verify(
        store,
        SOFIA,
        "s-owner",
        requester="guest:sofia",
        client="198.51.100.2",
        limits=WAITING,
        at=T0 + timedelta(minutes=6, seconds=20),
    )
    assert again.status == "locked" and owner.status == "verified"
    assert await _lock_scopes(store) == ["client_backoff"]


async def test_a_requesters_wait_doubles_with_each_failure(store: Store) -> None:
    def guess(n: int) -> GuestClaim:
        return GuestClaim(email=f"w{n}@example.com", order_id=f"#W400000{n}", zip_code=f"5000{n}")

    for n in range(3):  # the first few failures cost no wait
        assert (await _verify(store, guess(n), "w", limits=WAITING, at=T0 + timedelta(seconds=n))).status == "failed"
    after_third = T0 + timedelta(seconds=2)
    assert (
        await _verify(store, guess(3), "w", limits=WAITING, at=after_third + timedelta(seconds=29))
    ).status == "locked"
    fourth = after_third + timedelta(seconds=31)
    assert (await _verify(store, guess(4), "w", limits=WAITING, at=fourth)).status == "failed"
    assert (await _verify(store, SOFIA, "w", limits=WAITING, at=fourth + timedelta(seconds=59))).status == "locked"
    # the right details after the wait still verify (four failures, under the conversation's limit of five)
    assert (await _verify(store, SOFIA, "w", limits=WAITING, at=fourth + timedelta(seconds=61))).status == "verified"
    assert await _lock_scopes(store) == ["conversation_backoff", "conversation_backoff"]


async def test_an_orders_ceiling_holds_against_many_requesters_and_ends_with_its_window(store: Store) -> None:
    for n in range(5):  # five addresses, five guest ids, one failure each: no requester limit is reached
        guess = SOFIA.model_copy(update={"zip_code": f"1234{n}", "email": f"q{n}@example.com"})
        outcome = await _verify(
            store, guess, f"q{n}", requester=f"guest:q{n}", client=f"192.0.2.{n + 1}", limits=WAITING, at=T0
        )
        assert outcome.status == "failed"
    during = await _verify(
        store,
        SOFIA,
        "q-owner",
        requester="guest:sofia",
        client="198.51.100.2",
        limits=WAITING,
        at=T0 + timedelta(hours=1),
    )
    after = await _verify(
        store,
        SOFIA,
        "q-owner-next-day",
        requester="guest:sofia",
        client="198.51.100.2",
        limits=WAITING,
        at=T0 + timedelta(hours=24, minutes=1),
    )
    assert during.status == "locked" and after.status == "verified"
    assert await _lock_scopes(store) == ["order"]


async def test_a_clients_wait_after_wrong_zips_on_one_order_does_not_hold_another_order(store: Store) -> None:
    """attack20 A10: behind one address, three wrong zips on Sofia's order in fresh guest sessions make the next try
    at her order wait, but Yusuf's right proof for his own order from the same address verifies at once."""
    client = "203.0.113.9"
    for n in range(3):
        guess = SOFIA.model_copy(update={"zip_code": f"1111{n}"})
        outcome = await _verify(store, guess, f"h{n}", requester=f"guest:h{n}", client=client, limits=WAITING,
                                at=T0 + timedelta(seconds=n))
        assert outcome.status == "failed"
    later = T0 + timedelta(seconds=10)

    same_order = await _verify(store, SOFIA, "h-same", requester="guest:h7", client=client, limits=WAITING, at=later)
    other_order = await _verify(store, CUSTOMERS[1], "h-other", requester="guest:h8", client=client, limits=WAITING,
                                at=later)

    assert same_order.status == "locked"
    assert other_order.status == "verified"
    assert await _lock_scopes(store) == ["client_backoff"]


async def test_a_clients_guesses_spread_over_many_orders_still_end_at_its_hard_limit(store: Store) -> None:
    """The brute-force bound A10's change keeps: one wrong zip on each of many orders, from fresh guest sessions at
    one address, waits nowhere, but the address's failures over every order still end its tries."""
    client = "203.0.113.10"
    for n in range(LIMITS.max_failures_per_client):
        claim = GuestClaim(email=f"v{n}@example.com", order_id=f"#W500000{n}", zip_code=f"6000{n}")
        outcome = await _verify(store, claim, f"v{n}", requester=f"guest:v{n}", client=client,
                                limits=LIMITS.model_copy(update={"backoff_after": 3}), at=T0 + timedelta(seconds=n))
        assert outcome.status == "failed"
    last = await _verify(store, CUSTOMERS[1], "v-right", requester="guest:v-new", client=client,
                         limits=LIMITS.model_copy(update={"backoff_after": 3}), at=T0 + timedelta(seconds=30))
    assert last.status == "locked"
    assert await _lock_scopes(store) == ["client"]
