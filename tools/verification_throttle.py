"""How often guest verification may be tried, read from the attempts kept in the store (`tools/verification.py`
states the rules): per requester with a growing wait, per order, order + zip and claim only as a high ceiling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import func, select

from tools.context import ToolContext
from tools.store.tables import VerificationAttempt

if TYPE_CHECKING:
    from tools.verification import AttemptKeys, VerificationLimits


class _Failures(NamedTuple):
    total: int
    last: datetime | None


async def _failures(ctx: ToolContext, column: Any, value: str, since: datetime, *also: Any) -> _Failures:
    count, last = (
        await ctx.session.execute(
            select(func.count(), func.max(VerificationAttempt.created_at))
            .select_from(VerificationAttempt)
            .where(column == value, VerificationAttempt.succeeded.is_(False), VerificationAttempt.created_at > since,
                   *also)
        )
    ).one()
    return _Failures(int(count or 0), _as_utc(last))


def _waiting(limits: VerificationLimits, failed: _Failures, now: datetime) -> bool:
    wait = limits.backoff_s(failed.total)
    return bool(wait) and failed.last is not None and now - failed.last < timedelta(seconds=wait)


def _as_utc(moment: datetime | None) -> datetime | None:
    # an aggregate comes back as the driver gives it (SQLite: naive text), not through the column's type
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


async def _customers_verified(ctx: ToolContext, requester: str, since: datetime) -> int:
    return int(
        await ctx.session.scalar(
            select(func.count(func.distinct(VerificationAttempt.customer_id))).where(
                VerificationAttempt.requester_digest == requester,
                VerificationAttempt.succeeded.is_(True),
                VerificationAttempt.created_at > since,
            )
        )
        or 0
    )


async def _requester_lock(
    ctx: ToolContext, conversation_id: str, keys: AttemptKeys, limits: VerificationLimits
) -> str | None:
    """Who asks: a hard limit for the window, or a wait after their last failure that grows with each one."""
    now = ctx.now()
    since = now - timedelta(seconds=limits.window_s)
    row = VerificationAttempt
    checks: list[tuple[str, Any, str | None, int]] = [
        ("conversation", row.conversation_id, conversation_id, limits.max_failures),
        ("requester", row.requester_digest, keys.requester, limits.max_failures_per_requester),
        ("client", row.client_digest, keys.client, limits.max_failures_per_client),
    ]
    for scope, column, value, limit in checks:
        if value is None:
            continue
        failed = await _failures(ctx, column, value, since)
        if failed.total >= limit:
            return scope
        if scope == "client" and keys.order is not None:
            # A client's wait counts its failures on this order only (attack20 A10): people behind one address
            # (a household, an office) no longer wait for each other's wrong zips on other orders. Guessing one
            # order waits as before; guessing many is bounded by the client's hard limit above, over all orders.
            failed = await _failures(ctx, column, value, since, row.order_digest == keys.order)
        if _waiting(limits, failed, now):
            return f"{scope}_backoff"
    if keys.requester and await _customers_verified(ctx, keys.requester, since) >= limits.max_customers_per_requester:
        return "requester_customers"
    return None


async def _target_lock(ctx: ToolContext, keys: AttemptKeys, limits: VerificationLimits) -> str | None:
    """What is claimed: a ceiling on failures from anyone, high enough that a stranger's few never reach it."""
    since = ctx.now() - timedelta(seconds=limits.order_window_s)
    row = VerificationAttempt
    checks: list[tuple[str, Any, str | None]] = [
        ("order_zip", row.order_zip_digest, keys.order_zip),
        ("order", row.order_digest, keys.order),
        ("claim", row.claim_digest, keys.claim),
    ]
    for scope, column, value in checks:
        if value is not None and (await _failures(ctx, column, value, since)).total >= limits.max_failures_per_order:
            return scope
    return None


async def locked_by(
    ctx: ToolContext, conversation_id: str, keys: AttemptKeys, limits: VerificationLimits
) -> str | None:
    """The first limit these keys reached ("conversation", "requester", "client", each also as "…_backoff" while
    a wait runs, "requester_customers", "order_zip", "order", "claim"), or None."""
    return await _requester_lock(ctx, conversation_id, keys, limits) or await _target_lock(ctx, keys, limits)
