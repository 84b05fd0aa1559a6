"""Replay throughput of the tau-retail gold actions on SQLite and PostgreSQL, side by side in one run.

    python -m evals.bench.replay_throughput [--tasks N] [--out evals/bench/results/replay_throughput.md]

Replays the training tasks twice per backend: as the file gives them (writes only), and with the reads a
tau-bench trajectory makes around each write added (`vitrine eval tau-replay --with-reads`). Reports reads and
writes per second through the tools (a write: confirmation recorded + write, in its own savepoint; a read: the
tool call and its rendering as tau's record, not the comparison with tau's answer), and whole tasks per second
(with the comparisons and the full-database export and hash each task ends with).
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


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:.1f}" if seconds else "-"


def _row(backend: str, shape: str, summary: ReplaySummary, tasks: int) -> str:
    return (
        f"| {backend} | {shape} | {tasks} | {summary.reads} | {summary.writes} | {summary.line()} | "
        f"{_rate(summary.reads, summary.read_seconds)} | {_rate(summary.writes, summary.write_seconds)} | "
        f"{tasks / summary.seconds:.2f} |"
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
        (backend, with_reads): asyncio.run(
            run_replay(
                tasks_path, options.data, backend, options.postgres_url, options.tasks, with_reads=with_reads
            )
        )
        for backend in ("sqlite", "postgres")
        for with_reads in (False, True)
    }
    names = {"sqlite": "SQLite (file, WAL)", "postgres": "PostgreSQL 15 (local)"}
    shapes = {False: "writes only", True: "with tau reads"}
    sqlite, postgres = results["sqlite", True], results["postgres", True]
    write_ratio = (postgres.writes / postgres.write_seconds) / (sqlite.writes / sqlite.write_seconds)
    read_ratio = (postgres.reads / postgres.read_seconds) / (sqlite.reads / sqlite.read_seconds)
    report = "\n".join(
        [
            "# Replay throughput (tau-retail gold actions)",
            "",
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, "
            f"{os.cpu_count()} cores; "
            f"`python -m evals.bench.replay_throughput --tasks {options.tasks}`.",
            "",
            "| backend | task shape | tasks | reads | writes | result | reads/s (tools) | writes/s (tools) "
            "| tasks/s (with comparisons, export + hash) |",
            "|---|---|---|---|---|---|---|---|---|",
            *(
                _row(names[backend], shapes[with_reads], summary, options.tasks)
                for (backend, with_reads), summary in results.items()
            ),
            "",
            f"PostgreSQL / SQLite throughput ratio (with tau reads): reads **{read_ratio:.2f}**, "
            f"writes **{write_ratio:.2f}**",
            "",
        ]
    )
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
