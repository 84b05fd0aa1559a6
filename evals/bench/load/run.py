"""Run the load scenario end to end and write `REPORT.md` + a results JSON beside this file.

    python -m evals.bench.load.run --users 500 --spawn-rate 20 --duration 180 --latency-ms 100
    python -m evals.bench.load.run --postgres postgresql://postgres@127.0.0.1/postgres \
        --replicas 2 --photo-workers 1 --redis redis://127.0.0.1:6379/0     # scaled out (issue 22)

Starts `evals.bench.load.server` (the real app with a fixed-latency model) in its own process, drives it with
locust (headless, one process) and reports: sessions held (users with a live conversation at peak), turns,
errors, and the latency each turn added on top of the model's own (2 model calls per turn, each exactly
`latency-ms`; checked against the server's call counter).

Scaled out, N replicas of that server share one PostgreSQL database and one Redis (live events, sign-in
counts, the photo queue), each reads its own copy of the embedded index, photos are redacted by M
`vitrine worker photos` processes, and locust sends each message to the next replica in turn, as a
round-robin balancer without stickiness would. Calls, turns and CPU are summed over the replicas.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evals.app_process import free_port
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


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # still draining requests: stop it
            process.kill()
            process.wait()


@dataclass
class Cluster:
    """The app under load: one server process, or replicas sharing PostgreSQL and Redis, and photo workers."""

    urls: list[str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def get_json(self, path: str) -> list[Any]:
        return [json.loads(urllib.request.urlopen(f"{url}{path}").read()) for url in self.urls]  # noqa: S310


@contextlib.contextmanager
def _cluster(args: argparse.Namespace, scratch: Path, database: str | None) -> Iterator[Cluster]:
    server = [sys.executable, "-m", "evals.bench.load.server", "--latency-ms", str(args.latency_ms),
              "--data-dir", str(scratch)] + (["--database-url", database] if database else [])
    env = dict(os.environ)
    if args.replicas > 1 or args.photo_workers:
        # Tokens signed by one replica are checked by another: one key for all.
        env.update({"VITRINE_SECRET_KEY": secrets.token_hex(24), "VITRINE_WEB__BUS_URL": args.redis,
                    "VITRINE_INTAKE__QUEUE_URL": args.redis,
                    "VITRINE_INTAKE__QUEUE_PREFIX": f"vitrine-load-{os.getpid()}:photos:"})
        subprocess.run([*server, "--prepare", "only"], cwd=ROOT, env=env, check=True)
    cluster = Cluster(urls=[])
    try:
        for number in range(args.photo_workers):
            cluster.processes.append(subprocess.Popen(
                [sys.executable, "-m", "assistant.cli", "worker", "photos", "--name", f"load-worker-{number}"],
                cwd=ROOT, env=env))
        for number in range(args.replicas):
            port = args.port if number == 0 and args.port else free_port()
            own = ["--port", str(port)]
            if args.replicas > 1 or args.photo_workers:
                index = scratch / f"qdrant-{number}"
                shutil.copytree(scratch / "qdrant", index)
                own += ["--prepare", "no", "--qdrant-path", str(index)]
            process = subprocess.Popen([*server, *own], cwd=ROOT, env=env)
            cluster.processes.append(process)
            cluster.urls.append(f"http://127.0.0.1:{port}")
            _wait_until_up(cluster.urls[-1], process)
        yield cluster
    finally:
        _stop(cluster.processes)


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
    parser.add_argument("--replicas", type=int, default=1, help="app processes sharing PostgreSQL and Redis")
    parser.add_argument("--photo-workers", type=int, default=0,
                        help="`vitrine worker photos` processes redacting through the Redis queue (0: in the app)")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0",
                        help="the Redis that replicas and photo workers share (with --replicas > 1 or workers)")
    parser.add_argument("--postgres", help="admin URL of a PostgreSQL server: the store and checkpoints go to a "
                        "scratch database there (default: SQLite files)")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--raw", type=Path, help="also write every turn, as locust and the server timed it (JSON)")
    args = parser.parse_args()
    if (args.replicas > 1 or args.photo_workers) and not args.postgres:
        parser.error("--replicas and --photo-workers share state through PostgreSQL: give --postgres")
    service_ms = redaction_service_ms()  # before the run, on an idle host
    with tempfile.TemporaryDirectory(prefix="vitrine-load-") as scratch, _database(args.postgres) as database, \
            _cluster(args, Path(scratch), database) as cluster:
        for url in cluster.urls:  # start-up's pauses aside
            urllib.request.urlopen(f"{url}/bench/gc?reset=true").read()  # noqa: S310
        raw_path = Path(scratch) / "turns.json"
        env = {**os.environ, "LOAD_RESULTS": str(raw_path), "LOAD_WAIT_MIN_S": str(args.wait_min),
               "LOAD_WAIT_MAX_S": str(args.wait_max), "LOAD_PHOTO_EVERY": str(args.photo_every),
               "LOAD_REPLICAS": ",".join(cluster.urls)}
        children_cpu_before = _children_cpu_s()
        subprocess.run([sys.executable, "-m", "locust", "-f", str(HERE / "locustfile.py"), "--host",
                        cluster.urls[0], "--headless", "-u", str(args.users), "-r", str(args.spawn_rate),
                        "-t", f"{args.duration}s", "--stop-timeout", "30", "--only-summary"],
                       cwd=ROOT, env=env, check=False)
        locust_cpu_s = _children_cpu_s() - children_cpu_before  # the client shares the host's cores
        calls = sum(answer["calls"] for answer in cluster.get_json("/bench/model-calls"))
        gc_pauses = cluster.get_json("/bench/gc")
        per_replica = cluster.get_json("/bench/server-turns")
        server_turns = {"turns": [turn for replica in per_replica for turn in replica["turns"]],
                        "cpu_s": sum(replica["cpu_s"] for replica in per_replica)}
        client_turns = json.loads(raw_path.read_text())
        if args.raw:
            args.raw.write_text(json.dumps({"client": client_turns, "server": server_turns}))
        result = summarise(client_turns, server_turns, args.latency_ms, int(calls), args)
        result["database"] = "postgresql" if database else "sqlite"
        result["replicas"] = args.replicas
        result["photo_workers"] = args.photo_workers
        result["turns_per_replica"] = [len(replica["turns"]) for replica in per_replica]
        result["redaction_processes"] = int(os.environ.get("VITRINE_INTAKE__REDACTION_PROCESSES", 1))
        result["photo_redaction_service_ms"] = service_ms
        result["server_gc_pauses"] = gc_pauses if len(gc_pauses) > 1 else gc_pauses[0]
        result["locust_cpu_s"] = locust_cpu_s
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
