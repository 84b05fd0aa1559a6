"""Proving who a guest is in chat, by a rule a shop would accept before it changes an order.

A signed-in customer never needs this: their customer comes from the session. A guest (no session, or an
account linked to no customer) proves who they are with the shop's rule:

- `order_proof` (the default, and the only rule in production): the account's email, the number of one of
  that customer's orders, and the zip code that order ships to (or the profile's zip), all three together;
- `tau` (tau-bench's lighter rule, for replays and evals only): the email alone, or first + last name + zip.

Every attempt is recorded and audited, and throttled the way a shop throttles sign-ins (attack18 A18-8: four
wrong zips from a stranger locked the owner out of their order in every new browser):

- per requester, with backoff: the conversation, the signed-in or guest account and the client address each get
  `backoff_after` free failures within `window_s`; after those each further try waits `backoff_base_s`, doubled by
  every further failure (at most `window_s`), and `max_failures` (conversation), `max_failures_per_requester`
  (account) and `max_failures_per_client` (address, whatever accounts it signs in with) end the tries for the
  window; an account is verified as `max_customers_per_requester` different customers at most. The client
  address's wait counts its failures on the order tried (attack20 A10: people behind one address no longer wait
  for each other's wrong zips on other orders), its hard limit its failures on every order;
- per target, only as a ceiling: one order number, one order with one zip, one claimed email or name take
  `max_failures_per_order` failures from anyone within `order_window_s` (a parcel label gives the order and zip, and
  guesses then come from many guest sessions); a few failures from a stranger never lock the owner out.

A failure never says which part was wrong, and a refusal does not depend on whether the claim would have matched,
so the answer tells a guesser nothing.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import func, or_, select

from tools.audit import record_audit
from tools.context import ToolContext
from tools.keyed_digest import keyed_digest
from tools.store.tables import Customer, Order, VerificationAttempt
from tools.verification_throttle import locked_by


class GuestRule(StrEnum):
    ORDER_PROOF = "order_proof"
    TAU = "tau"


class VerificationLimits(BaseModel):
    max_failures: int = Field(default=5, ge=1, description="failed attempts per conversation")
    max_failures_per_requester: int = Field(default=10, ge=1, description="failed attempts by one account")
    max_customers_per_requester: int = Field(default=3, ge=1, description="customers one account verified as")
    max_failures_per_client: int = Field(default=20, ge=1, description="failed attempts from one client address")
    window_s: int = Field(default=3600, ge=60, description="the window a requester's failures count in")
    backoff_after: int = Field(default=3, ge=1, description="a requester's failures before each try waits")
    backoff_base_s: int = Field(default=30, ge=1, description="the first wait; doubled by each further failure")
    max_failures_per_order: int = Field(default=20, ge=1,
                                        description="failed attempts from anyone on one order, order + zip, claim")
    order_window_s: int = Field(default=86400, ge=60, description="the window a target's failures count in")
    proof_idle_s: int = Field(default=1800, ge=60, description="a guest's proof ends after this long idle")

    def backoff_s(self, failures: int) -> int:
        """How long a requester with `failures` in the window waits after the last one before trying again."""
        if failures < self.backoff_after:
            return 0
        return min(self.backoff_base_s * 2 ** min(failures - self.backoff_after, 30), self.window_s)


class GuestClaim(BaseModel):
    """What the guest said about themselves (any part may be missing)."""

    email: str | None = Field(default=None, max_length=254)
    order_id: str | None = Field(default=None, max_length=32)
    zip_code: str | None = Field(default=None, max_length=20)
    first_name: str | None = Field(default=None, max_length=100)
    last_name: str | None = Field(default=None, max_length=100)


Detail = Literal["email", "order_id", "zip_code", "name"]


class VerificationOutcome(BaseModel):
    status: Literal["verified", "failed", "incomplete", "locked"]
    customer_id: str | None = None
    missing: list[Detail] = []
    method: str | None = None


def missing_details(claim: GuestClaim, rule: GuestRule) -> list[Detail]:
    """What the rule still needs from the guest, judged on what they said (never on the store)."""
    missing: list[Detail] = []
    if rule is GuestRule.TAU:
        if claim.email or (claim.first_name and claim.last_name and claim.zip_code):
            return missing
        if not (claim.first_name or claim.zip_code):
            return ["email"]
        if not (claim.first_name and claim.last_name):
            missing.append("name")
        if not claim.zip_code:
            missing.append("zip_code")
        return missing
    if not claim.email:
        missing.append("email")
    if not claim.order_id:
        missing.append("order_id")
    if not claim.zip_code:
        missing.append("zip_code")
    return missing


UNKNOWN_CLIENT = "unknown"  # what `assistant.web.forwarded.client_address` says without a peer


def _digest(pepper: bytes, kind: str, subject: str) -> str:
    return keyed_digest(pepper, f"verification-{kind}", subject)


class AttemptKeys(BaseModel):
    """Keyed digests an attempt is counted under (never the email, order number or account themselves)."""

    claim: str
    order: str | None = None
    order_zip: str | None = None
    requester: str | None = None
    client: str | None = None

    @classmethod
    def of(cls, claim: GuestClaim, pepper: bytes, requester: str | None, client: str | None = None) -> AttemptKeys:
        subject = (claim.email or f"{claim.first_name} {claim.last_name}").strip().lower()
        order = _order_number(claim.order_id) if claim.order_id else None
        zip_code = (claim.zip_code or "").strip()
        return cls(claim=_digest(pepper, "claim", subject),
                   order=_digest(pepper, "order", order) if order else None,
                   order_zip=_digest(pepper, "order-zip", f"{order} {zip_code}") if order and zip_code else None,
                   requester=_digest(pepper, "requester", requester) if requester else None,
                   client=_digest(pepper, "client", client) if client and _known_address(client) else None)


def client_key(pepper: bytes, address: str | None) -> str | None:
    """What a conversation keeps of the client address a message came from: a keyed digest (never the address),
    None when there is no address to count under."""
    return _digest(pepper, "client-address", address) if address and _known_address(address) else None


def _known_address(client: str | None) -> bool:
    """A client address to count under; "unknown" (no peer) would lock every such guest out together."""
    return bool(client) and client != UNKNOWN_CLIENT


def _order_number(order_id: str) -> str:
    bare = order_id.strip().lstrip("#").upper()
    return f"#{bare}"


async def _match(ctx: ToolContext, claim: GuestClaim, rule: GuestRule) -> str | None:
    if rule is GuestRule.TAU:
        if claim.email:
            return await ctx.session.scalar(
                select(Customer.id).where(func.lower(Customer.email) == claim.email.strip().lower()))
        return await ctx.session.scalar(
            select(Customer.id).where(
                func.lower(Customer.first_name) == (claim.first_name or "").strip().lower(),
                func.lower(Customer.last_name) == (claim.last_name or "").strip().lower(),
                Customer.zip == (claim.zip_code or "").strip())
            .order_by(Customer.id).limit(1))
    zip_code = (claim.zip_code or "").strip()
    return await ctx.session.scalar(
        select(Customer.id)
        .join(Order, Order.customer_id == Customer.id)
        .where(func.lower(Customer.email) == (claim.email or "").strip().lower(),
               Order.id == _order_number(claim.order_id or ""),
               or_(Order.zip == zip_code, Customer.zip == zip_code))
        .limit(1))


async def _counted_attempt(ctx: ToolContext, conversation_id: str, message_id: str | None
                           ) -> VerificationAttempt | None:
    """The attempt this customer message was already counted as, if any."""
    if message_id is None:
        return None
    return await ctx.session.scalar(select(VerificationAttempt).where(
        VerificationAttempt.conversation_id == conversation_id,
        VerificationAttempt.message_id == message_id).order_by(VerificationAttempt.id).limit(1))


async def _as_counted(ctx: ToolContext, claim: GuestClaim, rule: GuestRule, counted: VerificationAttempt
                      ) -> VerificationOutcome:
    """A re-run of a counted message gets that message's answer: a failure stays a failure, a success holds only
    for the same claim's customer. Matching the claim afresh here would be a free guess past every lock (attack12,
    F2): the message id is the client's, and a turn given back after a failure runs again under it."""
    if not counted.succeeded:
        return VerificationOutcome(status="failed")
    customer_id = await _match(ctx, claim, rule)
    return _outcome(claim, rule, customer_id if customer_id == counted.customer_id else None)


