"""`vitrine eval retrieval`: the retrieval metrics table per embedder setup, written as a report."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markdown import Markdown

from evals.retrieval.report import markdown
from evals.retrieval.runner import EmbedderSetup, run_retrieval_eval
from tools.catalog.embedders import EmbedderConfig

HERE = Path(__file__).resolve().parent


def retrieval(
    source: Path = typer.Argument(Path("../shared/data/magento-catalog"), help="Magento sample-data directory."),
    work_dir: Path = typer.Option(
        Path("var/eval-retrieval"), help="Where the eval indexes are kept (re-runs resume them)."
    ),
    sample: int | None = typer.Option(
        None,
        help="Only this many product colours for the photo and colour "
        "queries (text queries always cover the whole catalog).",
    ),
    clip_model: Path | None = typer.Option(
        None, help="A local CLIP model directory: adds a `clip` setup (text and photos through CLIP)."
    ),
    report: Path = typer.Option(HERE / "REPORT.md", help="Markdown report to write."),
    progress: bool = typer.Option(True, help="Show progress bars."),
    only_colour: bool = typer.Option(
        False, "--only-colour", help="Score only the colour reader (no index, text or photo queries)."
    ),
) -> None:
    """Score text, photo and colour retrieval on the Magento catalog and print the metrics per embedder."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    setups = [EmbedderSetup(label="minilm+descriptor", config=EmbedderConfig())]
    if clip_model is not None:
        setups.append(
            EmbedderSetup(
                label="clip",
                config=EmbedderConfig(text_embedder="clip", image_embedder="clip", clip_model=str(clip_model)),
            )
        )
    if only_colour:
        setups = []
    result = run_retrieval_eval(source, setups, work_dir=work_dir, sample=sample, progress=progress)
    text = markdown(result, "vitrine eval retrieval " + shlex.join(sys.argv[3:]))
    report.write_text(text)
    report.with_suffix(".json").write_text(result.model_dump_json(indent=2))
    Console().print(Markdown(text))


def unseen_views(
    source: Path = typer.Argument(Path("../shared/data/magento-catalog"), help="Magento sample-data directory."),
    work_dir: Path = typer.Option(Path("var/eval-unseen"), help="Where view features are cached (re-runs reuse them)."),
    seed: int = typer.Option(11, help="Seed of the phone degradations."),
    threads: int = typer.Option(2, help="Torch threads."),
    report: Path = typer.Option(HERE / "UNSEEN_VIEWS.md", help="Markdown report to write."),
    progress: bool = typer.Option(True, help="Show progress bars."),
) -> None:
    """Photo -> product on views never indexed (leave-one-view-out), photos degraded like a phone's."""
    import torch

    from evals.retrieval.unseen_views import markdown as unseen_markdown
    from evals.retrieval.unseen_views import run_unseen_view_eval

    torch.set_num_threads(threads)
    result = run_unseen_view_eval(source, work_dir=work_dir, seed=seed, progress=progress)
    text = unseen_markdown(result, "vitrine eval unseen-views " + shlex.join(sys.argv[3:]))
    report.write_text(text)
    report.with_suffix(".json").write_text(result.model_dump_json(indent=2))
    Console().print(Markdown(text))


def register(app: typer.Typer) -> None:
    app.command("retrieval")(retrieval)
    app.command("unseen-views")(unseen_views)
