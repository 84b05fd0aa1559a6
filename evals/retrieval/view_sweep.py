"""Index and query options for unseen views, picked on a validation split, scored on product-grouped folds.

The unseen-view protocol of `unseen_views.py` (every catalog view indexed, each query a phone-like copy of a view
ranked with its own view left out, a hit = the right product in the top k), on the cached backbone features.
For each of the 3 product-grouped folds: an *inner* head is trained on the fold's training products less a
validation third (`val_of`, a hash independent of the folds) and scored on that validation third; the *outer*
head is trained on all the fold's training products and scored on the fold's test products. An option is chosen
by the validation figure only; the test figure is reported beside it, never used to choose.

Options (post hoc, the head's settings unchanged):
- `cw`: the colour block's weight;
- `agg`: how a product's views score a query: `max` (the shipped multi-vector MAX_SIM), `max|pmean` (one more
  row per product: the mean of its views), `max+1pmean` (best view + the product mean's similarity),
  `max|cmean` (one more row per colour: the mean of that colour's views);
- `dba`: each indexed view pulled toward the mean of its product's other views by this weight;
- `regions`: extra index rows per view pooled over sub-windows of the maps (side in cells: close-ups);
- `tta`: the query's vector averaged with its sub-window vectors;
- `flip_rows`: the crop and its mirror image as two rows instead of one averaged vector;
- `masked`: the catalog's faces masked at index time and/or the queries redacted (`masked_views.py`), and
  `train_masked`: the head trained on the face-masked catalog views.

`python -m evals.retrieval.view_sweep [--cache DIR] [--out FILE.json] [NAME ...]` (names: `SETUPS`).
"""

from __future__ import annotations

import argparse
import json
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from evals.retrieval.feature_cache import DEFAULT_CACHE
from evals.retrieval.head_train import (
    Features,
    TrainConfig,
    colours,
    fold_of,
    fuse,
    load_features,
    queries_of,
    train_head,
)
from tools.catalog.photo_head import HEAD_PATH, Pooling, ProjectionHead, load_head, pooled

FOLDS = 3
SOURCE = Path("../shared/data/magento-catalog")
Arrays = tuple[np.ndarray, np.ndarray, np.ndarray]  # final maps, stride-16 maps, colour blocks


@dataclass(frozen=True)
class Setup:
    cw: float | None = None  # None: the shipped head's colour weight
    agg: str = "max"
    dba: float = 0.0
    regions: tuple[int, ...] = ()
    tta: tuple[int, ...] = ()
    flip_rows: bool = False
    mask_index: bool = False
    redact_queries: bool = False
    fill_queries: bool = False  # the redacted boxes filled from their surroundings (today's chat)
    train_masked: bool = False


SETUPS: dict[str, Setup] = {
    "shipped": Setup(),
    "colour 0.3": Setup(cw=0.3),
    "max|pmean": Setup(agg="max|pmean"),
    "pmean": Setup(agg="pmean"),
    "max+0.5pmean": Setup(agg="max+0.5"),
    "max+1pmean": Setup(agg="max+1.0"),
    "max|cmean": Setup(agg="max|cmean"),
    "dba 0.3": Setup(dba=0.3),
    "regions 5": Setup(regions=(5,)),
    "regions 4": Setup(regions=(4,)),
    "tta 5": Setup(tta=(5,)),
    "tta 6": Setup(tta=(6,)),
    "flip rows": Setup(flip_rows=True),
    "redacted queries": Setup(redact_queries=True),
    "redacted queries filled (today's chat), plain index": Setup(fill_queries=True),
    "redacted queries filled, head trained on face-masked views": Setup(fill_queries=True, train_masked=True),
    "redacted queries filled, faces masked in the index and in training": Setup(fill_queries=True, mask_index=True,
                                                                               train_masked=True),
    "redacted queries, faces masked in the index": Setup(redact_queries=True, mask_index=True),
    "redacted queries, faces masked in the index, max|pmean": Setup(redact_queries=True, mask_index=True,
                                                                    agg="max|pmean"),
    "redacted queries, faces masked in the index and in training": Setup(redact_queries=True, mask_index=True,
                                                                        train_masked=True),
    "redacted queries, faces masked in the index and in training, dba 0.3": Setup(
        redact_queries=True, mask_index=True, train_masked=True, dba=0.3),
    "redacted queries, faces masked in training only": Setup(redact_queries=True, train_masked=True),
    "faces masked in training only (plain queries)": Setup(train_masked=True),
}  # fmt: skip


def val_of(product_id: str) -> bool:
    """The inner validation third of a fold's training products (a hash independent of `fold_of`)."""
    return zlib.crc32(("val:" + product_id).encode()) % 3 == 0


