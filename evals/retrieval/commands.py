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
DEFAULT_CACHE = Path("var/eval-unseen/features")  # as feature_cache.DEFAULT_CACHE (not imported: torch)


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
    # The report's figures are for the descriptor (the default until the learned head): pinned so the label holds.
    setups = [EmbedderSetup(label="minilm+descriptor", config=EmbedderConfig(image_embedder="descriptor"))]
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
    cache: Path = typer.Option(DEFAULT_CACHE, help="Backbone features per photo and seed (re-runs reuse them)."),
    seed: int = typer.Option(11, help="Seed of the phone degradations."),
    folds: int = typer.Option(3, help="Product-grouped folds for the head's spread (0: none)."),
    threads: int = typer.Option(1, help="Torch threads."),
    report: Path = typer.Option(HERE / "UNSEEN_VIEWS.md", help="Markdown report to write."),
    progress: bool = typer.Option(True, help="Show progress bars."),
) -> None:
    """Photo -> product on views never indexed (leave-one-view-out), photos degraded like a phone's."""
    import torch

    from evals.retrieval.unseen_views import markdown as unseen_markdown
    from evals.retrieval.unseen_views import run_unseen_view_eval

    torch.set_num_threads(threads)
    result = run_unseen_view_eval(source, seed=seed, cache=cache, folds=folds, progress=progress)
    text = unseen_markdown(result, "vitrine eval unseen-views " + shlex.join(sys.argv[3:]))
    report.write_text(text)
    report.with_suffix(".json").write_text(result.model_dump_json(indent=2))
    Console().print(Markdown(text))


def train_photo_head(
    source: Path = typer.Argument(Path("../shared/data/magento-catalog"), help="Magento sample-data directory."),
    cache: Path = typer.Option(DEFAULT_CACHE, help="Backbone features per photo and seed (re-runs reuse them)."),
    out: Path = typer.Option(Path("tools/catalog/photo_head.npz"), help="Head file to write."),
    backbone: str = typer.Option("lite0", help="lite0, lite1 or lite2 (the last two need their weight wheels)."),
    gem_p: float = typer.Option(3.0, help="GeM exponent (1: mean pooling)."),
    use_mid: bool = typer.Option(True, help="Also pool the stride-16 map."),
    hidden_dim: int = typer.Option(0, help="Hidden units (0: a linear head)."),
    output_dim: int = typer.Option(256, help="Output size."),
    steps: int = typer.Option(300, help="Full-batch training steps."),
    temperature: float = typer.Option(0.07, help="Contrastive temperature."),
    windows: int = typer.Option(1, help="Extra samples per photo pooled over a random part of the maps."),
    colour_weight: float = typer.Option(
        0.6, help="Colour block weight next to the head's output (0.6: best colour r@1 at full product r@5 on train)."
    ),
    threads: int = typer.Option(1, help="Torch threads."),
) -> None:
    """Train the photo head on the `train` products' cached features (never the holdout) and write it."""
    import torch

    from evals.retrieval.head_train import TrainConfig, load_features, standard_products, train_head
    from tools.catalog.photo_head import Pooling

    torch.set_num_threads(threads)
    pooling = Pooling(backbone=backbone, gem_p=gem_p, use_mid=use_mid, mirror=True)
    config = TrainConfig(hidden_dim=hidden_dim, output_dim=output_dim, steps=steps, temperature=temperature,
                         windows=windows)
    features = load_features(source, backbone, eval_seed=11, cache=cache)
    head = train_head(features, pooling, standard_products(features), config, colour_weight, "the train products")
    head.save(out)
    Console().print(f"wrote {out} ({out.stat().st_size} bytes): {head.spec.model_dump_json()}")


def register(app: typer.Typer) -> None:
    app.command("retrieval")(retrieval)
    app.command("unseen-views")(unseen_views)
    app.command("train-photo-head")(train_photo_head)
