"""Run the load scenario end to end and write `REPORT.md` + a results JSON beside this file.

    python -m evals.bench.load.run --users 500 --spawn-rate 20 --duration 180 --latency-ms 100

Starts `evals.bench.load.server` (the real app with a fixed-latency model) in its own process, drives it with
locust (headless, one process) and reports: sessions held (users with a live conversation at peak), turns,
errors, and the latency each turn added on top of the model's own (2 model calls per turn, each exactly
`latency-ms`; checked against the server's call counter).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evals.bench.load.photos import redaction_service_ms

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def _wait_until_up(url: str, server: subprocess.Popen[bytes], timeout_s: float = 600) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the load server exited with {server.returncode}")
        try:
            urllib.request.urlopen(f"{url}/bench/model-calls", timeout=2).read()  # noqa: S310 - local
            return
        except OSError:
            time.sleep(1)
    raise TimeoutError("the load server did not come up")


@contextlib.contextmanager
def _database(admin_url: str | None) -> Iterator[str | None]:
    """A scratch PostgreSQL database for one run (dropped after), or None for SQLite."""
    if not admin_url:
        yield None
        return
    from sqlalchemy.engine import make_url

    from tools.store.scratch import postgres_admin

    name = f"vitrine_load_{os.getpid()}"
    asyncio.run(postgres_admin(admin_url, f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(postgres_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))] if ordered else float("nan")


PHOTO_REQUEST_BYTES = 2048  # a text turn's form is a few hundred bytes; the scenario's photo alone is ~5 KB


def _stats(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50_ms": _percentile(values, 50), "p95_ms": _percentile(values, 95),
            "p99_ms": _percentile(values, 99), "mean_ms": statistics.fmean(values) if values else float("nan")}


def summarise(raw: dict[str, Any], server: dict[str, Any], latency_ms: float, calls: int,
              args: argparse.Namespace) -> dict[str, Any]:
    """Added latency (a turn's time less the model's two calls) over the whole run, ramp-up included, and over
    the part of it in which every session was open ("all sessions held", the figure the target is about); as
    locust saw it and as the server timed it."""
    model_ms = 2 * latency_ms
    turns = raw["turns"]
    held_from = raw.get("all_spawned_at") or float("inf")
    ok = [t for t in turns if t["ok"]]

    def client(photo: bool, since: float = 0.0) -> dict[str, float]:
        return _stats([t["ms"] - model_ms for t in ok
                       if ("photo" in t["name"]) == photo and t["at"] - t["ms"] / 1000 >= since])

    def served(photo: bool, since: float = 0.0) -> dict[str, float]:
        return _stats([ms - model_ms for started, ms, size in server["turns"]
                       if (size > PHOTO_REQUEST_BYTES) == photo and started >= since])

    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"), "host": platform.node(),
        "cpus": os.cpu_count(), "users": args.users, "spawn_rate": args.spawn_rate, "duration_s": args.duration,
        "wait_s": [args.wait_min, args.wait_max], "photo_every": args.photo_every, "model_latency_ms": latency_ms,
        "sessions_held": raw["peak_users"], "turns": len(turns), "errors": sum(not t["ok"] for t in turns),
        "model_calls": calls, "model_calls_per_ok_turn": calls / max(1, len(ok)),
        "all_sessions_held_s": max(0.0, max((t["at"] for t in turns), default=0.0) - held_from),
        "added_latency": {"text": client(False), "with_photo": client(True)},
        "added_latency_all_sessions_held": {"text": client(False, held_from), "with_photo": client(True, held_from)},
        "server_timed": {"text": served(False), "text_all_sessions_held": served(False, held_from),
                         "with_photo": served(True)},
        "server_cpu_ms_per_turn": server["cpu_s"] * 1000 / max(1, len(server["turns"])),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--spawn-rate", type=float, default=20)
    parser.add_argument("--duration", type=int, default=180, help="seconds, ramp-up included")
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--wait-min", type=float, default=5.0)
    parser.add_argument("--wait-max", type=float, default=15.0)
    parser.add_argument("--photo-every", type=int, default=3, help="every Nth message carries a photo")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--postgres", help="admin URL of a PostgreSQL server: the store and checkpoints go to a "
                        "scratch database there (default: SQLite files)")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--raw", type=Path, help="also write every turn, as locust and the server timed it (JSON)")
    args = parser.parse_args()
    if not args.port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{args.port}"
    service_ms = redaction_service_ms()  # before the run, on an idle host
    with tempfile.TemporaryDirectory(prefix="vitrine-load-") as scratch, _database(args.postgres) as database:
        command = [sys.executable, "-m", "evals.bench.load.server", "--port", str(args.port),
                   "--latency-ms", str(args.latency_ms), "--data-dir", scratch]
        server = subprocess.Popen(command + (["--database-url", database] if database else []), cwd=ROOT)
        try:
            _wait_until_up(url, server)
            urllib.request.urlopen(f"{url}/bench/gc?reset=true").read()  # noqa: S310 - start-up's pauses aside
            raw_path = Path(scratch) / "turns.json"
            env = {**os.environ, "LOAD_RESULTS": str(raw_path), "LOAD_WAIT_MIN_S": str(args.wait_min),
                   "LOAD_WAIT_MAX_S": str(args.wait_max), "LOAD_PHOTO_EVERY": str(args.photo_every)}
            children_cpu_before = _children_cpu_s()
            subprocess.run([sys.executable, "-m", "locust", "-f", str(HERE / "locustfile.py"), "--host", url,
                            "--headless", "-u", str(args.users), "-r", str(args.spawn_rate), "-t", f"{args.duration}s",
                            "--stop-timeout", "30", "--only-summary"], cwd=ROOT, env=env, check=False)
            locust_cpu_s = _children_cpu_s() - children_cpu_before  # the client shares the host's cores
            calls = json.loads(urllib.request.urlopen(f"{url}/bench/model-calls").read())["calls"]  # noqa: S310
            gc_pauses = json.loads(urllib.request.urlopen(f"{url}/bench/gc").read())  # noqa: S310
            server_turns = json.loads(urllib.request.urlopen(f"{url}/bench/server-turns").read())  # noqa: S310
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:  # still draining requests: stop it
                server.kill()
                server.wait()
        client_turns = json.loads(raw_path.read_text())
        if args.raw:
            args.raw.write_text(json.dumps({"client": client_turns, "server": server_turns}))
        result = summarise(client_turns, server_turns, args.latency_ms, int(calls), args)
        result["database"] = "postgresql" if database else "sqlite"
        result["redaction_processes"] = int(os.environ.get("VITRINE_INTAKE__REDACTION_PROCESSES", 1))
        result["photo_redaction_service_ms"] = service_ms
        result["server_gc_pauses"] = gc_pauses
        result["locust_cpu_s"] = locust_cpu_s
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
