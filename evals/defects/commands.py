"""`vitrine eval defects`: fit the defect reader on generator A, score it on generator B (held out)."""

from __future__ import annotations

import pickle
import shlex
import sys
from pathlib import Path

import typer

from evals.defects.dataset import DefectSet, build_samples
from evals.defects.fit import comparisons_of, fit_defect_model
from evals.defects.report import heldout_scores, markdown
from tools.catalog.defect_reference import Comparison
from tools.catalog.defects import MODEL_PATH, DefectModel

HERE = Path(__file__).resolve().parent
FEATURES_VERSION = 5  # 2: two-scale maps, the reference's maps, tilted fitting set, ok_small photos; 3: crops;
# 4: generator A draws defects over a wider range of sizes, and stains that cover as well as tint;
# 5: other_product photos
COMPARISON_VERSION = 2  # 1: with the memory of every catalog view (measured, not kept); 2: without it
HELDOUT_VERSION = 4  # 4: other_product photos (the other kinds' photos and maps are the same since version 3)


def load_samples(
    source: Path, work_dir: Path, *, heldout: bool, count: int, seed: int, generator: str = "B"
) -> DefectSet:
    """The samples' maps, computed once and kept in `work_dir` (a re-run with the same settings reads them)."""
    split = ("heldout" if generator == "B" else f"heldout{generator}") if heldout else "train"
    version = FEATURES_VERSION if not heldout else HELDOUT_VERSION
    path = work_dir / f"v{version}-{split}-{count}-{seed}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())  # noqa: S301 (our own cache)
    samples = build_samples(source, heldout=heldout, count=count, seed=seed, generator=generator)
    work_dir.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(samples))
    return samples


def cached_comparisons(data: DefectSet, work_dir: Path, name: str) -> list[Comparison]:
    """The set's comparisons with its references (the slow part of a fit), kept in `work_dir`: a refit with
    the same samples and comparison code reads them."""
    path = work_dir / f"comparisons-v{COMPARISON_VERSION}-{name}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())  # noqa: S301 (our own cache)
    comparisons = comparisons_of(data)
    path.write_bytes(pickle.dumps(comparisons))
    return comparisons


def defects(
    source: Path = typer.Argument(Path("../shared/data/magento-catalog"), help="Magento sample-data directory."),
    work_dir: Path = typer.Option(Path("var/eval-defects"), help="Where the photo maps are cached."),
    train_colours: int = typer.Option(100, help="Product colours (train products) to draw generator-A defects on."),
    heldout_colours: int = typer.Option(40, help="Product colours (holdout products) for generator B."),
    fit: bool = typer.Option(False, "--fit", help=f"Refit and write {MODEL_PATH.name} (else score the shipped one)."),
    seed: int = typer.Option(3),
    generator: str = typer.Option("B", help="Held-out generator: B (the suites' drawings) or C (drawn a third way)."),
    heldout_seed: int = typer.Option(3, help="Seed choosing the held-out product colours (generator C: 11)."),
    threads: int = typer.Option(1, help="Torch threads (more than the free cores only slows a shared host)."),
    report: Path = typer.Option(HERE / "REPORT.md", help="Markdown report to write."),
) -> None:
    """Defect and crushed-item recognition from the photo alone, on defects drawn by a held-out generator."""
    import torch

    torch.set_num_threads(threads)
    oof: dict[str, float] = {}
    if fit:
        train = load_samples(source, work_dir, heldout=False, count=train_colours, seed=seed)
        comparisons = cached_comparisons(train, work_dir, f"train-{train_colours}-{seed}")
        model, oof = fit_defect_model(
            train, f"generator A, {len(train.samples)} photos of {train_colours} train colours", comparisons
        )
        MODEL_PATH.write_text(model.model_dump_json(indent=1))
    model = DefectModel.model_validate_json(MODEL_PATH.read_text())
    heldout = load_samples(
        source, work_dir, heldout=True, count=heldout_colours, seed=heldout_seed, generator=generator
    )
    scores = heldout_scores(model, heldout)
    text = markdown(model, scores, oof, "vitrine eval defects " + shlex.join(sys.argv[3:]), generator)
    report.write_text(text)
    typer.echo(text)


def register(app: typer.Typer) -> None:
    app.command("defects")(defects)
