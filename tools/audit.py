"""The audit log: one event per write, with who did it and to what."""

from __future__ import annotations

from typing import Any

from tools.context import ToolContext
from tools.pii import mask_payload
from tools.store.tables import AuditEvent


def record_audit(
    ctx: ToolContext, *, action: str, subject_type: str, subject_id: str, data: dict[str, Any] | None = None
) -> None:
    ctx.session.add(
        AuditEvent(
            actor_kind=ctx.actor.kind,
            actor_id=ctx.actor.id,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            data=mask_payload(data) if data else data,  # audit rows outlive the data: no PII in them
            created_at=ctx.now(),
        )
    )
