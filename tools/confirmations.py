"""Explicit customer confirmations: recorded for one exact action, redeemed once by the write they allow."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from tools.audit import record_audit
from tools.context import ToolContext
from tools.errors import NotConfirmed
from tools.idempotency import load_outcome, store_outcome
from tools.store.tables import Confirmation

DEFAULT_TTL = timedelta(minutes=15)
ResultT = TypeVar("ResultT", bound=BaseModel)


class ProposedAction(BaseModel):
    """A write the assistant has described to the customer and is asking a yes/no for."""

    name: str
    arguments: dict[str, Any]

    @classmethod
    def of(cls, name: str, arguments: BaseModel) -> ProposedAction:
        return cls(name=name, arguments=arguments.model_dump(mode="json"))

    def digest(self) -> str:
        canonical = json.dumps(
            {"name": self.name, "arguments": self.arguments}, sort_keys=True, separators=(",", ":")
        )
        return hashlib.sha256(canonical.encode()).hexdigest()


async def record_confirmation(
    ctx: ToolContext, action: ProposedAction, *, ttl: timedelta = DEFAULT_TTL, token: str | None = None
) -> str:
    """Record the customer's yes to exactly `action`; returns the token the write must carry.

    A caller may supply its own unguessable `token` (e.g. derived from the proposal), which makes
    recording idempotent: recording the same yes twice keeps the first record.
    """
    customer_id = ctx.customer_id()
    if token is not None and await _recorded_before(ctx, action, token, customer_id):
        return token
    token = token or secrets.token_urlsafe(24)
    now = ctx.now()
    try:
        async with ctx.session.begin_nested():  # the same yes recorded at once by a concurrent turn wins the key
            ctx.session.add(
                Confirmation(
                    token=token,
                    customer_id=customer_id,
                    conversation_id=ctx.conversation_id,
                    action=action.name,
                    arguments_digest=action.digest(),
                    arguments=action.arguments,
                    created_at=now,
                    expires_at=now + ttl,
                )
            )
    except IntegrityError:
        if await _recorded_before(ctx, action, token, customer_id):
            return token
        raise
    record_audit(
        ctx,
        action="confirmation_recorded",
        subject_type="confirmation",
        subject_id=action.name,
        data={"arguments": action.arguments},
    )
    await ctx.session.flush()
    return token


async def _recorded_before(ctx: ToolContext, action: ProposedAction, token: str, customer_id: str | None) -> bool:
    """Whether this very yes is on record already (raises `NotConfirmed` if the token names another one)."""
    existing = await ctx.session.get(Confirmation, token, populate_existing=True)
    if existing is None:
        return False
    if existing.customer_id != customer_id or existing.arguments_digest != action.digest():
        raise NotConfirmed(action.name)
    return True


async def _redeem(ctx: ToolContext, action: ProposedAction, token: str) -> None:
    now = ctx.now()
    result = await ctx.session.execute(
        update(Confirmation)
        .where(
            Confirmation.token == token,
            Confirmation.customer_id == ctx.customer_id(),
            Confirmation.action == action.name,
            Confirmation.arguments_digest == action.digest(),
            Confirmation.consumed_at.is_(None),
            Confirmation.expires_at > now,
        )
        .values(consumed_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise NotConfirmed(action.name)


async def run_confirmed(
    ctx: ToolContext,
    action: ProposedAction,
    token: str | None,
    perform: Callable[[], Awaitable[ResultT]],
    result_type: type[ResultT],
) -> ResultT:
    """Run `perform` once for a confirmed action; a repeat with the same token returns the first result.

    The redemption, the write and the stored outcome share the caller's transaction, so a refusal
    inside `perform` rolls all three back and the customer's yes stays usable.
    """
    if not token:
        raise NotConfirmed(action.name)
    key = f"confirmation:{token}"
    stored = await load_outcome(ctx, key, action=action.name)
    if stored is not None:
        return result_type.model_validate(stored)
    await _redeem(ctx, action, token)
    result = await perform()
    store_outcome(ctx, key, action=action.name, response=result.model_dump(mode="json"))
    await ctx.session.flush()
    return result
