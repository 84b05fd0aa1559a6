"""`vitrine eval enrichment`: the attribute reader scored with product-grouped cross-validation on the
Magento catalog; `--fit` refits the shipped heads on every product first."""

from __future__ import annotations

import hashlib
import shlex
import sys
import time
from pathlib import Path

import typer

from evals.enrichment.crossval import FOLDS, cross_validate
from evals.enrichment.dataset import PhotoTable, photo_table
from evals.enrichment.fit import fit_colour, fit_heads
from evals.enrichment.metrics import score
from evals.enrichment.report import EnrichmentReport, markdown, out_of_scope
from tools.catalog.enrichment.colour_head import COLOUR_HEAD_PATH
from tools.catalog.enrichment.heads import HEADS_PATH, load_heads
from tools.catalog.enrichment.run import enrich_products
from tools.catalog.magento import read_magento_catalog

HERE = Path(__file__).resolve().parent
TIMED_PRODUCTS = 8


def enrichment(
    source: Path = typer.Argument(Path("../shared/data/magento-catalog"), help="Magento sample-data directory."),
    json_out: Path | None = typer.Option(None, "--json", help="Write the figures as JSON here."),
    work_dir: Path = typer.Option(Path("var/eval-enrichment"), help="Where the photo features are cached."),
    fit: bool = typer.Option(False, "--fit", help=f"Refit {HEADS_PATH.name} and the colour classifier on every "
                                                  "product first."),
    report: Path = typer.Option(HERE / "REPORT.md", help="Markdown report to write."),
    folds: int = typer.Option(FOLDS, help="Cross-validation folds (grouped by product)."),
) -> None:
    """Per-attribute accuracy, macro recall, confusions and fold spread of the photo attribute reader."""
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(1)
    # One BLAS thread: on a shared host, threads that wait for a core made each head fit 20-40x slower.
    threadpool_limits(1)
    table = photo_table(source, work_dir)
    if fit:
        refit_shipped(table)
    heads = load_heads()
    pooled, single = cross_validate(table, folds)
    seconds, timed = _time_reader(source)
    result = EnrichmentReport(
        command="vitrine eval enrichment " + shlex.join(sys.argv[3:]),
        catalog=str(source),
        photos=len(table.photos),
        products=len({p.product_id for p in table.photos}),
        folds=folds,
        heads_model_version=heads.model_version,
        pooled={a.value: score(rows) for a, rows in pooled.rows.items()},
        single_photo={a.value: score(rows) for a, rows in single.rows.items()},
        seconds_per_photo=round(seconds, 4),
        timed_photos=timed,
        fold_choices=pooled.chosen,
        feature_seconds_per_photo=round(table.seconds_per_photo, 4),
        out_of_scope=out_of_scope(),
    )
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(result.model_dump_json(indent=1) + "\n", encoding="utf-8")
    text = markdown(result)
    report.write_text(text, encoding="utf-8")
    typer.echo(text)


def refit_shipped(table: PhotoTable) -> None:
    """Refit the shipped heads and colour classifier on every product (their C chosen by inner folds)."""
    rows = list(range(len(table.photos)))
    heads = fit_heads(table, rows, model_version="pending", fitted_on="")
    colour = fit_colour(table, rows)
    products = len({p.product_id for p in table.photos})
    colour = colour.model_copy(update={"fitted_on": f"{colour.fitted_on} (chosen by inner product-grouped "
                                       f"folds), on {len(rows)} photos of {products} Magento catalog products "
                                       "and the palette swatches; command: vitrine eval enrichment --fit"})
    COLOUR_HEAD_PATH.write_text(colour.model_dump_json() + "\n", encoding="utf-8")
    digest = hashlib.sha256((heads.model_dump_json() + colour.model_dump_json()).encode()).hexdigest()[:8]
    heads = heads.model_copy(update={
        "model_version": f"enrich-lite0-lr-bal-{digest}",
        "fitted_on": f"{len(rows)} photos of {products} Magento catalog products, {heads.fitted_on} (chosen by "
                     "inner product-grouped folds); command: vitrine eval enrichment --fit",
    })
    HEADS_PATH.write_text(heads.model_dump_json() + "\n", encoding="utf-8")


def _time_reader(source: Path) -> tuple[float, int]:
    """Seconds per photo of the shipped reader on a few products' photos (after one warm-up product)."""
    products = read_magento_catalog(source)[: TIMED_PRODUCTS + 1]
    enrich_products(products[:1], source / "images")
    photos = 0

    def count(n: int) -> None:
        nonlocal photos
        photos += n

    started = time.perf_counter()
    enrich_products(products[1:], source / "images", advance=count)
    return (time.perf_counter() - started) / max(photos, 1), photos


def register(app: typer.Typer) -> None:
    app.command("enrichment")(enrichment)
