"""Results of a run: one record per case trial, and the summary (pass^k, per tag, latency, tokens)."""

from __future__ import annotations

import statistics
from math import comb

from pydantic import BaseModel

from assistant.models.ledger import ModelLedger
from evals.conversations.model_use import ModelUse, model_use


class TurnRecord(BaseModel):
    user: str
    photo: str | None = None
    reply: str
    latency_ms: float
    model: ModelLedger | None = None  # what the model layer did for this turn


class TrialResult(BaseModel):
    case: str  # suite/id
    suite: str
    tags: list[str]
    trial: int
    passed: bool
    skipped: bool = False  # e.g. a simulated-user case without a model endpoint; left out of every rate
    invalid: bool = False  # the simulated customer broke the simulation (also skipped: not a Vitrine result)
    problems: list[str] = []
    turns: list[TurnRecord] = []
    tool_calls: list[dict] = []  # performed (succeeded)
    refused_calls: list[dict] = []
    prompt_tokens: int | None = None  # None: the backend reports no token counts (the resolver)
    completion_tokens: int | None = None
    judge: str = "none"  # none | passed | failed | skipped
    seconds: float = 0.0


class Breakdown(BaseModel):
    cases: int
    pass_1: float


class Summary(BaseModel):
    backend: str
    target: str
    trials: int
    cases: int
    skipped: int = 0
    invalid: int = 0
    wall_seconds: float
    pass_k: dict[str, float]  # "pass^1" .. "pass^k"
    by_suite: dict[str, Breakdown]
    by_tag: dict[str, Breakdown]
    turn_latency_ms: dict[str, float]  # p50, p95, max
    tokens: dict[str, int | None]
    judge: dict[str, int]
    model_use: ModelUse | None = None
    model_use_by_suite: dict[str, ModelUse] = {}


class RunResults(BaseModel):
    summary: Summary
    trials: list[TrialResult]

    def case_pass_rates(self) -> dict[str, float]:
        by_case: dict[str, list[bool]] = {}
        for trial in (t for t in self.trials if not t.skipped):
            by_case.setdefault(trial.case, []).append(trial.passed)
        return {case: sum(runs) / len(runs) for case, runs in by_case.items()}


def pass_hat_k(outcomes: dict[str, list[bool]], k: int) -> float:
    """tau-bench's pass^k: the chance that k trials drawn from a case's n all pass, averaged over cases."""
    scores = [comb(sum(runs), k) / comb(len(runs), k) for runs in outcomes.values() if len(runs) >= k]
    return sum(scores) / len(scores) if scores else 0.0


def _percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def _breakdown(trials: list[TrialResult], key: str | None) -> Breakdown:
    chosen = [t for t in trials if key is None or key in t.tags or t.suite == key]
    return Breakdown(cases=len({t.case for t in chosen}), pass_1=sum(t.passed for t in chosen) / max(len(chosen), 1))


def summarise(every: list[TrialResult], *, backend: str, target: str, k: int, wall_seconds: float) -> Summary:
    trials = [t for t in every if not t.skipped]
    outcomes: dict[str, list[bool]] = {}
    for trial in trials:
        outcomes.setdefault(trial.case, []).append(trial.passed)
    latencies = [turn.latency_ms for t in trials for turn in t.turns]
    reported = [t for t in trials if t.prompt_tokens is not None]
    judged = [t.judge for t in trials]
    return Summary(
        backend=backend, target=target, trials=k, cases=len(outcomes),
        skipped=len({t.case for t in every if t.skipped}), invalid=sum(t.invalid for t in every),
        wall_seconds=round(wall_seconds, 2),
        pass_k={f"pass^{j}": round(pass_hat_k(outcomes, j), 4) for j in range(1, k + 1)},
        by_suite={s: _breakdown(trials, s) for s in sorted({t.suite for t in trials})},
        by_tag={tag: _breakdown(trials, tag) for tag in sorted({tag for t in trials for tag in t.tags})},
        turn_latency_ms={"p50": round(_percentile(latencies, 50), 1), "p95": round(_percentile(latencies, 95), 1),
                         "max": round(max(latencies, default=0.0), 1), "turns": len(latencies)},
        tokens={"prompt": sum(t.prompt_tokens or 0 for t in reported) if reported else None,
                "completion": sum(t.completion_tokens or 0 for t in reported) if reported else None},
        judge={verdict: judged.count(verdict) for verdict in ("passed", "failed", "skipped")},
        model_use=_model_use(trials, backend),
        model_use_by_suite={s: _model_use([t for t in trials if t.suite == s], backend)
                            for s in sorted({t.suite for t in trials})},
    )


def _model_use(trials: list[TrialResult], backend: str) -> ModelUse:
    return model_use([turn.model for t in trials for turn in t.turns if turn.model is not None], primary=backend)
