"""`vitrine eval run SUITE_OR_DIR` and `vitrine eval compare A.json B.json` for the conversation suites."""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from evals.conversations.compare import compare_runs
from evals.conversations.report import write_html
from evals.conversations.results import RunResults, TrialResult
from evals.conversations.suite import load_cases

console = Console()


def run(
    target: Path = typer.Argument(..., help="A suite YAML file, or a folder of them (e.g. evals/suites)."),
    backend: str = typer.Option("resolver", help="resolver (offline), vllm (VITRINE_MODEL__VLLM_BASE_URL) or local."),
    trials: int = typer.Option(1, min=1, help="Runs per case; the summary reports pass^1 .. pass^k."),
    workers: int = typer.Option(2, min=1, help="Cases run concurrently, each on its own store copy."),
    tags: list[str] = typer.Option(None, "--tags", help="Only cases with one of these tags (repeatable), e.g. ci."),
    out: Path = typer.Option(Path("var/evals/latest"), help="Folder for results.json and report.html."),
    rebuild: bool = typer.Option(False, help="Rebuild the cached base store and index first."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help="Folder for the cached base store and index "
                                   "(default var/evals/shop); one run at a time per folder."),
    min_pass: float = typer.Option(0.0, help="Exit 1 when pass^1 is below this (e.g. 0.9 in CI)."),
) -> None:
    """Run conversation eval cases through the agent and write JSON results and a self-contained HTML
    report. Each case starts from a fresh copy of the base store (tau-retail + demo catalog + demo shop)."""
    from assistant.settings import load_settings
    from evals.conversations.runner import run_cases
    from evals.conversations.shop import DEFAULT_CACHE, CacheBusy

    if backend not in ("resolver", "vllm", "local"):
        raise typer.BadParameter("backend must be resolver, vllm or local")
    cases = load_cases(target, tags or None)
    if not cases:
        raise typer.BadParameter(f"no cases in {target} with tags {tags}")
    settings = load_settings()
    settings.model.backend = backend  # type: ignore[assignment]
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as bar:
        task = bar.add_task("cases", total=len(cases) * trials)

        def advance(result: TrialResult) -> None:
            bar.update(task, advance=1, description=f"{'ok ' if result.passed else 'FAIL'} {result.case}")

        try:
            results = asyncio.run(run_cases(cases, settings, backend_name=backend, target=str(target),
                                            trials=trials, workers=workers, cache=cache_dir or DEFAULT_CACHE,
                                            rebuild=rebuild, progress=advance))
        except CacheBusy as busy:
            console.print(f"[red]{busy}[/red]")
            raise typer.Exit(2) from None
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(results.model_dump_json(indent=2))
    write_html(results, out / "report.html")
    _print_summary(results, out)
    if results.summary.pass_k["pass^1"] < min_pass:
        raise typer.Exit(1)


def _print_summary(results: RunResults, out: Path) -> None:
    for trial in results.trials:
        if not trial.passed and not trial.skipped:
            console.print(f"[red]FAIL[/red] {trial.case} (trial {trial.trial}): " + "; ".join(trial.problems))
    s = results.summary
    table = Table("suite", "cases", "pass^1", "decisions", "fell back", "schema fail", "calls/turn", "tokens/turn")
    for suite, breakdown in s.by_suite.items():
        use = s.model_use_by_suite.get(suite)
        table.add_row(suite, str(breakdown.cases), f"{breakdown.pass_1:.1%}", *(
            [str(use.decisions), f"{use.fell_back} ({use.fallback_share:.0%})", str(use.ledger.schema_failures),
             f"{use.model_calls_per_turn:.2f}",
             f"{use.prompt_tokens_per_turn:.0f}/{use.completion_tokens_per_turn:.0f}"] if use else ["-"] * 5))
    console.print(table)
    rates = ", ".join(f"{k} {v:.1%}" for k, v in s.pass_k.items())
    console.print(f"{s.cases} cases × {s.trials} trials ({s.skipped} skipped, {s.invalid} invalid simulations): {rates}"
                  + f"; turn latency p50 {s.turn_latency_ms['p50']} ms, p95 {s.turn_latency_ms['p95']} ms;"
                  + f" tokens {s.tokens['prompt'] if s.tokens['prompt'] is not None else 'n/a'};"
                  + f" {s.wall_seconds:.1f}s wall")
    if s.model_use is not None:
        headline = s.model_use.headline(s.backend)
        console.print(f"[bold red]{headline}[/bold red]" if headline.startswith("MOSTLY") else headline)
    console.print(f"results: {out / 'results.json'}  report: {out / 'report.html'}")


def compare(
    a: Path = typer.Argument(..., help="results.json of the baseline run."),
    b: Path = typer.Argument(..., help="results.json of the new run."),
) -> None:
    """Show cases that passed in A and fail in B, and metric deltas. Exits 1 on any regression."""
    comparison = compare_runs(RunResults.model_validate_json(a.read_text()),
                              RunResults.model_validate_json(b.read_text()))
    table = Table("metric", "A", "B", "delta")
    for metric, (va, vb, delta) in comparison.deltas.items():
        table.add_row(metric, f"{va:g}", f"{vb:g}", f"{delta:+g}")
    console.print(table)
    for case in comparison.fixes:
        console.print(f"[green]fixed[/green] {case}")
    for case in comparison.only_in_a + comparison.only_in_b:
        console.print(f"[yellow]in one run only[/yellow] {case}")
    for case in comparison.regressions:
        console.print(f"[red]REGRESSION[/red] {case}")
    console.print(f"{len(comparison.regressions)} regression(s), {len(comparison.fixes)} fix(es)")
    if comparison.regressed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("compare")(compare)
