"""The eval's JSON document and its Markdown rendering (evals/enrichment/REPORT.md)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from evals.enrichment.metrics import AttributeScore
from tools.catalog.enrichment.labels import OUT_OF_SCOPE

BENCH = Path(__file__).resolve().parents[1] / "bench" / "results" / "enrichment_bench.json"
NOTES = (Path(__file__).resolve().parent / "notes.md").read_text(encoding="utf-8")  # how it reads, experiments
MATRICES = ("color", "style_general", "style_bottom", "pattern")  # attributes whose whole confusion table is shown
RARE = 5  # a class with fewer catalog products (colourways) than this is marked rare: its recall moves in big steps
# Main's report (heads enrich-lite0-lr-bal-a241ceff, its protocol: the heads' C chosen on the scored folds,
# product groups, the borrowed bag photos): pooled macro recall, accuracy, sd of the per-fold macro recall.
BEFORE = {
    "category": (0.919, 0.921, 0.032), "gender": (0.987, 0.986, 0.025), "pattern": (0.406, 0.850, 0.110),
    "color": (0.793, 0.888, 0.038), "style_general": (0.731, 0.871, 0.098), "style_bottom": (0.621, 0.633, 0.185),
    "length": (0.794, 0.878, 0.108), "gear_category": (0.976, 0.977, 0.044),
}
# Main's reader under this protocol (`python -m evals.enrichment.experiments protocol nested+recall`: each head's
# C by inner folds' macro recall, photo-sharing groups, the labels fixed, each colourway's own colour).
BEFORE_NESTED = {
    "category": (0.898, 0.900, 0.028), "gender": (0.980, 0.980, 0.017), "pattern": (0.436, 0.796, 0.059),
    "color": (0.758, 0.877, 0.051), "style_general": (0.704, 0.847, 0.070), "style_bottom": (0.596, 0.612, 0.180),
    "length": (0.816, 0.878, 0.119), "gear_category": (0.984, 0.977, 0.033),
}
# The third round's reader (one view: the subject crop), nested, reproduced in the fourth round by
# `python -m evals.enrichment.experiments protocol nested+distinct`: what the two-view reader is compared with.
BEFORE_ONE_VIEW = {
    "category": (0.908, 0.906, 0.033), "gender": (0.980, 0.980, 0.018), "pattern": (0.430, 0.762, 0.061),
    "color": (0.767, 0.884, 0.055), "style_general": (0.742, 0.871, 0.027), "style_bottom": (0.671, 0.714, 0.098),
    "length": (0.858, 0.898, 0.035), "gear_category": (0.952, 0.932, 0.045),
}
TARGETS = {"category": 0.92, "gender": 0.92, "style_general": 0.92, "style_bottom": 0.92, "color": 0.9}


class EnrichmentReport(BaseModel):
    command: str
    catalog: str
    photos: int
    products: int
    folds: int
    heads_model_version: str
    pooled: dict[str, AttributeScore]  # all of a product's photos read together (colours: a colourway's views)
    single_photo: dict[str, AttributeScore]  # each photo read alone
    seconds_per_photo: float  # the shipped reader end to end (decode, cut-out, network, heads, colour)
    timed_photos: int
    feature_seconds_per_photo: float  # building the eval's feature cache (all three garment regions' colours)
    fold_choices: list[str] = []  # what each outer fold's inner folds chose (the heads' and colour's C)
    out_of_scope: dict[str, str]


def markdown(report: EnrichmentReport) -> str:
    lines = [
        "# Catalog enrichment: attributes read from product photos (issue 19)",
        "",
        f"Command: `{report.command}`",
        "",
        f"Catalog `{report.catalog}`: {report.photos} photos of {report.products} products (every view of every "
        f"colourway). {report.folds}-fold cross-validation grouped by product (all photos of a product in one "
        "fold, folds balanced by category): the heads and the colour classifier are refitted on the other folds' "
        "products for each fold. Shipped heads: `tools/catalog/enrichment/heads.json` "
        f"({report.heads_model_version}) and the colour classifier `tools/catalog/enrichment/colour_model.json`, "
        "fitted on every product by `vitrine eval enrichment --fit`.",
        "",
        "Every choice of the fit is made inside each training fold (nested): each head's C and the colour "
        "classifier's C by inner product-grouped folds of the training products only. Products that share a "
        "photo (the stability ball in three sizes, the yoga strap in three lengths) are one group.",
        "",
        f"Time per photo, shipped reader end to end on this (shared, loaded) 2-core host: "
        f"**{report.seconds_per_photo * 1000:.0f} ms** ({report.timed_photos} photos).",
        "",
        "## Per attribute, out of fold",
        "",
        "A suggestion is right when it is one of the catalog's values for the product (styles are multi-valued: "
        "`Workout Pants|Sweatpants|Track Pants`); *primary* counts it right only when it is the first value of "
        "the visible-style priority list (tools/catalog/enrichment/labels.py). Macro recall: the mean over the "
        "catalog's (primary) classes. Folds: mean and standard deviation of the per-fold macro recall (a fold "
        "holds a fifth of the products, so rare classes are missing from some folds).",
        "",
        "| attribute | target | n | macro recall (pooled) | accuracy | primary: macro recall / accuracy | "
        "folds: mean ± sd | single photo: n, macro recall, accuracy |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, pooled in report.pooled.items():
        single = report.single_photo.get(name)
        target = TARGETS.get(name)
        met = "" if target is None else (" (met)" if pooled.macro_recall >= target else " (below)")
        lines.append(
            f"| {name} | {'-' if target is None else f'>= {target}'} | {pooled.count} | "
            f"**{pooled.macro_recall:.3f}**{met} | {pooled.accuracy:.3f} | "
            f"{pooled.macro_recall_primary:.3f} / {pooled.accuracy_primary:.3f} | "
            f"{fmean(pooled.fold_macro_recall):.3f} ± {pooled.fold_macro_recall_std:.3f} | "
            + (f"{single.count}, {single.macro_recall:.3f}, {single.accuracy:.3f} |" if single else "- |")
        )
    lines += ["", "## Before and after (pooled macro recall, accuracy, sd across folds)", "",
              "*Main, its protocol*: main's report (the heads' C chosen on the scored folds, product groups, the "
              "borrowed bag photos in the bra tops). *Main's reader, nested*: the same reader under this "
              "protocol (C by inner folds, photo-sharing groups, the labels fixed; "
              "`python -m evals.enrichment.experiments protocol nested+recall`). *One view, nested*: the third "
              "round's reader (the subject crop only; `... protocol nested+distinct`, rerun in the fourth round: "
              "the same figures). *After*: this reader, this protocol. The change is against the one-view reader.",
              "",
              "| attribute | main, its protocol | main's reader, nested | one view, nested | after (nested) | change |",
              "|---|---|---|---|---|---|"]
    for name, pooled in report.pooled.items():
        if name in BEFORE and name in BEFORE_NESTED and name in BEFORE_ONE_VIEW:
            old, nested, one_view = BEFORE[name], BEFORE_NESTED[name], BEFORE_ONE_VIEW[name]
            lines.append(f"| {name} | {_figures(old)} | {_figures(nested)} | {_figures(one_view)} | "
                         f"{pooled.macro_recall:.3f} ({pooled.accuracy:.3f}), sd {pooled.fold_macro_recall_std:.3f} | "
                         f"{pooled.macro_recall - one_view[0]:+.3f} |")
    if report.fold_choices:
        lines += ["", "Chosen inside each outer fold: "
                  + "; ".join(f"fold {k}: {choice.removeprefix('cross-validation; ')}"
                             for k, choice in enumerate(report.fold_choices)) + "."]
    lines += ["", "## Recall by class and confusions (pooled)", ""]
    for name, score in report.pooled.items():
        recalls = ", ".join(
            f"{c} {r:.2f} ({score.support_by_class[c]})" for c, r in score.recall_by_class.items()
        )
        confusions = sorted(
            ((n, t, p) for t, row in score.confusion.items() for p, n in row.items() if p != t), reverse=True
        )[:6]
        rare = [c for c, n in score.support_by_class.items() if n < RARE]
        lines.append(f"- **{name}**: {recalls}." + (f" Rare (< {RARE}): {', '.join(rare)}." if rare else ""))
        if confusions:
            lines.append("  Most frequent confusions (catalog -> read): "
                         + ", ".join(f"{t} -> {p} x{n}" for n, t, p in confusions) + ".")
    lines += ["", "## Confusion tables (pooled; rows: catalog, columns: read)", "",
              "Rows are the catalog's primary value (its support in brackets), columns what the reader suggested; "
              "a cell off the diagonal still counts as a hit when the product carries that value too (styles are "
              "multi-valued: every Snug product is also Basic), which is why some recalls exceed the diagonal.",
              ""]
    for name in MATRICES:
        if name in report.pooled:
            lines += [f"### {name}", "", *confusion_table(report.pooled[name]), ""]
    if BENCH.is_file():
        bench = json.loads(BENCH.read_text(encoding="utf-8"))
        rates = bench["photos_per_second"]
        lines += ["", "## Throughput (evals/bench/results/enrichment_bench.md)", "",
                  f"`{bench['command']}`: {bench['photos']} photos of {bench['products']} products, enrichment "
                  f"{rates['enrichment']:.2f} photos/s vs the bare encoder {rates['encoder']:.2f} photos/s on the "
                  f"same photos: **{bench['enrichment_vs_encoder']:.0%}** (target >= 90 %)."]
    lines += ["", NOTES.rstrip()]
    lines += ["", "## Out of scope", ""]
    lines += [f"- `{name}`: {why}." for name, why in OUT_OF_SCOPE.items()]
    return "\n".join(lines) + "\n"


def confusion_table(score: AttributeScore) -> list[str]:
    """The whole confusion table as Markdown rows: catalog class per row, read value per column."""
    truths = list(score.confusion)
    read = sorted({p for row in score.confusion.values() for p in row} - set(truths))
    columns = truths + read
    lines = ["| catalog \\ read | " + " | ".join(columns) + " | recall |",
             "|---" * (len(columns) + 2) + "|"]
    for truth in truths:
        row = score.confusion[truth]
        cells = [(f"**{row[c]}**" if c == truth else str(row[c])) if row.get(c) else "." for c in columns]
        lines.append(f"| {truth} ({score.support_by_class[truth]}) | " + " | ".join(cells)
                     + f" | {score.recall_by_class[truth]:.2f} |")
    return lines


def _figures(figures: tuple[float, float, float]) -> str:
    recall, accuracy, spread = figures
    return f"{recall:.3f} ({accuracy:.3f}), sd {spread:.3f}"


def fmean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def out_of_scope() -> dict[str, str]:
    return dict(OUT_OF_SCOPE)
