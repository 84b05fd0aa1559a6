"""pass^k, per-tag breakdowns, the compare gate and the self-contained HTML report."""

from evals.conversations.compare import compare_runs
from evals.conversations.report import render_html
from evals.conversations.results import RunResults, TrialResult, TurnRecord, pass_hat_k, summarise


def trial(case: str, passed: bool, trial: int = 0, tags: tuple[str, ...] = ("ci",), ms: float = 100.0,
          skipped: bool = False) -> TrialResult:
    suite = case.split("/")[0]
    return TrialResult(case=case, suite=suite, tags=[suite, *tags], trial=trial, passed=passed, skipped=skipped,
                       problems=[] if passed else ["order #W1: expected 'cancelled'"],
                       turns=[TurnRecord(user="hi <b>", reply="hello", latency_ms=ms)])


def run(*trials: TrialResult) -> RunResults:
    k = max(t.trial for t in trials) + 1
    return RunResults(summary=summarise(list(trials), backend="resolver", target="t", k=k, wall_seconds=1.0),
                      trials=list(trials))


def test_pass_hat_k_is_the_chance_that_k_draws_all_pass() -> None:
    outcomes = {"a": [True, True, True, True], "b": [True, True, False, False]}
    assert pass_hat_k(outcomes, 1) == (1.0 + 0.5) / 2
    assert pass_hat_k(outcomes, 2) == (1.0 + 1 / 6) / 2
    assert pass_hat_k(outcomes, 4) == 0.5


def test_summary_breaks_down_by_suite_and_tag_and_leaves_skipped_cases_out() -> None:
    results = run(trial("security/a", True), trial("security/b", False, tags=("photo",)),
                  trial("orders/c", True, ms=300.0), trial("sim/d", False, skipped=True))
    s = results.summary
    assert s.cases == 3 and s.skipped == 1
    assert s.pass_k["pass^1"] == round(2 / 3, 4)
    assert s.by_suite["security"].pass_1 == 0.5 and s.by_suite["orders"].pass_1 == 1.0
    assert s.by_tag["photo"].cases == 1 and s.by_tag["photo"].pass_1 == 0.0
    assert s.turn_latency_ms["p50"] == 100.0 and s.tokens["prompt"] is None


def test_compare_flags_cases_that_passed_before_and_fail_now() -> None:
    before = run(trial("s/a", True), trial("s/b", False), trial("s/c", True))
    after = run(trial("s/a", False), trial("s/b", True), trial("s/c", True))
    comparison = compare_runs(before, after)
    assert comparison.regressions == ["s/a"] and comparison.fixes == ["s/b"] and comparison.regressed
    assert comparison.deltas["pass^1"][2] == 0.0  # 2 of 3 in both runs
    assert not compare_runs(before, before).regressed


def test_html_report_is_self_contained_with_charts_and_escaped_transcripts() -> None:
    html = render_html(run(trial("security/a", True), trial("security/b", False)))
    assert "<svg" in html and "security" in html and "FAIL" in html
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "hi &lt;b&gt;" in html and "expected &#x27;cancelled&#x27;" in html
