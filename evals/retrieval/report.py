"""Writes a retrieval run as a Markdown report (the tables `vitrine eval retrieval` prints) and JSON."""

from __future__ import annotations

from evals.retrieval.metrics import Metrics
from evals.retrieval.runner import ColourResult, RetrievalReport

NOTES = """## Notes

- Text queries are generated from catalog metadata only: one per (category leaf, colour, gender, material)
  present, worded from a few templates with shopper synonyms (trousers, t-shirt, ladies). Relevant = every
  product colour with all the asked attributes; recall@k is capped at k.
- Photo queries: every indexed main photo, reduced to 384 px, once per perturbation (off-centre crop keeping
  70-90% per side; 6-15 degree tilt with the corners cropped; brightness/contrast/colour cast; the studio
  white replaced by a random noisy colour). A hit is the right product among the top 5 products.
- Alternate views (`_alt1`, `_back`, ...) are never indexed; their numbers show how far a colour/layout
  descriptor carries to a different view, and are the first thing a CLIP model would change.
- The descriptor's block weights and tilt correction were tuned on this catalog's photos (different
  perturbation draws), so the photo numbers are in sample; the colour figure is out of fold (below).
- Colour: the cut-out estimates the backdrop from the photo's border (median CIELAB colour and spread), so
  a grey wall, a teal bedspread or wood grain is removed like studio white (tests/unit/catalog/test_colour.py
  composites catalog photos onto those backdrops); on a seamless studio backdrop the flood from the border
  stops at the garment's edges, which keeps white garments on studio white. The garment region's pixels then
  feed a small logistic regression (tools/catalog/colour_model.py; features in colour_features.py: soft
  CIELAB lightness x chroma x hue histogram, a vivid-accent hue histogram, the same two histograms of the
  garment's core, the core's 10th and 25th lightness percentiles, and the hand-set palette's names of the
  k-means clusters). The core is the garment region less a band along the subject's outline and along the
  wearer's skin, 6 % of the subject's shorter side deep (tools/catalog/colour.py `garment_masks`), so edges,
  straps, piping, cuffs and a waistband worn against the waist count as trim: the model can learn whether a
  colourway is named after the body or the trim. It is fitted on the catalog photos, one perturbed copy of
  each per perturbation (seeds the eval never scores) and flat palette swatches (named by the hand-set
  palette; they anchor colours the catalog has few photos of, e.g. 7 brown). The shipped file
  tools/catalog/colour_model.json is fitted on all products by `python -m evals.retrieval.colour_fit`; the
  figures above refit it per fold, so no photo is named by a model that saw its product.
- Choices the colour figure carries: ridge strength 50 was picked by that grouped CV before the swatches were
  added (catalog photos out of fold, L2 10 / 50 / 200: 0.866 / 0.888 / 0.888) and kept since (a swatch grid
  of every third swatch read 0.899 and was not adopted). The core/trim split was designed before scoring and
  each variant scored once at L2 50: whole-garment features only 0.893 (407/456); core cut from the subject's
  outline only 0.899 (410/456); core cut from the outline and the skin (shipped) 0.901 (411/456). The target
  is met by one photo, which is within the cross-validation's noise, and keeping the better of two variants is
  itself a small selection on it. Against the whole-garment features, now right: black shorts named after
  their green waistband (WSH04 Green), an orange hoodie with grey sleeves (MH01), a striped tank (WT04 Red),
  a brown jacket (WJ05), the pink stability ball (one photo of three Red variants); now wrong: a black jacket
  with blue trim (MJ04, read Blue), a white hoodie (WH07, read Gray), a lavender backpack with black straps
  (WB03 Purple, read Blue). Reading a 384 px photo takes about 30 ms instead of 19 ms.
- What the remaining misreads are (viewed on the photos): two-colour garments (colour-blocked hoodies,
  stripes), teal that the catalog calls Blue on one product and Green or Gray on others, trims the core does
  not separate (a purple waistband on black shorts, WSH05), and black plastic gear (watches, skipping ropes)
  lit to grey, which the core's dark percentiles did not fix. Skin, hair and background leaks were a minor
  share; white-balancing to the backdrop and narrowing the upper region to drop hair did not help in
  cross-validation, so they were left out.
- Qdrant Edge (`qdrant-edge-py`): `python -m evals.bench.edge_bench` loads the same points (the index's
  384-d text and 880-d image vectors) into local mode and into an Edge shard and runs the same queries;
  see evals/bench/results/edge_bench.md. p50 text / image query: 20k points, Edge 1.6 / 9.4 ms vs local
  mode 92 / 274 ms; 100k points, Edge 1.0 / 1.9 ms vs local mode 403 / 679 ms; recall@10 1.0 for both
  engines at both sizes. The price is Edge's HNSW build: 191 s (20k) and 1,101 s (100k) on the loaded
  2-core host (load average 8-15), against no build for local mode (exact brute force, cost growing with
  the catalog). Edge fits a large catalog that must stay in-process (no server) and is rebuilt rarely; at
  this catalog's 461 points either engine is fast enough, so local mode stays the default.
- CLIP: `--clip-model DIR` adds a `clip` setup (one CLIPModel for texts and photos; text queries then also
  search the photo vectors). No CLIP weights exist offline, so that path is covered by tests with a tiny
  random CLIPModel (tests/integration/catalog/test_clip_path.py), not by a number here.
"""