async def verify_guest(
    ctx: ToolContext, claim: GuestClaim, *, rule: GuestRule, limits: VerificationLimits, pepper: bytes,
    message_id: str | None = None, requester: str | None = None, client: str | None = None,
) -> VerificationOutcome:
    """Check a guest's claim under `rule`, counting and auditing the attempt once per customer message
    (`message_id`: a re-run of the same turn is not a second attempt); `requester`: the signed-in account asking,
    if any; `client`: the address it asks from (behind a trusted proxy, the one it names). See the module's rules."""
    missing = missing_details(claim, rule)
    if missing:
        return VerificationOutcome(status="incomplete", missing=missing)
    conversation_id = ctx.conversation_id or "unknown"
    keys = AttemptKeys.of(claim, pepper, requester, client)
    digest = keys.claim
    if (counted := await _counted_attempt(ctx, conversation_id, message_id)) is not None:
        return await _as_counted(ctx, claim, rule, counted)
    if scope := await locked_by(ctx, conversation_id, keys, limits):
        record_audit(ctx, action="identity_verification_locked", subject_type="conversation",
                     subject_id=conversation_id, data={"rule": rule.value, "claim": digest[:16], "scope": scope})
        await ctx.session.flush()
        return VerificationOutcome(status="locked")
    customer_id = await _match(ctx, claim, rule)
    ctx.session.add(VerificationAttempt(
        conversation_id=conversation_id, message_id=message_id, claim_digest=digest, order_digest=keys.order,
        order_zip_digest=keys.order_zip, requester_digest=keys.requester, client_digest=keys.client,
        customer_id=customer_id,
        succeeded=customer_id is not None, created_at=ctx.now()))
    record_audit(ctx, action="identity_verified" if customer_id else "identity_verification_failed",
                 subject_type="conversation", subject_id=conversation_id,
                 data={"rule": rule.value, "claim": digest[:16], "customer_id": customer_id})
    await ctx.session.flush()
    return _outcome(claim, rule, customer_id)


def _outcome(claim: GuestClaim, rule: GuestRule, customer_id: str | None) -> VerificationOutcome:
    if customer_id is None:
        return VerificationOutcome(status="failed")
    method = rule.value if rule is GuestRule.ORDER_PROOF else ("email" if claim.email else "name_zip")
    return VerificationOutcome(status="verified", customer_id=customer_id, method=method)
