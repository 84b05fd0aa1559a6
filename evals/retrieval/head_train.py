"""Train and score the photo embedder's projection head on cached backbone features.

Training sees only the products of the training split (`runner.split_of`, or the other folds of a
product-grouped k-fold): their clean catalog views and phone-like copies drawn with seeds other than the
eval's, each crop and its mirror image as separate samples. The loss is supervised contrastive over the
whole training set at once (it is small): every other sample of the same product is a positive. Scoring is
the unseen-view protocol of `unseen_views.py` on the cached features: every catalog view indexed, each query
a phone-like copy (the eval's seed) ranked with its own view left out.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from evals.retrieval.feature_cache import DEFAULT_CACHE, Entry, load_entries
from evals.retrieval.runner import split_of
from evals.retrieval.views import View, _ranks, catalog_views
from tools.catalog.photo_head import HeadSpec, Pooling, ProjectionHead, gem, pooled

TRAIN_SEEDS = (101,)  # augmentation copies; the eval's queries use another seed


@dataclass
class Features:
    """Cached features of every catalog view: clean, the eval's queries, and the training copies."""

    views: list[View]
    clean: list[Entry]
    query: list[Entry]
    train_copies: dict[int, list[Entry]]


def load_features(
    source: Path, backbone: str, eval_seed: int, train_seeds: Sequence[int] = TRAIN_SEEDS, cache: Path = DEFAULT_CACHE,
    progress: bool = True,
) -> Features:  # fmt: skip
    views = catalog_views(source)
    images = source / "images"

    def entries(seed: int | None) -> list[Entry]:
        return load_entries(images, [(v.path, seed) for v in views], backbone, cache, progress)

    return Features(views, entries(None), entries(eval_seed), {s: entries(s) for s in train_seeds})


def describe(entries: Sequence[Entry], pooling: Pooling, *, split_mirror: bool = False) -> np.ndarray:
    """Pooled head inputs of entries: (n, d), or (n, 2, d) with the crop and its mirror apart."""
    final = np.stack([e.final for e in entries])
    mid = np.stack([e.mid for e in entries])
    if not split_mirror:
        return pooled(final, mid, pooling)
    single = pooling.model_copy(update={"mirror": False})
    return np.stack([pooled(final[:, [k]], mid[:, [k]], single) for k in (0, 1)], 1)


def colours(entries: Sequence[Entry]) -> np.ndarray:
    return np.stack([e.colour for e in entries]).astype(np.float32)


def fold_of(product_id: str, folds: int) -> int:
    """A product-grouped fold (a stable hash of the id, independent of `split_of`'s)."""
    return zlib.crc32(("fold:" + product_id).encode()) % folds


@dataclass(frozen=True)
class TrainConfig:
    hidden_dim: int = 0
    output_dim: int = 256
    temperature: float = 0.07
    steps: int = 300
    lr: float = 3e-3
    weight_decay: float = 1e-4
    label: str = "product"  # positives: other samples of the same product ("product") or colour ("key")
    windows: int = 1  # extra samples per photo pooled over a random part of the maps (a partial crop)
    batch: int = 768  # samples per step, drawn at random (0: all of them every step)
    seed: int = 0


def train_head(
    features: Features, pooling: Pooling, products: set[str], config: TrainConfig, colour_weight: float,
    trained_on: str,
) -> ProjectionHead:  # fmt: skip
    """A head fitted on the samples of `products` only."""
    rows = [i for i, v in enumerate(features.views) if v.product_id in products]
    names = [getattr(features.views[i], "product_id" if config.label == "product" else "key") for i in rows]
    rng = np.random.default_rng(config.seed)
    blocks, labels = [], []
    for source in [features.clean, *features.train_copies.values()]:
        entries = [source[i] for i in rows]
        for windowed in [False] + [True] * config.windows:
            pooled_rows = (
                window_describe(entries, pooling, rng) if windowed else describe(entries, pooling, split_mirror=True)
            )
            blocks.append(pooled_rows.reshape(-1, pooled_rows.shape[-1]))
            labels += [n for n in names for _mirror in (0, 1)]  # the crop, then its mirror image, per row
    x = np.concatenate(blocks)
    labels = np.array(_codes(labels))
    mean = x.mean(axis=0)
    torch.manual_seed(config.seed)
    inputs = torch.from_numpy(x - mean)
    target = torch.from_numpy(labels)
    if config.hidden_dim:
        model: nn.Module = nn.Sequential(
            nn.Linear(x.shape[1], config.hidden_dim), nn.ReLU(), nn.Linear(config.hidden_dim, config.output_dim)
        )
    else:
        model = nn.Linear(x.shape[1], config.output_dim)
    optimiser = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    generator = torch.Generator().manual_seed(config.seed)
    size = min(config.batch or len(target), len(target))
    eye = torch.eye(size, dtype=torch.bool)
    for _step in range(config.steps):
        pick = torch.randperm(len(target), generator=generator)[:size]
        labels_now = target[pick]
        positives = (labels_now[:, None] == labels_now[None, :]) & ~eye
        z = nn.functional.normalize(model(inputs[pick]), dim=1)
        logits = (z @ z.T / config.temperature).masked_fill(eye, -1e9)
        log_prob = logits - torch.logsumexp(logits, dim=1, keepdim=True)
        counts = positives.sum(1)
        loss = -(log_prob * positives).sum(1)[counts > 0] / counts[counts > 0]
        optimiser.zero_grad()
        loss.mean().backward()
        optimiser.step()
    arrays = {"mean": mean.astype(np.float32)}
    layers = [m for m in model.modules() if isinstance(m, nn.Linear)]
    for n, layer in enumerate(layers, start=1):
        arrays[f"w{n}"] = layer.weight.detach().numpy().T.copy()
        arrays[f"b{n}"] = layer.bias.detach().numpy().copy()
    spec = HeadSpec(
        pooling=pooling,
        input_dim=x.shape[1],
        hidden_dim=config.hidden_dim,
        output_dim=config.output_dim,
        colour_weight=colour_weight,
        trained_on=trained_on,
        version="1",
        training=dataclasses.asdict(config) | {"train_seeds": ",".join(map(str, features.train_copies))},
    )
    return ProjectionHead(spec, arrays)