TARGETS = {"text recall@10 (hybrid)": 0.9, "photo recall@5 (perturbed)": 0.9, "colour accuracy": 0.9}


def _row(name: str, metrics: Metrics, extra: str = "") -> str:
    r = metrics.recall_at
    return (
        f"| {name} | {metrics.queries} | {r[1]:.3f} | {r[5]:.3f} | {r[10]:.3f} | {metrics.mrr:.3f} | "
        f"{metrics.ndcg_at_10:.3f} |{extra}"
    )


def _colour_section(colour: ColourResult) -> list[str]:
    target = TARGETS["colour accuracy"]
    verdict = "meets" if colour.accuracy >= target else "does not meet"
    lines = [
        f"## Dominant colour of the variant photos (target >= {target})\n\n{colour.photos} labelled photos. "
        f"Accuracy on the catalog photo, out of sample: **{colour.accuracy:.3f}**, which {verdict} the "
        f"target.\n\nHow: {colour.method}.\n",
        "| photo | out of fold | hand-set palette alone | shipped file (in sample) |\n|---|---|---|---|",
    ]
    for kind, value in colour.accuracy_by_kind.items():
        palette = colour.palette_accuracy_by_kind.get(kind)
        shipped = colour.shipped_accuracy_by_kind.get(kind)
        lines.append(
            f"| {kind} | {value:.3f} | {'-' if palette is None else f'{palette:.3f}'} | "
            f"{'-' if shipped is None else f'{shipped:.3f}'} |"
        )
    if colour.accuracy_by_split:
        lines.append(
            "\nProduct split (evals/retrieval/runner.py `split_of`), classifier fitted on the train products only: "
            + ", ".join(f"{split} products {value:.3f}" for split, value in colour.accuracy_by_split.items())
            + " (train is in sample)."
        )
    lines.append(
        "\nMost frequent confusions, out of fold (label -> reading): "
        + ", ".join(f"{k} x{v}" for k, v in list(colour.confusions.items())[:10])
        + ".\n"
    )
    return lines


def perturbed_recall_at_5(report: RetrievalReport, setup_index: int = 0) -> float:
    photo = report.setups[setup_index].photo
    total = sum(m.queries for m in photo.values())
    return sum(m.recall_at[5] * m.queries for m in photo.values()) / max(total, 1)


def markdown(report: RetrievalReport, command: str) -> str:
    lines = [
        f"# Retrieval eval\n\nCommand: `{command}`  \nCatalog: `{report.catalog}`, {report.documents} "
        f"indexed product colours; run took {report.seconds:.0f} s.\n"
    ]
    header = "| query set | queries | recall@1 | recall@5 | recall@10 | MRR | nDCG@10 |\n|---|---|---|---|---|---|---|"
    for setup in report.setups:
        lines.append(f"## Embedders: {setup.label} (`{setup.fingerprint}`)\n")
        lines.append(
            f"Ingest: {setup.ingest.written} written, {setup.ingest.skipped} skipped (resumed), "
            f"{setup.ingest.seconds:.1f} s.\n"
        )
        lines.append("### Text attribute queries (category x colour x gender x material)\n")
        lines.append(header)
        lines += [_row(name, metrics) for name, metrics in setup.text.items()]
        lines.append("\n### Photo -> product, perturbed copies of catalog photos (target recall@5 >= 0.9)\n")
        lines.append(header + "")
        lines += [_row(kind, metrics) for kind, metrics in setup.photo.items()]
        overall = sum(m.recall_at[5] * m.queries for m in setup.photo.values()) / max(
            sum(m.queries for m in setup.photo.values()), 1
        )
        lines.append(
            f"\nAll perturbations, recall@5: **{overall:.3f}**. Exact product colour at rank 1: "
            + ", ".join(f"{k} {v:.3f}" for k, v in setup.photo_exact_colour_at_1.items())
            + ".\n"
        )
        lines.append("### Alternate views (never indexed; reported without a target)\n")
        lines.append(header)
        lines += [_row(kind, metrics) for kind, metrics in setup.alternate_views.items()]
        lines.append("")
    if report.colour:
        lines += _colour_section(report.colour)
    lines.append(NOTES)
    return "\n".join(lines) + "\n"
