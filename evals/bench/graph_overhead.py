"""Graph overhead per turn with a zero-latency model, on the real store and checkpointers.

    python -m evals.bench.graph_overhead [--turns 200] [--out evals/bench/results/graph_overhead.md]

The model answers instantly from a script (decisions are precomputed, replies are the templates), so what
is timed is Vitrine's own work per turn: routing, tool calls against SQLite, checkpoints, rendering.
Each backend runs the same scripted turns side by side in one run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langgraph.checkpoint.memory import InMemorySaver

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from assistant.models.backend import Decision, ReplyChunk, T
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import DecisionRequest, ReplyRequest
from tools.store.engine import create_engine, create_session_factory
from tools.store.scratch import scratch_sqlite
from tools.store.tau_import import import_tau_retail, read_tau_retail
from tools.verification import GuestRule

ROOT = Path(__file__).resolve().parents[2]
CUSTOMER = "ethan_lopez_6291"
# (customer text, the decision the instant model returns)
SCRIPT = [
    ("hi", TurnIntent(intent=Intent.GREET, confidence=1.0)),
    ("where is #W6779827?", TurnIntent(intent=Intent.ORDER_STATUS, confidence=1.0,
                                       slots=TurnSlots(order_ids=["#W6779827"]))),
    ("cancel it, ordered by mistake", TurnIntent(intent=Intent.CANCEL_ORDER, confidence=1.0, slots=TurnSlots(
        order_ids=["#W6779827"], cancel_reason="ordered by mistake"))),
    ("no", TurnIntent(intent=Intent.DENY, confidence=1.0)),
]


class InstantBackend:
    """A zero-latency model: scripted decisions, template replies."""

    name = "instant"

    def __init__(self) -> None:
        self.templates = ReplyTemplates(PromptLibrary(ROOT / "prompts"))
        self.decisions = dict(SCRIPT)

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        value: Any = self.decisions[request.text]
        return Decision[T](value=value, backend=self.name, model="instant", prompt_version="script", latency_ms=0.0)

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        yield ReplyChunk(text=self.templates.render(request), backend=self.name)

    async def aclose(self) -> None:
        return None


async def _measure(service: ConversationService, turns: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {"greet": [], "all turns": []}
    for n in range(turns // len(SCRIPT)):
        for text, decision in SCRIPT:
            started = time.perf_counter()
            await service.send(f"bench-{n}", text, session_customer_id=CUSTOMER)
            elapsed = (time.perf_counter() - started) * 1000
            timings["all turns"].append(elapsed)
            if decision.intent is Intent.GREET:
                timings["greet"].append(elapsed)
    return timings


async def run(turns: int) -> dict[str, dict[str, list[float]]]:
    results: dict[str, dict[str, list[float]]] = {}
    async with scratch_sqlite() as url:
        engine = create_engine(url)
        sessions = create_session_factory(engine)
        async with sessions() as session, session.begin():
            await import_tau_retail(session, read_tau_retail(ROOT / "data" / "tau-retail"))
        deps = Deps(sessions=sessions, backend=InstantBackend(), secret_key=b"bench", guest_rule=GuestRule.TAU)
        results["in-memory checkpoints"] = await _measure(ConversationService(deps, InMemorySaver()), turns)
        with tempfile.TemporaryDirectory() as directory:
            async with open_checkpointer(f"sqlite:///{directory}/checkpoints.db") as saver:
                results["SQLite checkpoints"] = await _measure(ConversationService(deps, saver), turns)
        await engine.dispose()
    return results


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("evals/bench/results/graph_overhead.md"))
    options = parser.parse_args()
    results = asyncio.run(run(options.turns))
    rows = [f"| {name} | {kind} | {len(v)} | {statistics.median(v):.1f} | {_percentile(v, 95):.1f} |"
            for name, kinds in results.items() for kind, v in kinds.items()]
    base = statistics.median(results["in-memory checkpoints"]["all turns"])
    ratio = statistics.median(results["SQLite checkpoints"]["all turns"]) / base
    report = "\n".join([
        "# Graph overhead per turn (zero-latency model)", "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, {os.cpu_count()} cores; "
        f"`python -m evals.bench.graph_overhead --turns {options.turns}`. Turns cycle through greet, order "
        "status, cancel proposal and decline, against the SQLite store with the tau-retail data; `greet` "
        "turns touch no tool, so they time the graph alone.", "",
        "| checkpointer | turns measured | n | p50 ms | p95 ms |", "|---|---|---|---|---|", *rows, "",
        f"SQLite / in-memory p50 ratio: **{ratio:.2f}**. Target: p50 ≤ 5 ms per turn.", "",
    ])
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
