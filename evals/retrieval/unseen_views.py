"""Photo -> product on views the index never saw: leave-one-view-out with phone-like degradations.

Every catalog view of every product colour is embedded once (the index). Each view whose product has
another view is then a query: a phone-like copy of it (`phone.py`) is ranked against every indexed view
except itself, products scored by their best view (as the multi-view index does).

Backbone features come from the on-disk cache (`feature_cache.py`: per photo and degradation seed), so a
re-run or a sweep costs seconds once they exist. Scored side by side on the same queries: the shipped
embedder (GeM + mirror + the learned head in `tools/catalog/photo_head.npz`, trained on the `train`
products only), the previous fused embedder (mean-pooled Lite0 + colour 0.2, recomputed from the same
cached maps) and the descriptor. The head is also retrained on product-grouped folds with the shipped
settings, each scored on the products it never saw, for the spread of the held-out figure.
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from evals.retrieval.feature_cache import DEFAULT_CACHE, query_photo
from evals.retrieval.head_train import (
    TRAIN_SEEDS,
    Features,
    TrainConfig,
    fold_of,
    load_features,
    queries_of,
    ranks_with,
    recall,
    train_head,
)

__all__ = ["UnseenViewReport", "View", "catalog_views", "markdown", "run_unseen_view_eval"]
from evals.retrieval.runner import split_of
from evals.retrieval.views import View, _ranks, catalog_views
from tools.catalog.descriptor import DescriptorEmbedder
from tools.catalog.fused import FusedEmbedder
from tools.catalog.photo_head import HEAD_PATH, Pooling, load_head

KS = (1, 5, 10)
FOLDS = 3
PREVIOUS = Pooling(gem_p=1.0, use_mid=False, mirror=False)  # the v2 fused embedder: mean pooling, no head
PREVIOUS_COLOUR_WEIGHT = 0.2
TIMED_PHOTOS = 32


class Score(BaseModel):
    queries: int
    recall_at: dict[int, float]
    colour_recall_at_5: float | None  # the exact colour in the top 5 colours (colours with another view)


class FoldScore(BaseModel):
    fold: int
    train_products: int
    test_queries: int
    recall_at_5: float
    back_recall_at_5: float
    alt1_recall_at_5: float


class UnseenViewReport(BaseModel):
    views: int
    queries: int
    head: str  # what the shipped head is and how it was trained
    colour_weight: float
    learned: dict[str, Score]  # all / train / holdout / by view kind / by degradation step
    previous: dict[str, Score]  # the v2 fused embedder on the same queries
    descriptor: dict[str, Score]
    folds: list[FoldScore]
    index_photos_per_second: float
    previous_photos_per_second: float
    seconds: float


def run_unseen_view_eval(
    source: Path, *, seed: int = 11, cache: Path = DEFAULT_CACHE, head_path: Path = HEAD_PATH, folds: int = FOLDS,
    progress: bool = True,
) -> UnseenViewReport:  # fmt: skip
    started = time.perf_counter()
    head = load_head(head_path)
    pooling = head.spec.pooling
    features = load_features(source, pooling.backbone, seed, TRAIN_SEEDS if folds else (), cache, progress)
    queries = queries_of(features.views)
    steps = [list(features.query[i].steps) for i in queries]
    learned = ranks_with(features, pooling, head, head.spec.colour_weight)
    previous_features = features if pooling.backbone == "lite0" else load_features(source, "lite0", seed, (), cache)
    previous = ranks_with(previous_features, PREVIOUS, lambda x: x, PREVIOUS_COLOUR_WEIGHT)
    descriptor = _descriptor_ranks(source, features, seed, cache)
    config = TrainConfig(**{k: v for k, v in head.spec.training.items() if k in TrainConfig.__dataclass_fields__})
    fold_scores = [_fold(features, pooling, config, head.spec.colour_weight, fold, folds) for fold in range(folds)]
    return UnseenViewReport(
        views=len(features.views),
        queries=len(queries),
        head=f"{pooling.backbone}, GeM p={pooling.gem_p}, stride-16 map {'on' if pooling.use_mid else 'off'}, "
        f"mirror {'on' if pooling.mirror else 'off'}; head {head.spec.input_dim}->"
        + (f"{head.spec.hidden_dim}->" if head.spec.hidden_dim else "")
        + f"{head.spec.output_dim}, trained on {head.spec.trained_on} ({head.spec.training})",
        colour_weight=head.spec.colour_weight,
        learned=_breakdown(learned, features.views, queries, steps),
        previous=_breakdown(previous, features.views, queries, steps),
        descriptor=_breakdown(descriptor, features.views, queries, steps),
        folds=fold_scores,
        index_photos_per_second=_photos_per_second(FusedEmbedder(head_path=head_path).embed_images, source, features),
        previous_photos_per_second=_photos_per_second(_previous_embed, source, features),
        seconds=round(time.perf_counter() - started, 1),
    )


def _fold(
    features: Features, pooling: Pooling, config: TrainConfig, colour_weight: float, fold: int, folds: int
) -> FoldScore:
    """The head retrained without one fold's products, scored on that fold's queries."""
    train = {v.product_id for v in features.views if fold_of(v.product_id, folds) != fold}
    head = train_head(features, pooling, train, config, colour_weight, f"folds != {fold}")
    ranks = ranks_with(features, pooling, head, colour_weight)
    queries = queries_of(features.views)

    def test(kind: str | None) -> list[int]:
        return [
            n for n, i in enumerate(queries)
            if features.views[i].product_id not in train and (kind is None or features.views[i].kind == kind)
        ]  # fmt: skip

    return FoldScore(
        fold=fold,
        train_products=len(train),
        test_queries=len(test(None)),
        recall_at_5=round(recall(ranks, test(None)), 3),
        back_recall_at_5=round(recall(ranks, test("back")), 3),
        alt1_recall_at_5=round(recall(ranks, test("alt1")), 3),
    )


def _descriptor_ranks(source: Path, features: Features, seed: int, cache: Path) -> list[tuple[int, int | None]]:
    """The descriptor embedder on the same queries (its vectors cached per seed: it has no network)."""
    file = cache / "descriptor" / f"seed{seed}-{len(features.views)}.npz"
    queries = queries_of(features.views)
    if not file.is_file():
        descriptor, images = DescriptorEmbedder(), source / "images"
        index = descriptor.embed_images([images / v.path for v in features.views])
        query = descriptor.embed_images([query_photo(images, features.views[i].path, seed)[0] for i in queries])
        file.parent.mkdir(parents=True, exist_ok=True)
        np.savez(file, index=index, query=query)
    with np.load(file) as saved:
        return _ranks(saved["query"], saved["index"], features.views, queries)


def _previous_embed(photos: list[Path]) -> np.ndarray:
    """The v2 fused embedder's work per photo (cut-out, one Lite0 pass, mean pooling, colour), for its cost."""
    from tools.catalog.efficientnet_lite import shared_network
    from tools.catalog.fused import CUT_SIDE, colour_block, network_input, subject_crop
    from tools.catalog.photos import cut_out, open_photo

    cutouts = [cut_out(open_photo(p, CUT_SIDE), CUT_SIDE) for p in photos]
    import torch

    with torch.inference_mode():
        learned = shared_network().features(network_input(np.stack([subject_crop(c) for c in cutouts]))).numpy()
    return np.concatenate([learned, np.stack([colour_block(c) for c in cutouts])], axis=1)


