"""`vitrine eval run` end to end on the resolver: the CI subset, a failing expectation, the reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.models.resolver.backend import ResolverBackend
from assistant.settings import Settings
from evals.cli import app
from evals.conversations.metering import MeteredBackend
from evals.conversations.report import write_html
from evals.conversations.runner import run_cases
from evals.conversations.suite import Case, load_cases
from tests.integration.evals.conftest import SUITES

CI_SAMPLE = ["wrong-colour-hoodie-exchanged", "dev-011-cancel-ordered-by-mistake", "asks-for-a-human",
             "instructions-in-photo-cancel-order", "write-with-confirmation-in-advance"]


async def test_a_ci_sample_passes_each_case_on_its_own_store(settings: Settings, resolver: ResolverBackend,
                                                             eval_cache: Path, tmp_path: Path) -> None:
    cases = [c for c in load_cases(SUITES, ["ci"]) if c.id in CI_SAMPLE]
    assert len(cases) == len(CI_SAMPLE)
    results = await run_cases(cases, settings, backend_name="resolver", target="ci", workers=2, cache=eval_cache,
                              backend=MeteredBackend(resolver), hooks={})  # metered, as `vitrine eval run` does
    failures = {t.case: t.problems for t in results.trials if not t.passed}
    assert not failures
    exchanged = next(t for t in results.trials if t.case.endswith("wrong-colour-hoodie-exchanged"))
    assert [c["name"] for c in exchanged.tool_calls][-2:] == ["exchange_delivered_order_items", "open_ticket"]
    assert results.summary.by_suite["security"].pass_1 == 1.0
    assert results.summary.turn_latency_ms["turns"] >= 10 and results.summary.tokens["prompt"] is None
    # every turn's ledger saw its decisions (the graph's tasks write into the turn's ledger)
    turns = [turn for t in results.trials for turn in t.turns]
    assert all(turn.model and turn.model.decisions.get("resolver", 0) >= 1 for turn in turns)
    assert results.summary.model_use.fell_back == 0 and results.summary.model_use.ledger.model_calls == 0
    write_html(results, tmp_path / "report.html")
    assert "wrong-colour-hoodie-exchanged" in (tmp_path / "report.html").read_text()


async def test_a_wrong_expectation_fails_with_what_happened(settings: Settings, resolver: ResolverBackend,
                                                            eval_cache: Path) -> None:
    declined = next(c for c in load_cases(SUITES / "photo-complaints.yaml")
                    if c.id == "wrong-colour-declined-changes-nothing")
    wrong = Case.model_validate({**declined.model_dump(), "expect": {
        "actions": {"calls": [{"name": "exchange_delivered_order_items"}]},
        "store": {"orders": [{"id": "#D9000001", "status": "exchange requested"}]},
        "reply": {"facts": ["VT-"]}}})
    results = await run_cases([wrong], settings, backend_name="resolver", target="t", cache=eval_cache,
                              backend=resolver, hooks={})
    (trial,) = results.trials
    assert not trial.passed and results.summary.pass_k["pass^1"] == 0.0
    assert any("expected status 'exchange requested', got 'delivered'" in p for p in trial.problems)
    assert any(p.startswith("trajectory") for p in trial.problems)
    assert any("VT-" in p for p in trial.problems)


def test_compare_exits_non_zero_on_a_regression(tmp_path: Path) -> None:
    from tests.unit.evals.test_results_and_reports import run, trial

    (tmp_path / "a.json").write_text(run(trial("s/a", True), trial("s/b", True)).model_dump_json())
    (tmp_path / "b.json").write_text(run(trial("s/a", True), trial("s/b", False)).model_dump_json())
    runner = CliRunner()
    same = runner.invoke(app, ["compare", str(tmp_path / "a.json"), str(tmp_path / "a.json")])
    worse = runner.invoke(app, ["compare", str(tmp_path / "a.json"), str(tmp_path / "b.json")])
    assert same.exit_code == 0 and "0 regression(s)" in same.output
    assert worse.exit_code == 1 and "REGRESSION" in worse.output and "s/b" in worse.output


async def test_a_second_run_on_the_same_cache_is_refused_with_what_to_do(
    settings: Settings, resolver: ResolverBackend, tmp_path: Path
) -> None:
    from evals.conversations.shop import CacheBusy, cache_lock

    cache = tmp_path / "shop"
    with cache_lock(cache), pytest.raises(CacheBusy, match="--cache-dir"):
        await run_cases([], settings, backend_name="resolver", target="t", cache=cache, backend=resolver, hooks={})
