"""Serve the real web app (REST API, desk, storefront; no Chainlit) with the fixed-latency model, for locust.

    python -m evals.bench.load.server --port 8765 --latency-ms 100 --data-dir /tmp/vitrine-load

Everything but the model is real: the demo store on SQLite, the local Qdrant index, photo intake with
redaction, LangGraph checkpoints. Upload quotas are raised: the scenario's hundreds of conversations share
the few demo customers, and the per-customer quota would (rightly) refuse them.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import time
from pathlib import Path
from typing import Any

import uvicorn

import assistant.wiring as wiring
from assistant.commands.demo import prepare_demo
from assistant.settings import PROJECT_ROOT, Settings, load_settings
from assistant.web.app import create_app
from evals.bench.load.fake_model import FixedLatencyModel


def bench_settings(data_dir: Path, database_url: str | None, qdrant_path: Path | None = None) -> Settings:
    """The demo shop in `data_dir`; a replica of a scaled-out run reads its own copy of the index
    (`qdrant_path`; the embedded index is one process's) and shares the rest through PostgreSQL and Redis
    (VITRINE_WEB__BUS_URL, VITRINE_INTAKE__QUEUE_URL in the environment)."""
    os.environ.setdefault("VITRINE_INTAKE__QUOTA_PHOTOS", "1000000")
    os.environ.setdefault("VITRINE_INTAKE__QUOTA_BYTES", str(10**12))
    # Every simulated user comes from this host, many in a row per account: the turn budgets would measure
    # themselves, not the server (assistant/web/turn_rate.py).
    os.environ.setdefault("VITRINE_WEB__TURNS_PER_ACCOUNT", "")
    os.environ.setdefault("VITRINE_WEB__TURNS_PER_CLIENT", "")
    return load_settings(database_url=database_url or f"sqlite+aiosqlite:///{data_dir / 'vitrine.db'}",
                         data_dir=data_dir, catalog={"qdrant_path": qdrant_path or data_dir / "qdrant"})


def _record_gc_pauses() -> dict[int, list[float]]:
    pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
    started = [0.0]

    def timer(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses[info["generation"]].append((time.perf_counter() - started[0]) * 1000)

    gc.callbacks.append(timer)
    return pauses


class TurnClock:
    """ASGI wrapper timing each customer turn inside the server (request received to response sent), and the
    process's CPU time: compared with locust's figures it tells the server's share of the added latency from
    the client's (locust shares the host's cores)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.turns: list[tuple[float, float, int]] = []  # (started, epoch seconds; ms; request bytes) per turn
        self.cpu_at_reset = time.process_time()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or not scope["path"].startswith("/api/conversations"):
            await self.app(scope, receive, send)
            return
        size = int(dict(scope["headers"]).get(b"content-length", b"0"))
        started, clock = time.time(), time.perf_counter()
        try:
            await self.app(scope, receive, send)
        finally:
            self.turns.append((started, (time.perf_counter() - clock) * 1000, size))

    def reset(self) -> None:
        self.turns.clear()
        self.cpu_at_reset = time.process_time()

    def report(self) -> dict[str, Any]:
        return {"turns": self.turns, "cpu_s": time.process_time() - self.cpu_at_reset}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--data-dir", type=Path, default=Path("var/load"))
    parser.add_argument("--database-url", help="e.g. postgresql+asyncpg://postgres@127.0.0.1/load (default: SQLite"
                        " in the data dir); checkpoints go to the same database")
    parser.add_argument("--loop", default="auto", choices=["auto", "asyncio", "uvloop"],
                        help="uvicorn's event loop (auto: uvloop where installed)")
    parser.add_argument("--http", default="auto", choices=["auto", "h11", "httptools"])
    parser.add_argument("--qdrant-path", type=Path, help="this replica's copy of the index (default: in the data dir)")
    parser.add_argument("--prepare", default="yes", choices=["yes", "no", "only"],
                        help="load the demo shop first (yes), not (no: another replica did), or only that (only)")
    args = parser.parse_args()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    settings = bench_settings(args.data_dir.resolve(), args.database_url, args.qdrant_path)
    if args.prepare != "no":
        asyncio.run(prepare_demo(settings))
    if args.prepare == "only":
        return
    model = FixedLatencyModel(PROJECT_ROOT / "prompts", args.latency_ms / 1000)
    # The one seam: the app builds its backend from settings through `assistant.wiring.build_backend`.
    wiring.build_backend = lambda _settings: model  # type: ignore[assignment]
    app = create_app(settings, mount_chat=False)

    pauses = _record_gc_pauses()
    clock = TurnClock(app)

    @app.get("/bench/model-calls", include_in_schema=False)
    async def model_calls() -> dict[str, float]:
        return {"calls": model.calls, "latency_s": model.latency_s}

    @app.get("/bench/gc", include_in_schema=False)
    async def gc_pauses(reset: bool = False) -> dict[str, dict[str, float]]:
        """Garbage-collector pauses by generation: each one stops the event loop, and every turn with it.
        `reset` forgets those so far (start-up's), and the turn clock's, so that a run reports its own."""
        if reset:
            for times in pauses.values():
                times.clear()
            clock.reset()
        return {f"gen{generation}": {"count": len(times), "max_ms": max(times, default=0.0),
                                     "total_ms": sum(times)} for generation, times in pauses.items()}

    @app.get("/bench/server-turns", include_in_schema=False)
    async def server_turns() -> dict[str, Any]:
        """Every turn as the server timed it (start, ms, request bytes); the server's CPU seconds since reset."""
        return clock.report()

    print(json.dumps({"serving": f"http://127.0.0.1:{args.port}", "latency_ms": args.latency_ms}), flush=True)  # noqa: T201
    uvicorn.run(clock, host="127.0.0.1", port=args.port, log_level="warning", backlog=4096,
                timeout_keep_alive=120, loop=args.loop, http=args.http)


if __name__ == "__main__":
    main()
