"""CPU seconds per text turn, in process, over a fixed conversation set: two checkouts side by side.

    python -m evals.bench.turn_cpu compare --base /work/wt/base --after . --rounds 3 \
        --base-cache /work/cache/shop-base --after-cache /work/cache/shop [--out evals/bench/results/turn_cpu.json]

`compare` runs one child process per checkout and round, alternating base, after, base, after, ...: each child
imports only its own checkout (PYTHONPATH), builds the eval shop (`evals/conversations/shop.py`, the cache folder
given; the two checkouts may differ in schema, so each has its own), replays the same conversations through the
in-process `ConversationService` (SQLite store copy and checkpoints per conversation, as the eval runner does) once
to warm up and `--passes` times measured, and reports the process CPU time (all threads) spent inside
`service.send` per turn. Two conversation sets:

- `load`: the load bench's scenario (evals/bench/load/locustfile.py): the demo customers asking "where is my order
  #D900000N?" about their two orders in turn, answered by the load bench's rule model with no latency;
- `suites`: the customer turns of text-only cases from a few eval suites (read from the *after* checkout, so both
  checkouts replay the same words), answered by the offline resolver.

`--freeze-heap` freezes the heap after the warm-up pass (`gc.freeze()`, as the server does after start-up,
`assistant/web/heap.py`): the bench builds an engine, service and graph per conversation outside the timed
`send`, and without it a full collection of the whole heap (torch, the index) set off by that set-up can land in
the measured turns of one side and not the other (Run 24 in evals/bench/load/REPORT.md).

A child can also write a cProfile of its measured passes (`measure --profile FILE`), for comparing cumulative
time per function between checkouts (`python -m pstats FILE`).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

LOAD_ORDERS = {"demo_mia_novak": ["#D9000001", "#D9000002"], "demo_leo_martin": ["#D9000003", "#D9000004"]}
SUITES = ["focus-classes-11", "dialogue-classes-21", "feature-classes-11", "understanding-classes-18",
          "dialogue-classes-8", "understanding-classes-12", "identity-classes-11", "dialogue-classes-22"]
CASES_PER_SUITE = 8


def load_conversations(conversations: int, turns: int) -> list[dict[str, Any]]:
    """The load scenario: each conversation one demo customer, alternating between their two orders."""
    customers = list(LOAD_ORDERS)
    result = []
    for n in range(conversations):
        customer = customers[n % len(customers)]
        texts = [f"where is my order {LOAD_ORDERS[customer][t % 2]}?" for t in range(turns)]
        result.append({"id": f"load-{n}", "customer": customer, "texts": texts})
    return result


def suite_conversations(root: Path) -> list[dict[str, Any]]:
    """Text-only scripted cases (no photo, no desk turn), the first few of each suite in SUITES."""
    import yaml

    result = []
    for name in SUITES:
        suite = yaml.safe_load((root / "evals" / "suites" / f"{name}.yaml").read_text())
        picked = 0
        for case in suite["cases"]:
            user = case.get("user") or {}
            turns = user.get("turns") or []
            if not turns or any(t.get("photo") or t.get("desk") for t in turns) or picked >= CASES_PER_SUITE:
                continue
            picked += 1
            result.append({"id": f"{name}/{case['id']}", "customer": user.get("customer", suite.get("customer")),
                           "texts": [t.get("text", "") for t in turns]})
    return result


# ---- child: one checkout, measured in this process --------------------------------------------------------------

def _backend(kind: str) -> Any:
    from assistant.settings import PROJECT_ROOT, load_settings

    if kind == "fixed":
        from evals.bench.load.fake_model import FixedLatencyModel

        return FixedLatencyModel(PROJECT_ROOT / "prompts", 0.0)
    from assistant.wiring import build_backend

    settings = load_settings()
    settings.model.backend = "resolver"
    return build_backend(settings)


async def _replay(conversations: list[dict[str, Any]], template: Any, backend: Any, work: Path, tag: str,
                  one_store: bool = False) -> tuple[float, int, list[str]]:
    """CPU seconds inside `send` over every turn, the number of turns, and the replies (to check both agree).

    By default each conversation gets its own copy of the store, engine and checkpoints, as the eval runner gives
    them (conversations that write must not see each other's writes). `one_store` gives the whole pass one store
    and one engine, as the server has: SQLAlchemy keeps compiled SQL per engine (the dialect is part of the cache
    key), so with an engine per conversation every conversation's first turn compiles its statements again, a
    cost the server pays once per process. The load set only reads orders, so it can share one store.
    """
    from assistant.checkpoints import open_checkpointer
    from assistant.context import Deps
    from assistant.conversation import ConversationService
    from tools.store.engine import create_engine, create_session_factory

    cpu, turns, replies = 0.0, 0, []
    shared = work / f"{tag}-store"
    if one_store:
        shared.mkdir(parents=True)
        engine = create_engine(template.copy_to(shared))
    for conversation in conversations:
        directory = work / f"{tag}-{conversation['id'].replace('/', '--')}"
        directory.mkdir(parents=True)
        if not one_store:
            engine = create_engine(template.copy_to(directory))
        try:
            async with open_checkpointer(f"sqlite:///{directory / 'checkpoints.db'}") as saver:
                service = ConversationService(Deps(sessions=create_session_factory(engine), backend=backend,
                                                   secret_key=b"bench-secret", catalog=template.index),
                                              saver, turn_deadline_s=120.0)
                for text in conversation["texts"]:
                    started = time.process_time()
                    result = await service.send(f"bench-{conversation['id']}", text,
                                                session_customer_id=conversation["customer"])
                    cpu += time.process_time() - started
                    turns += 1
                    replies.append(" ".join(m.get("text", "") for m in result.messages))
                await service.wind_down()
        finally:
            if not one_store:
                await engine.dispose()
        shutil.rmtree(directory, ignore_errors=True)
    if one_store:
        await engine.dispose()
        shutil.rmtree(shared, ignore_errors=True)
    return cpu, turns, replies


async def measure(args: argparse.Namespace, conversations: list[dict[str, Any]]) -> dict[str, Any]:
    from evals.conversations.shop import prepare_shop

    template = await prepare_shop(Path(args.cache))
    backend = _backend(args.backend)
    work = Path(tempfile.mkdtemp(prefix="turn-cpu-"))
    profiler = cProfile.Profile() if args.profile else None
    try:
        _, _, replies = await _replay(conversations, template, backend, work, "warm", args.one_store)
        if args.freeze_heap:
            gc.collect()
            gc.freeze()
        per_pass = []
        for n in range(args.passes):
            if profiler:
                profiler.enable()
            cpu, turns, _ = await _replay(conversations, template, backend, work, f"pass{n}", args.one_store)
            if profiler:
                profiler.disable()
            per_pass.append(cpu * 1000 / turns)
    finally:
        template.index.client.close()
        shutil.rmtree(work, ignore_errors=True)
    if profiler:
        profiler.dump_stats(args.profile)
    return {"cpu_ms_per_turn": per_pass, "turns_per_pass": turns, "replies": replies}


# ---- parent: alternating children, ratio ------------------------------------------------------------------------

def _child(tree: Path, cache: Path, conversations: Path, backend: str, passes: int, freeze_heap: bool = False,
           one_store: bool = False) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        # -P: the script's own folder is not put first on sys.path, so only `tree`'s code is imported
        subprocess.run([sys.executable, "-P", str(Path(__file__).resolve()), "measure", "--cache", str(cache),
                        "--conversations", str(conversations), "--backend", backend, "--passes", str(passes),
                        "--result", out.name, *(["--freeze-heap"] if freeze_heap else []),
                        *(["--one-store"] if one_store else [])], cwd=tree, env=env,
                       check=True)
        return json.loads(Path(out.name).read_text())


def compare(args: argparse.Namespace) -> dict[str, Any]:
    after_root = Path(args.after).resolve()
    sets = {"load": (load_conversations(args.load_conversations, args.load_turns), "fixed"),
            "suites": (suite_conversations(after_root), "resolver")}
    report: dict[str, Any] = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "cpus": os.cpu_count(),
                              "load_average_start": os.getloadavg(), "sets": {}}
    with tempfile.TemporaryDirectory() as directory:
        for name in args.sets:
            conversations, backend = sets[name]
            path = Path(directory) / f"{name}.json"
            path.write_text(json.dumps(conversations))
            rows: dict[str, list[float]] = {"base": [], "after": []}
            replies: dict[str, list[str]] = {}
            for _round in range(args.rounds):
                sides = (("base", args.base, args.base_cache), ("after", args.after, args.after_cache))
                for side, tree, cache in sides:
                    result = _child(Path(tree).resolve(), Path(cache).resolve(), path, backend, args.passes,
                                    args.freeze_heap, one_store=args.one_store and name == "load")
                    rows[side] += result["cpu_ms_per_turn"]
                    replies[side] = result["replies"]
                    print(json.dumps({"set": name, "side": side, "cpu_ms_per_turn": result["cpu_ms_per_turn"],  # noqa: T201
                                      "load_average": os.getloadavg()}), flush=True)
            same = sum(a == b for a, b in zip(replies["base"], replies["after"], strict=True))
            base, after = statistics.median(rows["base"]), statistics.median(rows["after"])
            report["sets"][name] = {"backend": backend, "conversations": len(conversations),
                                    "turns": len(replies["after"]), "base_ms": rows["base"], "after_ms": rows["after"],
                                    "base_median_ms": base, "after_median_ms": after, "ratio": after / base,
                                    "same_replies": same}
    report["load_average_end"] = os.getloadavg()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("measure", help="one checkout, in this process (what `compare` runs)")
    one.add_argument("--cache", required=True, help="the eval shop cache folder for this checkout")
    one.add_argument("--conversations", required=True, help="JSON list of {id, customer, texts}")
    one.add_argument("--backend", choices=["fixed", "resolver"], default="fixed")
    one.add_argument("--passes", type=int, default=2)
    one.add_argument("--profile", help="write a cProfile of the measured passes here")
    one.add_argument("--freeze-heap", action="store_true", help="gc.freeze() after the warm-up pass, as the server")
    one.add_argument("--result", help="write the result JSON here (default: stdout)")
    one.add_argument("--one-store", action="store_true",
                     help="one store and engine for the whole pass, as the server (only for conversations that read)")
    both = commands.add_parser("compare", help="base and after checkouts side by side, alternating")
    both.add_argument("--base", required=True)
    both.add_argument("--after", default=".")
    both.add_argument("--base-cache", required=True)
    both.add_argument("--after-cache", required=True)
    both.add_argument("--sets", nargs="+", choices=["load", "suites"], default=["load", "suites"])
    both.add_argument("--rounds", type=int, default=2)
    both.add_argument("--passes", type=int, default=2)
    both.add_argument("--load-conversations", type=int, default=20)
    both.add_argument("--load-turns", type=int, default=6)
    both.add_argument("--freeze-heap", action="store_true", help="gc.freeze() after each child's warm-up pass")
    both.add_argument("--one-store", action="store_true",
                      help="the load set's conversations share one store and engine, as on the server: compiled SQL "
                           "is then cached across conversations (the suites set always gets a store per conversation)")
    both.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.command == "measure":
        result = asyncio.run(measure(args, json.loads(Path(args.conversations).read_text())))
        text = json.dumps(result)
        if args.result:
            Path(args.result).write_text(text)
        else:
            print(text)  # noqa: T201
        return
    report = compare(args)
    for name, row in report["sets"].items():
        print(f"{name}: base {row['base_median_ms']:.2f} ms, after {row['after_median_ms']:.2f} ms per turn, "  # noqa: T201
              f"ratio {row['ratio']:.3f} ({row['turns']} turns, {row['same_replies']} identical replies)")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
