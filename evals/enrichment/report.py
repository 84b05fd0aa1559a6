"""The eval's JSON document and its Markdown rendering (evals/enrichment/REPORT.md)."""

from __future__ import annotations

from pydantic import BaseModel

from evals.enrichment.metrics import AttributeScore
from tools.catalog.enrichment.labels import OUT_OF_SCOPE

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
        f"({report.heads_model_version}), fitted on every product by `vitrine eval enrichment --fit`.",
        "",
        f"Time per photo, shipped reader end to end on this (shared, loaded) 2-core host: "
        f"**{report.seconds_per_photo * 1000:.0f} ms** ({report.timed_photos} photos).",
        "",
        "## Per attribute, out of fold",
        "",
        "A suggestion is right when it is one of the catalog's values for the product (styles are multi-valued: "
        "`Workout Pants|Sweatpants|Track Pants`); *primary* counts it right only when it is the first value of "
        "the visible-style priority list (tools/catalog/enrichment/labels.py). Macro recall: the mean over the "
        "catalog's (primary) classes. Fold spread: standard deviation of the per-fold macro recall.",
        "",
        "| attribute | target | n | macro recall (pooled) | accuracy | primary: macro recall / accuracy | "
        "fold spread | single photo: n, macro recall, accuracy |",
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
            f"{pooled.fold_macro_recall_std:.3f} | "
            + (f"{single.count}, {single.macro_recall:.3f}, {single.accuracy:.3f} |" if single else "- |")
        )
    lines += ["", "## Recall by class and confusions (pooled)", ""]
    for name, score in report.pooled.items():
        recalls = ", ".join(
            f"{c} {r:.2f} ({score.support_by_class[c]})" for c, r in score.recall_by_class.items()
        )
        confusions = sorted(
            ((n, t, p) for t, row in score.confusion.items() for p, n in row.items() if p != t), reverse=True
        )[:6]
        lines.append(f"- **{name}**: {recalls}.")
        if confusions:
            lines.append("  Most frequent confusions (catalog -> read): "
                         + ", ".join(f"{t} -> {p} x{n}" for n, t, p in confusions) + ".")
    lines += ["", "## Out of scope", ""]
    lines += [f"- `{name}`: {why}." for name, why in OUT_OF_SCOPE.items()]
    return "\n".join(lines) + "\n"


def out_of_scope() -> dict[str, str]:
    return dict(OUT_OF_SCOPE)
