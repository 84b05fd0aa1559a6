"""The follow-up's experiments (REPORT.md "Experiments"), on the eval's product-grouped folds:

    python -m evals.enrichment.experiments features --cache /work/cache/NAME/maps.npz
    python -m evals.enrichment.experiments colour --cache /work/cache/NAME/maps.npz
    python -m evals.enrichment.experiments protocol --work-dir /work/cache/NAME/eval [VARIANT ...]
    python -m evals.enrichment.experiments views --work-dir /work/cache/NAME/eval --cache /work/cache/NAME/views.npz
        [--screen] [VIEW+VIEW ...]

`protocol` runs the eval's own cross-validation (its feature cache in --work-dir) with the heads' C fixed at
the value chosen on the evaluation folds (not nested) and chosen by inner folds (nested), and the nested
variants of the follow-up (fusion of a product's views by the mean of probabilities instead of the geometric
mean); each prints the pooled macro recall, accuracy and the sd across folds, and each fold's choices.

`views` (fourth round) reads every catalog photo once more for other views of the subject (the crop at 288 px,
its top part, the top three rows of its final map, the top part's stride-16 map), then runs the eval's
cross-validation with the network features swapped for unit-length blocks of those views side by side;
`--screen` fixes the heads' C at the values the nested fit chose for the single view and the colour
classifier's at 0.03 (a quick screen on the outer folds: the adopted view set is then measured nested).

`features` reads every catalog photo once (cut-out, subject crop, Lite0 final and stride-16 maps of the crop
and its mirror, pooled by mean and by GeM) and runs the shipped cross-validation with only the network feature
matrix swapped (the heads' feature length follows it); `colour` runs the colour classifier variants through
the same cross-validation (fixed C, balanced or not; the shipped fit chooses C by inner folds).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

import evals.enrichment.crossval as crossval
import evals.enrichment.fit as fit_module
import tools.catalog.enrichment.heads as heads_module
from evals.enrichment.dataset import REGIONS, PhotoTable, labelled_photos
from evals.enrichment.fit import fit_colour, fit_heads
from evals.enrichment.metrics import score
from tools.catalog.colour_model import ColourModel
from tools.catalog.efficientnet_lite import shared_network
from tools.catalog.enrichment.features import PhotoFeatures, colour_features, reduced
from tools.catalog.enrichment.heads import EnrichmentHeads
from tools.catalog.fused import CUT_SIDE, network_input, subject_crop
from tools.catalog.photo_head import gem
from tools.catalog.photos import cut_out, open_photo

SOURCE = Path("../shared/data/magento-catalog")
SCORED = ("category", "gender", "style_general", "style_bottom", "pattern", "color")


def read_maps(cache: Path, batch: int = 8) -> dict[str, np.ndarray]:
    if cache.is_file():
        return dict(np.load(cache))
    photos = labelled_photos(SOURCE)
    network = shared_network("lite0")
    pooled: dict[str, list[np.ndarray]] = {k: [] for k in ("final_mean", "final_gem", "mid_mean", "mid_gem")}
    colour: dict[str, list[np.ndarray]] = {f"colour_{r.value}": [] for r in REGIONS}
    for start in tqdm(range(0, len(photos), batch), desc="photos"):
        cutouts = [cut_out(open_photo(SOURCE / "images" / p.image, CUT_SIDE), CUT_SIDE)
                   for p in photos[start : start + batch]]
        crops = np.stack([subject_crop(c) for c in cutouts])
        with torch.inference_mode():
            mid, final = network.patch_maps(network_input(np.concatenate([crops, crops[:, :, ::-1]])))
        n = len(cutouts)
        final = torch.stack([final[:n], final[n:]], 1).numpy()  # photos x (crop, mirror) x C x h x w
        mid = torch.stack([mid[:n], mid[n:]], 1).numpy()
        pooled["final_mean"].append(final.mean(axis=(-2, -1)))
        pooled["final_gem"].append(gem(final, 3.0))
        pooled["mid_mean"].append(mid.mean(axis=(-2, -1)))
        pooled["mid_gem"].append(gem(mid, 3.0))
        for cutout in cutouts:
            features = PhotoFeatures(network=np.zeros(1), cutout=reduced(cutout))
            for region in REGIONS:
                colour[f"colour_{region.value}"].append(colour_features(features, region))
    arrays = {k: np.concatenate(v) for k, v in pooled.items()} | {k: np.stack(v) for k, v in colour.items()}
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(cache, **arrays)  # type: ignore[arg-type]
    return arrays


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=-1, keepdims=True).clip(1e-9)


def feature_variants(maps: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    final_mean, final_gem, mid_gem = maps["final_mean"], maps["final_gem"], maps["mid_gem"]
    return {
        "mean-pooled crop (shipped)": _unit(final_mean[:, 0]),
        "mean-pooled crop + mirror": _unit(_unit(final_mean).mean(1)),
        "GeM final + stride-16, crop + mirror": _unit(np.concatenate([_unit(final_gem), _unit(mid_gem)], -1).mean(1)),
    }


def run(maps: dict[str, np.ndarray], network: np.ndarray, label: str) -> None:
    photos = labelled_photos(SOURCE)
    table = PhotoTable(photos, network.astype(np.float32), {r: maps[f"colour_{r.value}"] for r in REGIONS}, 0.0)
    heads_module.FEATURES = network.shape[1]  # the heads' length check follows the swapped features
    pooled, _ = crossval.cross_validate(table)
    scores = {a.value: score(rows) for a, rows in pooled.rows.items()}
    print(label, json.dumps({a: [scores[a].macro_recall, scores[a].accuracy, scores[a].fold_macro_recall_std]  # noqa: T201
                             for a in SCORED if a in scores}), flush=True)


def _mean_of_probabilities(probabilities: np.ndarray) -> np.ndarray:
    p = np.atleast_2d(probabilities).mean(axis=0)
    return p / p.sum()


PROTOCOL_VARIANTS = ("fixed+recall", "nested+recall", "nested+recall+distinct", "nested", "nested+distinct")


def _each_own_colour(readings: Sequence[np.ndarray]) -> list[int]:
    return [int(np.argmax(p)) for p in readings]


def protocol(work_dir: Path, variants: list[str]) -> None:
    """Variants: `fixed` (heads' C = 0.01, chosen on the evaluation folds before) or `nested` (chosen by inner
    folds' class-balanced log-likelihood; `+recall`: by their macro recall), `+distinct` (a product's
    colourways read as different colours), `+mean` (views fused by the mean of probabilities, not the
    geometric mean)."""
    from evals.enrichment.dataset import photo_table
    from tools.catalog.enrichment import reader

    table = photo_table(SOURCE, work_dir)
    geometric, distinct = reader.pooled_views, reader.distinct_colours
    heads_fits: dict[tuple[object, ...], EnrichmentHeads] = {}  # the fits do not depend on how the reader
    colour_fits: dict[tuple[int, ...], ColourModel] = {}  # combines them: each is made once

    def cached_heads(t: PhotoTable, rows: Sequence[int], model_version: str, fitted_on: str,
                     c: float | None = None) -> EnrichmentHeads:
        key = (tuple(rows), c, fit_module.HEAD_SELECTION)
        if key not in heads_fits:
            heads_fits[key] = fit_heads(t, rows, model_version, fitted_on, c)
        return heads_fits[key]

    def cached_colour(t: PhotoTable, rows: Sequence[int]) -> ColourModel:
        if tuple(rows) not in colour_fits:
            colour_fits[tuple(rows)] = fit_colour(t, rows)
        return colour_fits[tuple(rows)]

    crossval.fit_heads = cached_heads  # type: ignore[assignment]
    crossval.fit_colour = cached_colour  # type: ignore[assignment]
    for variant in variants or PROTOCOL_VARIANTS:
        flags = set(variant.split("+"))
        fit_module.HEAD_SELECTION = "macro_recall" if "recall" in flags else "log_likelihood"
        reader.pooled_views = _mean_of_probabilities if "mean" in flags else geometric
        reader.distinct_colours = distinct if "distinct" in flags else _each_own_colour
        pooled, single = crossval.cross_validate(table, head_c=0.01 if "fixed" in flags else None)
        scores = {a.value: score(rows) for a, rows in pooled.rows.items()}
        singles = {a.value: score(rows) for a, rows in single.rows.items()}
        print(variant, json.dumps({a: [scores[a].macro_recall, scores[a].accuracy, scores[a].fold_macro_recall_std,  # noqa: T201
                                       singles[a].macro_recall] for a in scores}), flush=True)
        for fold, chosen in enumerate(pooled.chosen):
            print(f"  fold {fold}: {chosen}", flush=True)  # noqa: T201
    reader.pooled_views, reader.distinct_colours = geometric, distinct


VIEW_BLOCKS = ("subject", "top", "top_rows", "subject288", "top_mid")
SCREEN_C = {"category_type": 0.1, "gender": 0.1, "style_general": 0.03, "style_bottom": 0.03, "pattern": 0.001}


def read_views(cache: Path, batch: int = 8) -> dict[str, np.ndarray]:
    """Mean-pooled Lite0 features of other views of each catalog photo's subject (by image file)."""
    from tools.catalog.enrichment.features import top_box

    if cache.is_file():
        return dict(np.load(cache))
    images = sorted({p.image for p in labelled_photos(SOURCE)})
    network = shared_network("lite0")
    blocks: dict[str, list[np.ndarray]] = {k: [] for k in VIEW_BLOCKS}
    for start in tqdm(range(0, len(images), batch), desc="photos"):
        cutouts = [cut_out(open_photo(SOURCE / "images" / image, CUT_SIDE), CUT_SIDE)
                   for image in images[start : start + batch]]
        with torch.inference_mode():
            final = network.feature_map(network_input(np.stack([subject_crop(c) for c in cutouts]))).numpy()
            tops = np.stack([subject_crop(c, box=top_box(c)) for c in cutouts])
            top_mid, top = network.patch_maps(network_input(tops))
            larger = network.features(network_input(np.stack([subject_crop(c, 288) for c in cutouts])))
        blocks["subject"].append(final.mean(axis=(2, 3)))
        blocks["top_rows"].append(final[:, :, :3].mean(axis=(2, 3)))
        blocks["top"].append(top.numpy().mean(axis=(2, 3)))
        blocks["top_mid"].append(top_mid.numpy().mean(axis=(2, 3)))
        blocks["subject288"].append(larger.numpy())
    arrays = {k: np.concatenate(v) for k, v in blocks.items()} | {"images": np.asarray(images)}
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(cache, **arrays)  # type: ignore[arg-type]
    return arrays


