"""Replay each task on a pristine store (one rolled-back transaction per task) and compare the export."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from evals.tau_replay.actions import NO_STATE_CHANGE, WRITES, perform_confirmed
from evals.tau_replay.tasks import GoldAction, ReplayTask
from tools.context import Actor, ToolContext
from tools.errors import ToolError
from tools.store.tau_export import database_sha256, export_tau_retail


class TaskOutcome(BaseModel):
    task_id: str
    passed: bool
    actions: int
    action_seconds: float
    problems: list[str]


async def _replay_action(ctx: ToolContext, action: GoldAction) -> str | None:
    """None when our tool agreed with the reference (did it, or refused it); else what went wrong."""
    if action.name in NO_STATE_CHANGE:
        return None
    if action.name not in WRITES:
        return f"{action.name}: no such tool"
    try:
        async with ctx.session.begin_nested():
            await perform_confirmed(ctx, action.name, action.kwargs)
    except (ToolError, ValidationError) as error:
        return None if action.error else f"{action.name}: refused ({error}) but the reference allowed it"
    return f"{action.name}: done but the reference refused it ({action.error})" if action.error else None


def _changed_mismatches(exported: dict[str, Any], changed: dict[str, dict[str, Any]]) -> list[str]:
    return [
        f"{table}/{record_id} differs from the expected record"
        for table, records in changed.items()
        for record_id, record in records.items()
        if exported[table].get(record_id) != record
    ]


async def replay_task(engine: AsyncEngine, task: ReplayTask) -> TaskOutcome:
    async with engine.connect() as connection:
        outer = await connection.begin()
        session = AsyncSession(
            bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
        )
        ctx = ToolContext(
            session=session, actor=Actor.customer(task.user_id), conversation_id=f"replay:{task.id}"
        )
        started = time.perf_counter()
        problems = [p for action in task.actions if (p := await _replay_action(ctx, action))]
        action_seconds = time.perf_counter() - started
        exported = await export_tau_retail(session)
        problems += _changed_mismatches(exported, task.changed)
        if database_sha256(exported) != task.final_sha256:
            problems.append("final database hash differs")
        await session.close()
        await outer.rollback()
    return TaskOutcome(
        task_id=task.id,
        passed=not problems,
        actions=len(task.actions),
        action_seconds=action_seconds,
        problems=problems,
    )


class ReplaySummary(BaseModel):
    passed: int
    failed: int
    actions: int
    seconds: float
    action_seconds: float
    failures: list[TaskOutcome]

    def line(self) -> str:
        return f"{self.passed} passed, {self.failed} failed"


async def replay_tasks(
    engine: AsyncEngine, tasks: list[ReplayTask], progress: Callable[[], None] | None = None
) -> ReplaySummary:
    started = time.perf_counter()
    outcomes = []
    for task in tasks:
        outcomes.append(await replay_task(engine, task))
        if progress:
            progress()
    failures = [o for o in outcomes if not o.passed]
    return ReplaySummary(
        passed=len(outcomes) - len(failures),
        failed=len(failures),
        actions=sum(o.actions for o in outcomes),
        seconds=time.perf_counter() - started,
        action_seconds=sum(o.action_seconds for o in outcomes),
        failures=failures,
    )
