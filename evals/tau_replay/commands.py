"""`vitrine eval tau-replay TASKS.json`: the tau-retail conformance replay on a fresh store."""

from __future__ import annotations

import asyncio
import json
import os
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Literal

import typer
from rich.console import Console
from tqdm import tqdm

from evals.tau_replay.replay import ReplaySummary, replay_tasks
from evals.tau_replay.tasks import load_tasks
from tools.store.engine import create_engine, create_session_factory
from tools.store.scratch import scratch_postgres, scratch_sqlite
from tools.store.tau_import import import_tau_retail, read_tau_retail

console = Console()
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


async def run_replay(
    tasks_path: Path,
    data_dir: Path,
    backend: Literal["sqlite", "postgres"],
    postgres_url: str,
    limit: int | None,
) -> ReplaySummary:
    tasks = load_tasks(tasks_path)[:limit]
    scratch: AbstractAsyncContextManager[str] = (
        scratch_sqlite() if backend == "sqlite" else scratch_postgres(postgres_url)
    )
    async with scratch as url:
        engine = create_engine(url)
        try:
            async with create_session_factory(engine)() as session, session.begin():
                await import_tau_retail(session, read_tau_retail(data_dir))
            with tqdm(total=len(tasks), desc=f"replay on {backend}", unit="task") as bar:
                return await replay_tasks(engine, tasks, progress=bar.update)
        finally:
            await engine.dispose()


def tau_replay(
    tasks: Path = typer.Argument(..., help="tasks-train.json or tasks-dev.json from a tau-retail directory."),
    data: Path = typer.Option(None, help="tau-retail database directory (default: the tasks file's folder)."),
    backend: str = typer.Option("sqlite", help="sqlite (temp file) or postgres (a scratch database)."),
    postgres_url: str = typer.Option(
        os.environ.get("VITRINE_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL),
        help="PostgreSQL server to create the scratch database on (any existing database as login).",
    ),
    limit: int = typer.Option(None, help="Replay only the first N tasks."),
    json_out: Path = typer.Option(None, help="Write the summary with every failure as JSON here."),
) -> None:
    """Replay each task's gold actions through Vitrine's tools on a fresh store and compare the final
    state with the task's `changed` records and `final_sha256`. Prints `N passed, M failed`."""
    if backend not in ("sqlite", "postgres"):
        raise typer.BadParameter("backend must be sqlite or postgres")
    summary = asyncio.run(run_replay(tasks, data or tasks.parent, backend, postgres_url, limit))  # type: ignore[arg-type]
    for failure in summary.failures:
        console.print(f"[red]{failure.task_id}[/red]: " + "; ".join(failure.problems))
    rate = summary.actions / summary.seconds if summary.seconds else 0.0
    console.print(f"{summary.actions} actions in {summary.seconds:.1f}s ({rate:.1f} actions/s) on {backend}")
    print(summary.line())
    if json_out:
        json_out.write_text(json.dumps(summary.model_dump(), indent=2))
    if summary.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("tau-replay")(tau_replay)