def views(work_dir: Path, cache: Path, variants: list[str], screen: bool) -> None:
    """The eval's cross-validation (nested, or `screen`: fixed C) with the network features swapped for the
    unit-length blocks of each variant's views side by side (`subject+top`)."""
    from evals.enrichment.dataset import photo_table

    table = photo_table(SOURCE, work_dir)
    arrays = read_views(cache)
    index = {str(image): i for i, image in enumerate(arrays["images"])}
    rows = [index[p.image] for p in table.photos]
    if screen:
        crossval.fit_colour = lambda t, r, c=None: fit_colour(t, r, 0.03)  # type: ignore[assignment]
    for variant in variants or ["subject", "subject+top"]:
        network = np.concatenate([_unit(arrays[view][rows]) for view in variant.split("+")], axis=1)
        heads_module.FEATURES = network.shape[1]
        swapped = PhotoTable(table.photos, network.astype(np.float32), table.colour, table.seconds_per_photo)
        pooled, single = crossval.cross_validate(swapped, head_c=SCREEN_C if screen else None)
        scores = {a.value: score(r) for a, r in pooled.rows.items()}
        singles = {a.value: score(r) for a, r in single.rows.items()}
        print(variant, json.dumps({a: [scores[a].macro_recall, scores[a].accuracy, scores[a].fold_macro_recall_std,  # noqa: T201
                                       singles[a].macro_recall] for a in scores}), flush=True)
    crossval.fit_colour = fit_colour


def main() -> None:
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(1)
    threadpool_limits(1)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("features", "colour", "protocol", "views"))
    parser.add_argument("variants", nargs="*", help=f"protocol variants ({', '.join(PROTOCOL_VARIANTS)})")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--work-dir", type=Path)
    parser.add_argument("--screen", action="store_true", help="views: fixed C (a quick screen, not nested)")
    args = parser.parse_intermixed_args()
    if args.what == "views":
        views(args.work_dir, args.cache, args.variants, args.screen)
        return
    if args.what == "protocol":
        protocol(args.work_dir, args.variants)
        return
    maps = read_maps(args.cache)
    variants = feature_variants(maps)
    if args.what == "features":
        for label, network in variants.items():
            run(maps, network, label)
        return
    shipped = variants["mean-pooled crop (shipped)"]
    for c in (0.03, 0.1, 0.3, 1.0):
        crossval.fit_colour = lambda table, rows, c=c: fit_colour(table, rows, c)  # type: ignore[misc]
        run(maps, shipped, f"colour balanced C={c}")
    crossval.fit_colour = fit_colour
    run(maps, shipped, "colour balanced, C by inner folds (shipped)")


if __name__ == "__main__":
    main()
