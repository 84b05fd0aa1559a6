"""`vitrine eval compare A.json B.json`: cases that passed in A and fail in B, and metric deltas."""

from __future__ import annotations

from pydantic import BaseModel

from evals.conversations.results import RunResults


class Comparison(BaseModel):
    regressions: list[str]  # passed (every trial) in A, failed (some trial) in B
    fixes: list[str]
    only_in_a: list[str]
    only_in_b: list[str]
    deltas: dict[str, tuple[float, float, float]]  # metric: (A, B, B - A)

    @property
    def regressed(self) -> bool:
        return bool(self.regressions)


def _metrics(run: RunResults) -> dict[str, float]:
    summary = run.summary
    metrics = {key: value for key, value in summary.pass_k.items()}
    metrics.update({f"{suite} pass^1": b.pass_1 for suite, b in summary.by_suite.items()})
    metrics.update({f"turn latency {q} ms": v for q, v in summary.turn_latency_ms.items() if q in ("p50", "p95")})
    metrics.update({f"{kind} tokens": float(v) for kind, v in summary.tokens.items() if v is not None})
    return metrics


def compare_runs(a: RunResults, b: RunResults) -> Comparison:
    rates_a, rates_b = a.case_pass_rates(), b.case_pass_rates()
    shared = sorted(rates_a.keys() & rates_b.keys())
    metrics_a, metrics_b = _metrics(a), _metrics(b)
    return Comparison(
        regressions=[c for c in shared if rates_a[c] == 1.0 and rates_b[c] < 1.0],
        fixes=[c for c in shared if rates_a[c] < 1.0 and rates_b[c] == 1.0],
        only_in_a=sorted(rates_a.keys() - rates_b.keys()),
        only_in_b=sorted(rates_b.keys() - rates_a.keys()),
        deltas={m: (metrics_a[m], metrics_b[m], round(metrics_b[m] - metrics_a[m], 4))
                for m in metrics_a if m in metrics_b},
    )
