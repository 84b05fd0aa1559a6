"""Replay each task on a pristine store (one rolled-back transaction per task) and compare the export."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from evals.tau_replay.conversation import FINAL_STATE, PristineDatabase, Problem, ReplayConversation
from evals.tau_replay.tasks import ReplayTask
from tools.store.tau_export import database_sha256, export_tau_retail


class TaskOutcome(BaseModel):
    task_id: str
    passed: bool
    actions: int
    action_seconds: float
    reads: int = 0
    writes: int = 0
    read_seconds: float = 0.0
    write_seconds: float = 0.0
    problems: list[Problem]


def _changed_mismatches(exported: dict[str, Any], changed: dict[str, dict[str, Any]]) -> list[Problem]:
    return [
        Problem(tool=FINAL_STATE, detail=f"{table}/{record_id} differs from the expected record")
        for table, records in changed.items()
        for record_id, record in records.items()
        if exported[table].get(record_id) != record
    ]


async def replay_task(engine: AsyncEngine, task: ReplayTask, pristine: PristineDatabase | None = None) -> TaskOutcome:
    async with engine.connect() as connection:
        outer = await connection.begin()
        session = AsyncSession(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
        conversation = ReplayConversation(session, task, pristine or PristineDatabase())
        await conversation.prepare()
        started = time.perf_counter()
        problems = [p for action in task.actions if (p := await conversation.step(action))]
        action_seconds = time.perf_counter() - started
        exported = await export_tau_retail(session)
        problems += _changed_mismatches(exported, task.changed)
        if database_sha256(exported) != task.final_sha256:
            problems.append(Problem(tool=FINAL_STATE, detail="final database hash differs"))
        await session.close()
        await outer.rollback()
    timings = conversation.timings
    return TaskOutcome(
        task_id=task.id,
        passed=not problems,
        actions=len(task.actions),
        action_seconds=action_seconds,
        reads=timings.reads,
        writes=timings.writes,
        read_seconds=timings.read_seconds,
        write_seconds=timings.write_seconds,
        problems=problems,
    )


class ReplaySummary(BaseModel):
    passed: int
    failed: int
    actions: int
    seconds: float
    action_seconds: float
    reads: int = 0
    writes: int = 0
    read_seconds: float = 0.0
    write_seconds: float = 0.0
    failures: list[TaskOutcome]

    def line(self) -> str:
        return f"{self.passed} passed, {self.failed} failed"

    def tally(self) -> dict[str, int]:
        """Problems per tool (or the final state), most first: where a regression is."""
        counts = Counter(problem.tool for outcome in self.failures for problem in outcome.problems)
        return dict(counts.most_common())


async def replay_tasks(
    engine: AsyncEngine, tasks: list[ReplayTask], progress: Callable[[], None] | None = None
) -> ReplaySummary:
    started = time.perf_counter()
    pristine = PristineDatabase()
    outcomes = []
    for task in tasks:
        outcomes.append(await replay_task(engine, task, pristine))
        if progress:
            progress()
    failures = [o for o in outcomes if not o.passed]
    return ReplaySummary(
        passed=len(outcomes) - len(failures),
        failed=len(failures),
        actions=sum(o.actions for o in outcomes),
        seconds=time.perf_counter() - started,
        action_seconds=sum(o.action_seconds for o in outcomes),
        reads=sum(o.reads for o in outcomes),
        writes=sum(o.writes for o in outcomes),
        read_seconds=sum(o.read_seconds for o in outcomes),
        write_seconds=sum(o.write_seconds for o in outcomes),
        failures=failures,
    )
