"""Replay throughput of the tau-retail gold actions on SQLite and PostgreSQL, side by side in one run.

    python -m evals.bench.replay_throughput [--tasks N] [--out evals/bench/results/replay_throughput.md]

Reports actions per second through the tools (confirmation recorded + write, each in its own savepoint)
and whole tasks per second (with the full-database export and hash comparison each task ends with).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
from datetime import UTC, datetime
from pathlib import Path

from evals.tau_replay.commands import DEFAULT_POSTGRES_URL, run_replay
from evals.tau_replay.replay import ReplaySummary

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "tau-retail"


def _row(backend: str, summary: ReplaySummary, tasks: int) -> str:
    return (
        f"| {backend} | {tasks} | {summary.actions} | {summary.line()} | "
        f"{summary.actions / summary.action_seconds:.1f} | {tasks / summary.seconds:.2f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--tasks", type=int, default=200, help="how many training tasks to replay per backend"
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--postgres-url", default=os.environ.get("VITRINE_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    parser.add_argument("--out", type=Path, default=Path("evals/bench/results/replay_throughput.md"))
    options = parser.parse_args()
    tasks_path = options.data / "tasks-train.json"
    results = {
        backend: asyncio.run(
            run_replay(tasks_path, options.data, backend, options.postgres_url, options.tasks)
        )
        for backend in ("sqlite", "postgres")
    }
    sqlite, postgres = results["sqlite"], results["postgres"]
    ratio = (postgres.actions / postgres.action_seconds) / (sqlite.actions / sqlite.action_seconds)
    report = "\n".join(
        [
            "# Replay throughput (tau-retail gold actions)",
            "",
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, "
            f"{os.cpu_count()} cores; "
            f"`python -m evals.bench.replay_throughput --tasks {options.tasks}`.",
            "",
            "| backend | tasks | actions | result | actions/s (tools) | tasks/s (with export + hash) |",
            "|---|---|---|---|---|---|",
            _row("SQLite (file, WAL)", sqlite, options.tasks),
            _row("PostgreSQL 15 (local)", postgres, options.tasks),
            "",
            f"PostgreSQL / SQLite action throughput ratio: **{ratio:.2f}**",
            "",
        ]
    )
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
