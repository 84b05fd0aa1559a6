"""Model calls and generated tokens per turn over the shipped suites, through the vLLM backend against the
fake vLLM server (tests/contract/fake_vllm.py, in its own process). Hardware-independent: it counts what the
agent asks of a model, not how fast a model answers.

    python -m evals.bench.model_calls [--suites evals/suites] [--cache-dir DIR]

The fake answers every decision with its one recording, so the conversations follow those answers rather
than a real model's; the counts measure the graph's demands per turn (decisions, replies sent to the model,
fixed replies kept from it) and the compact decision caps. Token counts are the fake's (characters / 4).
Writes evals/bench/results/model_calls.md.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
from collections import Counter
from pathlib import Path

from assistant.models.ledger import ModelLedger
from assistant.settings import ModelSettings, Settings
from evals.bench.model_decision_latency import _fake_server
from evals.conversations.results import RunResults
from evals.conversations.runner import run_cases
from evals.conversations.shop import DEFAULT_CACHE
from evals.conversations.suite import load_cases

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "bench" / "results" / "model_calls.md"


def per_turn_table(results: RunResults) -> list[str]:
    rows = ["| suite | turns | model calls/turn (mean, max) | decisions/turn | replies to the model/turn | "
            "fixed replies/turn | generated tokens/turn (mean, max) | turns over 1 decision + 1 reply |",
            "|---|---|---|---|---|---|---|---|"]
    suites = sorted({t.suite for t in results.trials if not t.skipped})
    for suite in [*suites, "all"]:
        turns = [turn.model for t in results.trials if not t.skipped and suite in ("all", t.suite)
                 for turn in t.turns if turn.model is not None]
        if not turns:
            continue
        rows.append(_row(suite, turns))
    return rows


def _row(suite: str, turns: list[ModelLedger]) -> str:
    calls = [t.model_calls for t in turns]
    out = [t.completion_tokens for t in turns]
    decisions = [sum(t.decisions.values()) for t in turns]
    to_model = [t.replies.get("model", 0) + t.replies.get("checked_out", 0) for t in turns]
    fixed = [t.replies.get("fixed", 0) for t in turns]
    over = sum(d > 1 or r > 1 for d, r in zip(decisions, to_model, strict=True))
    return (f"| {suite} | {len(turns)} | {statistics.fmean(calls):.2f}, {max(calls)} | "
            f"{statistics.fmean(decisions):.2f} | {statistics.fmean(to_model):.2f} | {statistics.fmean(fixed):.2f} | "
            f"{statistics.fmean(out):.0f}, {max(out)} | {over} ({over / len(turns):.0%}) |")


async def measure(base_url: str, suites: Path, cache: Path) -> RunResults:
    model = ModelSettings(backend="vllm", vllm_base_url=base_url, timeout_s=30, call_budget_s=30,
                          reply_budget_s=30, max_retries=0)
    settings = Settings(environment="test", model=model)
    cases = [case for case in load_cases(suites) if not case.user.goal]
    return await run_cases(cases, settings, backend_name="vllm", target=str(suites), workers=2, cache=cache,
                           hooks={})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suites", type=Path, default=ROOT / "evals" / "suites")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with _fake_server() as base_url:
        results = asyncio.run(measure(base_url, args.suites, args.cache_dir))
    use = results.summary.model_use
    assert use is not None  # noqa: S101 - summarise always sets it
    reasons = Counter(use.ledger.fallbacks)
    lines = ["# Model calls and generated tokens per turn", "",
             "`python -m evals.bench.model_calls` — the shipped suites' scripted cases through the vLLM backend "
             "against the fake vLLM server (recorded answers; tokens are the fake's characters / 4).", "",
             *per_turn_table(results), "",
             f"Decisions: {use.decisions}, by the fallback: {use.fell_back} ({dict(reasons) or 'none'}); "
             f"schema failures {use.ledger.schema_failures}; replies {use.ledger.replies}; "
             f"rewrites refused {use.ledger.reply_checks_failed or 'none'}.", "",
             f"pass^1 with the fake's fixed answers (not a quality figure): {results.summary.pass_k['pass^1']:.1%}",
             ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))  # noqa: T201 - a command-line report


if __name__ == "__main__":
    main()