def window_describe(entries: Sequence[Entry], pooling: Pooling, rng: np.random.Generator) -> np.ndarray:
    """Like `describe(split_mirror=True)`, each photo pooled over a random window of 70-100 % of its maps."""
    final = np.stack([e.final for e in entries])
    mid = np.stack([e.mid for e in entries])
    side = final.shape[-1]
    scale = mid.shape[-1] // side
    single = pooling.model_copy(update={"mirror": False})
    windows: dict[tuple[int, int, int], list[int]] = {}
    for n in range(len(entries)):
        size = int(rng.integers(max(int(side * 0.7), 1), side + 1))
        y, x = (int(v) for v in rng.integers(0, side - size + 1, 2))
        windows.setdefault((size, y, x), []).append(n)
    out = np.empty((len(entries), 2, _dim(entries, pooling)), np.float32)
    for (size, y, x), rows in windows.items():
        f = final[rows][..., y : y + size, x : x + size]
        m = mid[rows][..., y * scale : (y + size) * scale, x * scale : (x + size) * scale]
        out[rows] = np.stack([pooled(f[:, [k]], m[:, [k]], single) for k in (0, 1)], 1)
    return out


def _dim(entries: Sequence[Entry], pooling: Pooling) -> int:
    return entries[0].final.shape[1] + (entries[0].mid.shape[1] if pooling.use_mid else 0)


def _codes(names: list[str]) -> list[int]:
    index = {name: n for n, name in enumerate(sorted(set(names)))}
    return [index[name] for name in names]


def fuse(learned: np.ndarray, colour: np.ndarray, colour_weight: float) -> np.ndarray:
    vector = np.concatenate([learned, colour * colour_weight], axis=1)
    return vector / np.linalg.norm(vector, axis=1, keepdims=True).clip(1e-9)


def queries_of(views: Sequence[View]) -> list[int]:
    """Views whose product has another view (the others cannot be found on an unseen view)."""
    counts: dict[str, int] = {}
    for view in views:
        counts[view.product_id] = counts.get(view.product_id, 0) + 1
    return [i for i, view in enumerate(views) if counts[view.product_id] > 1]


def ranks_with(
    features: Features, pooling: Pooling, project: Callable[[np.ndarray], np.ndarray], colour_weight: float
) -> list[tuple[int, int | None]]:
    """Unseen-view ranks of every query, with `project` mapping pooled inputs to the learned block."""
    index_input, query_input = pooled_inputs(features, pooling)
    return ranks_of(features, project(index_input), project(query_input), colour_weight)


def pooled_inputs(features: Features, pooling: Pooling) -> tuple[np.ndarray, np.ndarray]:
    """The head inputs of the index (every clean view) and of the queries (their phone-like copies)."""
    key = (id(features), pooling.model_dump_json())
    if key not in _POOLED:
        queries = queries_of(features.views)
        _POOLED[key] = (describe(features.clean, pooling), describe([features.query[i] for i in queries], pooling))
    return _POOLED[key]


_POOLED: dict[tuple[int, str], tuple[np.ndarray, np.ndarray]] = {}


def ranks_of(
    features: Features, index_learned: np.ndarray, query_learned: np.ndarray, colour_weight: float
) -> list[tuple[int, int | None]]:
    queries = queries_of(features.views)
    index = fuse(index_learned, colours(features.clean), colour_weight)
    query = fuse(query_learned, colours([features.query[i] for i in queries]), colour_weight)
    return _ranks(query, index, features.views, queries)


def recall(ranks: Sequence[tuple[int, int | None]], members: Sequence[int], k: int = 5) -> float:
    return float(np.mean([ranks[n][0] < k for n in members])) if members else float("nan")


def members(features: Features, keep: Callable[[View], bool]) -> list[int]:
    """Positions in the query list of the queries whose view passes `keep`."""
    return [n for n, i in enumerate(queries_of(features.views)) if keep(features.views[i])]


def standard_products(features: Features) -> set[str]:
    return {v.product_id for v in features.views if split_of(v.product_id) == "train"}


__all__ = ["TrainConfig", "describe", "fold_of", "gem", "load_features", "ranks_with", "recall", "train_head"]
