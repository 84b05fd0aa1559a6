"""`vitrine eval photo-triage`: photo-only triage accuracy, verdict confidence fitted and its reliability."""

from __future__ import annotations

import shlex
import sys
import time
from pathlib import Path

import typer

from assistant.models.resolver.photo_confidence import MODEL_PATH, ConfidenceModel
from assistant.steps.complaint import ESCALATE_BELOW
from evals.photo_triage.calibrate import fit_confidence, reliability
from evals.photo_triage.cases import build_cases
from evals.photo_triage.report import markdown
from evals.photo_triage.runner import catalog_index, run_cases

HERE = Path(__file__).resolve().parent


def photo_triage(
    source: Path = typer.Argument(Path("../shared/data/magento-catalog"), help="Magento sample-data directory."),
    work_dir: Path = typer.Option(Path("var/eval-photo-triage"), help="Where the eval index is kept."),
    saved_views: Path = typer.Option(
        Path("var/eval-unseen/index-blocks-1.npz"), help="Catalog view features saved by `vitrine eval unseen-views`."
    ),
    per_truth: int = typer.Option(16, help="Cases per truth (ok, wrong colour, wrong item, defect, damage)."),
    fit: bool = typer.Option(False, "--fit", help=f"Refit {MODEL_PATH.name} on train-product cases first."),
    seed: int = typer.Option(5),
    report: Path = typer.Option(HERE / "REPORT.md", help="Markdown report to write."),
) -> None:
    """Triage of catalog-made complaint photos with a neutral message; the confidence's reliability table."""
    started = time.perf_counter()
    index = catalog_index(source, work_dir, saved_views)
    fitted_on = None
    if fit:
        train = run_cases(index, build_cases(source, "train", per_truth, seed))
        model = fit_confidence(train, f"{len(train)} verdicts on train-product cases")
        MODEL_PATH.write_text(model.model_dump_json(indent=1))
        fitted_on = train
    model = ConfidenceModel.model_validate_json(MODEL_PATH.read_text())
    heldout = run_cases(index, build_cases(source, "holdout", per_truth, seed + 1))
    table = reliability(heldout, model, ESCALATE_BELOW)
    text = markdown(
        heldout,
        table,
        fitted_on,
        "vitrine eval photo-triage " + shlex.join(sys.argv[3:]),
        time.perf_counter() - started,
    )
    report.write_text(text)
    typer.echo(text)


def register(app: typer.Typer) -> None:
    app.command("photo-triage")(photo_triage)