@dataclass
class Catalog:
    """The cached features and what every setup reads from them."""

    features: Features
    masked_clean: list
    masked_query: list
    filled_query: list
    pooling: Pooling = field(default_factory=Pooling)

    def __post_init__(self) -> None:
        views = self.features.views
        self.queries = queries_of(views)
        self.products = sorted({v.product_id for v in views})
        self.pid = np.array([self.products.index(v.product_id) for v in views])
        self.keys = sorted({v.key for v in views})
        self.kid = np.array([self.keys.index(v.key) for v in views])
        self.key_product = np.array([self.products.index(k.split(":")[0]) for k in self.keys])
        self.kinds = np.array(["main" if views[i].kind in ("main", "0") else views[i].kind for i in self.queries])
        self.query_products = [views[i].product_id for i in self.queries]

    def arrays(self, entries: list, rows: list[int] | None = None) -> Arrays:
        chosen = entries if rows is None else [entries[i] for i in rows]
        final = np.stack([e.final for e in chosen]).astype(np.float32)
        mid = np.stack([e.mid for e in chosen]).astype(np.float32)
        return final, mid, colours(chosen)


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=-1, keepdims=True).clip(1e-9)


def window_pools(final: np.ndarray, mid: np.ndarray, side: int, pooling: Pooling) -> list[np.ndarray]:
    """Head inputs pooled over 3x3 placements of a `side`-cell window of the final map (and the matching mid)."""
    full, scale = final.shape[-1], mid.shape[-1] // final.shape[-1]
    places = sorted({0, (full - side) // 2, full - side})
    return [pooled(final[..., y : y + side, x : x + side],
                   mid[..., y * scale : (y + side) * scale, x * scale : (x + side) * scale], pooling)
            for y in places for x in places]  # fmt: skip


def ranks(catalog: Catalog, head: ProjectionHead, setup: Setup, colour_weight: float) -> np.ndarray:
    """The product rank of every query (position in `catalog.queries`) under `setup`."""
    features, pooling = catalog.features, catalog.pooling
    cw = colour_weight if setup.cw is None else setup.cw
    f, m, c = catalog.arrays(catalog.masked_clean if setup.mask_index else features.clean)
    shown = catalog.filled_query if setup.fill_queries else catalog.masked_query if setup.redact_queries else None
    qf, qm, qc = catalog.arrays(shown or features.query, catalog.queries)
    n_views = len(features.views)
    base = fuse(head(pooled(f, m, pooling)), c, cw)
    rows, row_view = [base], [np.arange(n_views)]
    for side in setup.regions:
        for region in window_pools(f, m, side, pooling):
            rows.append(fuse(head(region), c, cw))
            row_view.append(np.arange(n_views))
    if setup.flip_rows:
        single = pooling.model_copy(update={"mirror": False})
        rows.append(fuse(head(pooled(f[:, ::-1], m[:, ::-1], single)), c, cw))
        row_view.append(np.arange(n_views))
    index, index_view = np.concatenate(rows), np.concatenate(row_view)
    learned = head(pooled(qf, qm, pooling))
    if setup.tta:
        windows = [head(w) for side in setup.tta for w in window_pools(qf, qm, side, pooling)]
        learned = _unit(learned + sum(windows) / len(windows))
    query = fuse(learned, qc, cw)
    similarity = query @ index.T
    n_products = len(catalog.products)
    pid, kid = catalog.pid, catalog.kid
    product_sum = np.zeros((n_products, base.shape[1]))
    np.add.at(product_sum, pid, base)
    key_sum = np.zeros((len(catalog.keys), base.shape[1]))
    np.add.at(key_sum, kid, base)
    product_count, key_count = np.bincount(pid, minlength=n_products), np.bincount(kid, minlength=len(catalog.keys))
    out = []
    for n, i in enumerate(catalog.queries):
        row = similarity[n].copy()
        row[index_view == i] = -np.inf  # the query's own view is never indexed
        if setup.dba:
            members = np.flatnonzero((pid == pid[i]) & (np.arange(n_views) != i))
            rest = product_sum[pid[i]] - base[i]
            for j in members:  # the query's product, re-pulled without the left-out view
                pulled = base[j] + (setup.dba * (rest - base[j]) / (len(members) - 1) if len(members) > 1 else 0)
                row[j] = query[n] @ _unit(pulled)
        best = np.full(n_products, -np.inf)
        np.maximum.at(best, pid[index_view], row)
        if setup.agg != "max":
            best = _aggregated(setup.agg, best, query[n], i, catalog, base, product_sum, product_count, key_sum,
                               key_count)  # fmt: skip
        out.append(int((best > best[pid[i]]).sum()))
    return np.array(out)


def _aggregated(agg: str, best: np.ndarray, query: np.ndarray, i: int, catalog: Catalog, base: np.ndarray,
                product_sum: np.ndarray, product_count: np.ndarray, key_sum: np.ndarray,
                key_count: np.ndarray) -> np.ndarray:  # fmt: skip
    """The product scores with a product-mean (or colour-mean) row, the left-out view out of its mean."""
    if agg == "max|cmean":
        sums = key_sum.copy()
        sums[catalog.kid[i]] -= base[i]
        means = (sums @ query) / np.linalg.norm(sums, axis=1).clip(1e-9)
        means[key_count - (np.arange(len(key_count)) == catalog.kid[i]) <= 1] = -np.inf  # one view: counted
        per_product = np.full(len(best), -np.inf)
        np.maximum.at(per_product, catalog.key_product, means)
        return np.maximum(best, per_product)
    sums = product_sum.copy()
    sums[catalog.pid[i]] -= base[i]
    means = (sums @ query) / np.linalg.norm(sums, axis=1).clip(1e-9)
    means[product_count - (np.arange(len(product_count)) == catalog.pid[i]) == 0] = -np.inf
    if agg == "max|pmean":
        return np.maximum(best, means)
    if agg == "pmean":
        return means
    if agg.startswith("max+"):
        return best + float(agg[4:]) * means
    raise ValueError(f"unknown aggregation {agg!r}")


def fold_heads(catalog: Catalog, config: TrainConfig, colour_weight: float, masked: bool, heads: Path
               ) -> list[tuple[ProjectionHead, np.ndarray, ProjectionHead, np.ndarray]]:  # fmt: skip
    """Per fold: the inner head and its validation queries, the outer head and its test queries (heads kept)."""
    features = catalog.features
    train_clean = catalog.masked_clean if masked else features.clean
    trained = Features(features.views, train_clean, features.query, features.train_copies)
    heads.mkdir(parents=True, exist_ok=True)

    def head(name: str, products: list[str]) -> ProjectionHead:
        file = heads / f"{'masked' if masked else 'plain'}-{name}.npz"
        if file.is_file():
            return load_head(file)
        fitted = train_head(trained, catalog.pooling, set(products), config, colour_weight, name)
        fitted.save(file)
        return fitted

    out = []
    for fold in range(FOLDS):
        train = [p for p in catalog.products if fold_of(p, FOLDS) != fold]
        inner = [p for p in train if not val_of(p)]
        val = np.array([fold_of(p, FOLDS) != fold and val_of(p) for p in catalog.query_products])
        test = np.array([fold_of(p, FOLDS) == fold for p in catalog.query_products])
        out.append((head(f"inner{fold}", inner), val, head(f"outer{fold}", train), test))
    return out


def summary(catalog: Catalog, found: np.ndarray, members: np.ndarray) -> dict[str, float]:
    scores = {"r@5": float((found[members] < 5).mean()), "r@1": float((found[members] < 1).mean())}
    for kind in ("main", "back", "alt1"):
        chosen = members & (catalog.kinds == kind)
        scores[f"{kind} r@5"] = float((found[chosen] < 5).mean())
    return scores


def run(cache: Path, names: list[str], source: Path = SOURCE, progress: bool = True) -> dict[str, object]:
    from evals.retrieval.masked_views import face_masked_entries

    started = time.perf_counter()
    shipped = load_head(HEAD_PATH)
    config = TrainConfig(**{k: v for k, v in shipped.spec.training.items() if k in TrainConfig.__dataclass_fields__})
    features = load_features(source, shipped.spec.pooling.backbone, 11, (101,), cache, progress)
    images = source / "images"
    clean, _n = face_masked_entries(images, features.views, features.clean, None, cache, progress=progress)
    query, _n = face_masked_entries(images, features.views, features.query, 11, cache, progress=progress)
    filled, _n = face_masked_entries(images, features.views, features.query, 11, cache, progress=progress, filled=True)
    catalog = Catalog(features, clean, query, filled, shipped.spec.pooling)
    heads = {masked: None for masked in {SETUPS[name].train_masked for name in names}}
    results: dict[str, object] = {}
    for name in names:
        setup = SETUPS[name]
        if heads[setup.train_masked] is None:
            heads[setup.train_masked] = fold_heads(catalog, config, shipped.spec.colour_weight, setup.train_masked,
                                                   cache / "view-sweep-heads")  # fmt: skip
        val, test = [], []
        for inner, val_members, outer, test_members in heads[setup.train_masked]:  # type: ignore[union-attr]
            val.append(summary(catalog, ranks(catalog, inner, setup, shipped.spec.colour_weight), val_members))
            test.append(summary(catalog, ranks(catalog, outer, setup, shipped.spec.colour_weight), test_members))
        results[name] = {
            "validation": {k: round(float(np.mean([s[k] for s in val])), 3) for k in val[0]},
            "test": {k: round(float(np.mean([s[k] for s in test])), 3) for k in test[0]},
            "test r@5 per fold": [round(s["r@5"], 3) for s in test],
            "test r@5 sd": round(float(np.std([s["r@5"] for s in test])), 3),
        }
        if progress:
            print(name, json.dumps(results[name]), flush=True)
    return {"setups": results, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="setups to score (default: all)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("VIEW_SWEEP.json"))
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    result = run(args.cache, args.names or list(SETUPS), args.source)
    args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
