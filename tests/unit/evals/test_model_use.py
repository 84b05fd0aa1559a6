"""Run accounting: who made each decision, per suite and overall, and a headline that says when a run's
decisions mostly fell back."""

from assistant.models.ledger import ModelLedger
from evals.conversations.report import render_html
from evals.conversations.results import RunResults, TrialResult, TurnRecord, summarise


def _turn(decisions: dict[str, int], fallbacks: dict[str, int] | None = None, calls: int = 0,
          tokens: tuple[int, int] = (0, 0), schema_failures: int = 0) -> TurnRecord:
    return TurnRecord(user="hi", reply="hello", latency_ms=10.0, model=ModelLedger(
        decisions=decisions, fallbacks=fallbacks or {}, model_calls=calls, prompt_tokens=tokens[0],
        completion_tokens=tokens[1], schema_failures=schema_failures))


def _run(backend: str, *trials: TrialResult) -> RunResults:
    return RunResults(summary=summarise(list(trials), backend=backend, target="t", k=1, wall_seconds=1.0),
                      trials=list(trials))


def _trial(case: str, *turns: TurnRecord) -> TrialResult:
    return TrialResult(case=case, suite=case.split("/")[0], tags=[], trial=0, passed=True, turns=list(turns))


def test_a_run_whose_decisions_mostly_fell_back_says_so() -> None:
    timed_out = _turn({"resolver": 3}, {"timeout": 1, "hold_off": 2}, calls=1)
    results = _run("vllm", _trial("orders/a", timed_out, timed_out), _trial("security/b", _turn({"vllm": 2}, calls=2,
                                                                                                 tokens=(900, 40))))
    use = results.summary.model_use
    assert use is not None and use.decisions == 8 and use.fell_back == 6 and use.fallback_share == 0.75
    assert use.ledger.fallbacks == {"timeout": 2, "hold_off": 4}
    assert use.model_calls_per_turn == round(4 / 3, 3) and use.completion_tokens_per_turn == round(40 / 3, 1)
    assert use.headline("vllm").startswith("MOSTLY FELL BACK (75% of decisions by the resolver)")
    by_suite = results.summary.model_use_by_suite
    assert by_suite["orders"].fallback_share == 1.0 and by_suite["security"].fallback_share == 0.0
    assert "MOSTLY FELL BACK" in render_html(results)


def test_a_run_the_model_answered_has_a_plain_headline_with_its_figures() -> None:
    results = _run("vllm", _trial("orders/a", _turn({"vllm": 2}, calls=2, tokens=(1000, 60), schema_failures=0),
                                  _turn({"vllm": 1, "resolver": 1}, {"bad_output": 1}, calls=2, schema_failures=1)))
    headline = results.summary.model_use.headline("vllm")  # type: ignore[union-attr]
    assert not headline.startswith("MOSTLY")
    assert "decisions by vllm: 3/4" in headline and "bad_output 1" in headline and "schema failures 1" in headline
    assert "model calls/turn 2.00" in headline


def test_a_resolver_run_reports_no_fallbacks() -> None:
    results = _run("resolver", _trial("orders/a", _turn({"resolver": 2})))
    assert results.summary.model_use.fell_back == 0  # type: ignore[union-attr]
    assert "all by the resolver" in results.summary.model_use.headline("resolver")  # type: ignore[union-attr]
