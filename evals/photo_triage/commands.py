"""`vitrine eval photo-triage`: photo-only triage accuracy, verdict confidence fitted and its reliability."""

from __future__ import annotations

import shlex
import sys
import time
from pathlib import Path

import typer

from assistant.models.resolver.photo_confidence import MODEL_PATH, ConfidenceModel
from evals.photo_triage.calibrate import fit_confidence, logistic, reliability
from evals.photo_triage.cases import build_cases
from evals.photo_triage.escalation import choose_bar
from evals.photo_triage.report import markdown
from evals.photo_triage.runner import catalog_index, run_cases, verdict_times

HERE = Path(__file__).resolve().parent


def photo_triage(
    source: Path = typer.Argument(Path("../shared/data/magento-catalog"), help="Magento sample-data directory."),
    work_dir: Path = typer.Option(Path("var/eval-photo-triage"), help="Where the eval index is kept."),
    saved_views: Path = typer.Option(
        Path("var/eval-unseen/index-blocks-1.npz"), help="Catalog view features saved by `vitrine eval unseen-views`."
    ),
    per_truth: int = typer.Option(16, help="Holdout cases per truth (ok, wrong colour, wrong item, defect, damage)."),
    train_per_truth: int = typer.Option(40, help="Train-product cases per truth the confidence is fitted on."),
    fit: bool = typer.Option(False, "--fit", help=f"Refit {MODEL_PATH.name} on train-product cases first."),
    seed: int = typer.Option(5),
    timed: int = typer.Option(20, help="Holdout cases whose whole verdict is timed (nothing cached)."),
    threads: int = typer.Option(1, help="Torch threads (more than the free cores only slows a shared host)."),
    report: Path = typer.Option(HERE / "REPORT.md", help="Markdown report to write."),
) -> None:
    """Triage of catalog-made complaint photos with a neutral message; the confidence's reliability table.

    Each case's comparison with the catalog is kept in `work_dir` (`comparisons-*.pkl`), so a re-run after
    refitting the damage reader or the confidence only reads the damage and triages again."""
    import torch

    torch.set_num_threads(threads)
    started = time.perf_counter()
    index = catalog_index(source, work_dir, saved_views)
    images = source / "images"
    fitted_on, chosen = None, None
    if fit:
        cases = build_cases(source, "train", train_per_truth, seed)
        train = run_cases(index, cases, images, work_dir / f"comparisons-train-{train_per_truth}-{seed}.pkl")
        chosen = choose_bar(train, logistic)
        model = fit_confidence(train, f"{len(train)} verdicts on train-product cases", chosen.bar)
        MODEL_PATH.write_text(model.model_dump_json(indent=1))
        fitted_on = train
    model = ConfidenceModel.model_validate_json(MODEL_PATH.read_text())
    cases = build_cases(source, "holdout", per_truth, seed + 1)
    heldout = run_cases(index, cases, images, work_dir / f"comparisons-holdout-{per_truth}-{seed + 1}.pkl")
    table = reliability(heldout, model, model.escalate_below)
    times = verdict_times(index, cases[: timed + 1], images)
    text = markdown(
        heldout,
        table,
        fitted_on,
        chosen,
        model.escalate_below,
        "vitrine eval photo-triage " + shlex.join(sys.argv[3:]),
        time.perf_counter() - started,
        times,
    )
    report.write_text(text)
    typer.echo(text)


def register(app: typer.Typer) -> None:
    app.command("photo-triage")(photo_triage)