def _photos_per_second(embed: object, source: Path, features: Features) -> float:
    """Indexing cost: catalog photos embedded per second (decode, cut-out, network, head), batches of 16."""
    photos = [source / "images" / v.path for v in features.views[:: max(len(features.views) // TIMED_PHOTOS, 1)]]
    photos = photos[:TIMED_PHOTOS]
    started = time.perf_counter()
    for start in range(0, len(photos), 16):
        embed(photos[start : start + 16])  # type: ignore[operator]
    return round(len(photos) / (time.perf_counter() - started), 2)


def _breakdown(
    ranks: list[tuple[int, int | None]], views: list[View], queries: list[int], steps: list[list[str]]
) -> dict[str, Score]:
    groups: dict[str, list[int]] = defaultdict(list)
    for n, i in enumerate(queries):
        groups["all"].append(n)
        groups[split_of(views[i].product_id)].append(n)
        kind = "main" if views[i].kind in ("main", "0") else views[i].kind
        groups["view: " + kind].append(n)
        if split_of(views[i].product_id) == "holdout" and kind in ("main", "back", "alt1"):
            groups[f"holdout, view: {kind}"].append(n)  # the headline, per view type
        for step in steps[n]:
            groups["with " + step].append(n)
    return {name: _score([ranks[n] for n in members]) for name, members in groups.items()}


def _score(ranks: list[tuple[int, int | None]]) -> Score:
    colour = [r for _p, r in ranks if r is not None]
    return Score(
        queries=len(ranks),
        recall_at={k: round(float(np.mean([p < k for p, _c in ranks])), 3) for k in KS},
        colour_recall_at_5=round(float(np.mean([c < 5 for c in colour])), 3) if colour else None,
    )


def markdown(report: UnseenViewReport, command: str) -> str:
    """The report: the learned embedder vs the previous fused one and the descriptor, per group; the folds."""
    recalls = [f.recall_at_5 for f in report.folds]
    lines = [
        "# Photo -> product on unseen views (leave-one-view-out, phone-like photos)",
        "",
        f"Command: `{command}` ({report.seconds:.0f} s with cached backbone features)  ",
        f"{report.views} catalog views indexed (every view of every product colour); {report.queries} queries: each "
        "view whose product has another view, degraded like a phone photo (textured background, perspective, "
        "partial crop, uneven light, blur, JPEG; a random chain per query, `evals/retrieval/phone.py`) and ranked "
        "with its own view left out of the index. A hit is the right product among the top k products.",
        "",
        f"**Learned** (the `fused` embedder, opt-in): {report.head}; colour weight {report.colour_weight}. "
        f"**Previous**: mean-pooled EfficientNet-Lite0 + colour 0.2, no head (the v2 `fused`), from the same cached "
        "maps. **Descriptor**: the weight-free embedder.",
        "",
        f"Indexing cost on this shared 2-core host: learned {report.index_photos_per_second} photos/s, previous "
        f"{report.previous_photos_per_second} photos/s (decode, cut-out, network, pooling; 1 torch thread).",
        "",
        "How the settings were chosen: GeM p=3, the stride-16 map and mirror averaging were each better on the train "
        "products without a head (r@5 0.639 -> 0.662-0.678). Eight head variants (linear or 512-unit MLP, windows, "
        "product or colour positives, 1 or 2 training copies) were looked at on the holdout products, where they were "
        "within 0.016 of each other; the linear head with phone copies and windows was kept, so the holdout figure is "
        "slightly optimistic; the folds below retrain those settings on other product splits. The colour weight was "
        "then chosen on the train products (best exact-colour r@1, 0.524 -> 0.682, at unchanged product r@5 0.920): "
        "with 0.2 the head, trained to put every colour of a product together, left colours to chance.",
        "",
        "Headline: the `holdout` rows (products the head never saw). Per view type, `holdout, view: ...`; the "
        "`view: ...` rows mix train and holdout products.",
        "",
        "| queries | n | learned r@1 | learned r@5 | learned r@10 | exact colour r@5 | previous r@5 | descriptor r@5 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, score in report.learned.items():
        colour = f"{score.colour_recall_at_5:.3f}" if score.colour_recall_at_5 is not None else "-"
        lines.append(
            f"| {name} | {score.queries} | {score.recall_at[1]:.3f} | **{score.recall_at[5]:.3f}** | "
            f"{score.recall_at[10]:.3f} | {colour} | {report.previous[name].recall_at[5]:.3f} | "
            f"{report.descriptor[name].recall_at[5]:.3f} |"
        )
    lines += [
        "",
        f"## Product-grouped {len(report.folds)}-fold (head retrained without the fold's products, same settings)",
        "",
        "| fold | train products | test queries | r@5 | back r@5 | alt1 r@5 |",
        "|---|---|---|---|---|---|",
        *(
            f"| {f.fold} | {f.train_products} | {f.test_queries} | {f.recall_at_5:.3f} | {f.back_recall_at_5:.3f} | "
            f"{f.alt1_recall_at_5:.3f} |"
            for f in report.folds
        ),
        "",
        (f"Mean r@5 {np.mean(recalls):.3f} (sd {np.std(recalls):.3f}, min {min(recalls):.3f}, max {max(recalls):.3f})."
         if recalls else ""),  # fmt: skip
        "",
        "Exact colour r@5: the query's own product colour among the top 5 colours, for colours with another view.",
        "",
    ]
    return "\n".join(lines)
