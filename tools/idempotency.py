"""Stored outcomes of side effects, so a re-run node or a retried request returns instead of acting twice."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tools.context import ToolContext
from tools.store.tables import IdempotencyRecord


async def load_outcome(ctx: ToolContext, key: str, *, action: str) -> dict[str, Any] | None:
    """The stored response for `key` if this action already ran for this owner, else None."""
    record = await ctx.session.scalar(select(IdempotencyRecord).where(IdempotencyRecord.key == key))
    if record is None or record.action != action or record.owner_id != ctx.actor.id:
        return None
    return record.response


def store_outcome(ctx: ToolContext, key: str, *, action: str, response: dict[str, Any]) -> None:
    ctx.session.add(
        IdempotencyRecord(
            key=key, action=action, owner_id=ctx.actor.id, response=response, created_at=ctx.now()
        )
    )
