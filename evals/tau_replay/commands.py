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
from rich.markup import escape
from tqdm import tqdm

from evals.tau_replay.replay import ReplaySummary, replay_tasks
from evals.tau_replay.tasks import ReplayTask, load_tasks
from evals.tau_replay.trajectories import with_tau_reads
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
    only: list[str] | None = None,
    with_reads: bool = False,
) -> ReplaySummary:
    data = read_tau_retail(data_dir)
    tasks = select_tasks(load_tasks(tasks_path), only)[:limit]
    if with_reads:  # alternate the two ways of verifying, so both are replayed
        tasks = [with_tau_reads(task, data, by_name=n % 2 == 1) for n, task in enumerate(tasks)]
    scratch: AbstractAsyncContextManager[str] = (
        scratch_sqlite() if backend == "sqlite" else scratch_postgres(postgres_url)
    )
    async with scratch as url:
        engine = create_engine(url)
        try:
            async with create_session_factory(engine)() as session, session.begin():
                await import_tau_retail(session, data)
            with tqdm(total=len(tasks), desc=f"replay on {backend}", unit="task") as bar:
                return await replay_tasks(engine, tasks, progress=bar.update)
        finally:
            await engine.dispose()


def select_tasks(tasks: list[ReplayTask], only: list[str] | None) -> list[ReplayTask]:
    """The tasks named in `only` (all when None), in file order; an unknown id is an error."""
    if not only:
        return tasks
    unknown = set(only) - {task.id for task in tasks}
    if unknown:
        raise typer.BadParameter(f"no task with id {', '.join(sorted(unknown))} in the file", param_hint="--only")
    return [task for task in tasks if task.id in only]


def _print_failures(summary: ReplaySummary) -> None:
    for failure in summary.failures:
        for problem in failure.problems:
            console.print(f"[red]{escape(failure.task_id)}[/red] {escape(str(problem))}", highlight=False)
    if summary.failures:
        console.print("problems per tool: " + ", ".join(f"{tool} {n}" for tool, n in summary.tally().items()))


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:.1f}/s" if seconds else "-"


def tau_replay(
    tasks: Path = typer.Argument(..., help="tasks-train.json or tasks-dev.json from a tau-retail directory."),
    data: Path = typer.Option(None, help="tau-retail database directory (default: the tasks file's folder)."),
    backend: str = typer.Option("sqlite", help="sqlite (temp file) or postgres (a scratch database)."),
    postgres_url: str = typer.Option(
        os.environ.get("VITRINE_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL),
        help="PostgreSQL server to create the scratch database on (any existing database as login).",
    ),
    limit: int = typer.Option(None, help="Replay only the first N tasks."),
    only: list[str] = typer.Option(
        None, "--only", metavar="ID", help="Replay only the task with this id, such as dev-004 (repeatable)."
    ),
    with_reads: bool = typer.Option(
        False,
        "--with-reads",
        help="Around each write, add the reads a tau-bench trajectory makes (verify the customer, profile, "
        "order before and after, products, a calculation), for task files that list writes only.",
    ),
    json_out: Path = typer.Option(None, help="Write the summary with every failure as JSON here."),
) -> None:
    """Replay each task's gold actions through Vitrine's tools on a fresh store: every read's answer is
    compared with what tau-bench's tool answers, every write must be done or refused as tau did, and the
    final state must equal the task's `changed` records and `final_sha256`. Prints one line per problem,
    the problems per tool, and `N passed, M failed`."""
    if backend not in ("sqlite", "postgres"):
        raise typer.BadParameter("backend must be sqlite or postgres")
    replay = run_replay(tasks, data or tasks.parent, backend, postgres_url, limit, only, with_reads)  # type: ignore[arg-type]
    summary = asyncio.run(replay)
    _print_failures(summary)
    rate = summary.actions / summary.seconds if summary.seconds else 0.0
    console.print(
        f"{summary.actions} actions in {summary.seconds:.1f}s ({rate:.1f} actions/s) on {backend}; "
        f"reads {summary.reads} ({_rate(summary.reads, summary.read_seconds)}), "
        f"writes {summary.writes} ({_rate(summary.writes, summary.write_seconds)})"
    )
    print(summary.line())
    if json_out:
        json_out.write_text(json.dumps(summary.model_dump(), indent=2))
    if summary.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("tau-replay")(tau_replay)
