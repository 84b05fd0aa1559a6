"""Fine-tuning the last block(s) of Lite0 for the attribute heads, screened on the eval's product-grouped folds
(issue 19, fifth round):

    python -m evals.enrichment.tail --work-dir /work/cache/NAME/eval --cache /work/cache/NAME/tail.npz \
        [--depth 1] [--epochs 10] [--tail-lr 3e-4 | 0: the pretrained tail, heads only] [--flips]

Every catalog photo is read once up to the input of the last two blocks (the 192 x 7 x 7 map after block
13), for the two views the reader uses (the subject crop and its top half) and their mirror images (the
augmentation). Inside each outer fold of the eval (`crossval.folds_of`, the same folds as the eval), the tail
(the last `depth` blocks, the 1x1 head convolution) and one linear head per trained attribute are trained on
the training products' photos only (class-balanced cross-entropy, BatchNorm statistics frozen); the held-out
products are then read by the reader (`read_evidence`: pooling, category mixture, styles, colour) with those
heads on the tuned tail's features. No view of a held-out product is in the fold's training, its
augmentations or its BatchNorm statistics. `frozen` trains the same linear heads on the pretrained tail (the
control: what the fine-tune adds over the training recipe).
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional
from tqdm import tqdm

import tools.catalog.enrichment.heads as heads_module
from evals.enrichment.crossval import Outcomes, _colourways, _score, folds_of
from evals.enrichment.dataset import PhotoTable, photo_table
from evals.enrichment.fit import fit_colour, head_label, style_categories
from evals.enrichment.metrics import score
from tools.catalog.efficientnet_lite import FEATURES as NETWORK_FEATURES
from tools.catalog.efficientnet_lite import EfficientNetLite0, shared_network
from tools.catalog.enrichment.features import top_box
from tools.catalog.enrichment.heads import TRAINED, EnrichmentHeads, LinearHead
from tools.catalog.enrichment.labels import Attribute
from tools.catalog.enrichment.reader import read_evidence
from tools.catalog.fused import CUT_SIDE, network_input, subject_crop
from tools.catalog.photos import cut_out, open_photo

SOURCE = Path("../shared/data/magento-catalog")
CACHED_AFTER = 13  # the cache holds the map after this block: the input of blocks 14 and 15 (the last two)
SCALE = 10.0  # the heads read unit-length view blocks times this
TASK_WEIGHT = {"category_type": 1.0, "gender": 1.0, "style_general": 1.0, "style_bottom": 1.0, "pattern": 0.5}


def read_tail_inputs(cache: Path, batch: int = 8) -> dict[str, np.ndarray]:
    """Per image file: the map after block CACHED_AFTER of (subject, top, subject mirrored, top mirrored)."""
    if cache.is_file():
        return dict(np.load(cache))
    from evals.enrichment.dataset import labelled_photos

    images = sorted({p.image for p in labelled_photos(SOURCE)})
    network = shared_network("lite0")
    maps: list[np.ndarray] = []
    for start in tqdm(range(0, len(images), batch), desc="tail inputs"):
        cutouts = [cut_out(open_photo(SOURCE / "images" / image, CUT_SIDE), CUT_SIDE)
                   for image in images[start : start + batch]]
        crops = np.stack([subject_crop(c) for c in cutouts])
        tops = np.stack([subject_crop(c, box=top_box(c)) for c in cutouts])
        views = np.concatenate([crops, tops, crops[:, :, ::-1], tops[:, :, ::-1]])
        with torch.inference_mode():
            x = network_input(views)
            x = functional.relu6(network._bn0(network._conv_stem(x)))
            for block in network._blocks[: CACHED_AFTER + 1]:
                x = block(x)
        n = len(cutouts)
        maps.append(torch.stack([x[:n], x[n : 2 * n], x[2 * n : 3 * n], x[3 * n :]], 1).numpy().astype(np.float16))
    arrays = {"maps": np.concatenate(maps), "images": np.asarray(images)}
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **arrays)  # type: ignore[arg-type]
    return arrays


class Tail(nn.Module):
    """The network's last `depth` blocks and head convolution, pooled per view to unit length."""

    def __init__(self, network: EfficientNetLite0, depth: int) -> None:
        super().__init__()
        first = len(network._blocks) - depth
        self.blocks = nn.ModuleList(copy.deepcopy(list(network._blocks[first:])) if depth else [])
        self.conv_head = copy.deepcopy(network._conv_head)
        self.bn = copy.deepcopy(network._bn1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # N x C x 7 x 7 -> N x 1280
        for block in self.blocks:
            x = block(x)
        x = functional.relu6(self.bn(self.conv_head(x))).mean(dim=(2, 3))
        return functional.normalize(x, dim=1)


def _frozen_prefix(network: EfficientNetLite0, maps: torch.Tensor, depth: int) -> torch.Tensor:
    """The cached maps through the blocks between the cache and the tuned tail (frozen)."""
    with torch.inference_mode():
        x = maps
        for block in network._blocks[CACHED_AFTER + 1 : len(network._blocks) - depth]:
            x = block(x)
    return x.clone()


def _features(tail: Tail, inputs: torch.Tensor, rows: np.ndarray, mirrored: bool = False) -> np.ndarray:
    """photos x 2560: the unit-length subject and top blocks of the tuned tail (mirrors: views 2 and 3)."""
    tail.eval()
    out = []
    with torch.inference_mode():
        for start in range(0, len(rows), 64):
            chunk = torch.as_tensor(rows[start : start + 64])
            subject, top = (2, 3) if mirrored else (0, 1)
            out.append(torch.cat([tail(inputs[chunk, subject]), tail(inputs[chunk, top])], 1).numpy())
    return np.concatenate(out)


def train_fold(table: PhotoTable, inputs: torch.Tensor, rows: list[int], network: EfficientNetLite0, depth: int,
               epochs: int, tail_lr: float, seed: int = 0) -> tuple[Tail, dict[str, nn.Linear], dict[str, list[str]]]:
    """The tail and one linear head per trained attribute, trained on `rows` (photos of training products)."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    tail = Tail(network, depth)
    classes: dict[str, list[str]] = {}
    targets: dict[str, torch.Tensor] = {}
    weights: dict[str, torch.Tensor] = {}
    for name in TRAINED:
        labels = [head_label(table.photos[i], name) for i in rows]
        classes[name] = sorted({label for label in labels if label})
        index = {c: k for k, c in enumerate(classes[name])}
        targets[name] = torch.tensor([index[label] if label else -100 for label in labels])
        counts = np.bincount([index[label] for label in labels if label], minlength=len(classes[name]))
        weights[name] = torch.tensor(counts.sum() / (len(counts) * counts.clip(1)), dtype=torch.float32)
    heads = {name: nn.Linear(2 * NETWORK_FEATURES, len(classes[name])) for name in TRAINED}
    for head in heads.values():
        nn.init.zeros_(head.weight)
        nn.init.zeros_(head.bias)
    tail_params = [p for n, p in tail.named_parameters()]
    rates = [3e-3] + ([tail_lr] if tail_lr > 0 else [])
    groups: list[dict[str, object]] = [{"params": [p for h in heads.values() for p in h.parameters()], "lr": rates[0],
                                        "weight_decay": 1e-4}]
    if tail_lr > 0:
        groups.append({"params": tail_params, "lr": tail_lr, "weight_decay": 1e-4})
    else:
        for p in tail_params:
            p.requires_grad_(False)
    optimiser = torch.optim.AdamW(groups)
    train = np.asarray(rows)
    steps = epochs * int(np.ceil(len(train) / 32))
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=rates, total_steps=steps,
                                                    pct_start=0.15)
    position = {i: k for k, i in enumerate(rows)}
    frozen = None
    if tail_lr <= 0:  # the pretrained tail: its features once, plain and mirrored
        frozen = torch.from_numpy(np.stack([_features(tail, inputs, np.arange(len(inputs))),
                                            _features(tail, inputs, np.arange(len(inputs)), mirrored=True)], 1))
    for _ in range(epochs):
        tail.train()
        for module in tail.modules():  # BatchNorm statistics stay the pretrained ones
            if isinstance(module, nn.BatchNorm2d):
                module.eval()
        for batch in np.array_split(rng.permutation(train), int(np.ceil(len(train) / 32))):
            mirror = torch.as_tensor(rng.integers(0, 2, len(batch)) * 2)
            chunk = torch.as_tensor(batch)
            if frozen is not None:
                feats = SCALE * frozen[chunk, mirror // 2]
            else:
                feats = SCALE * torch.cat([tail(inputs[chunk, mirror]), tail(inputs[chunk, mirror + 1])], 1)
            feats = functional.dropout(feats, 0.2, training=True)
            local = torch.as_tensor([position[int(i)] for i in batch])
            loss = torch.zeros(())
            for name, head in heads.items():
                target = targets[name][local]
                if (target >= 0).any():
                    loss = loss + TASK_WEIGHT[name] * functional.cross_entropy(
                        head(feats), target, weight=weights[name], ignore_index=-100)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            scheduler.step()
    return tail, heads, classes


def as_enrichment_heads(table: PhotoTable, rows: list[int], heads: dict[str, nn.Linear],
                        classes: dict[str, list[str]], version: str) -> EnrichmentHeads:
    """The trained linear heads in the shipped format (mean 0, scale 1 / SCALE: the heads read SCALE x x)."""
    features = 2 * NETWORK_FEATURES
    linear = {}
    for name, head in heads.items():
        w, b = head.weight.detach().numpy(), head.bias.detach().numpy()
        if len(classes[name]) == 1:
            w, b = np.zeros((1, features)), np.zeros(1)
        linear[name] = LinearHead(classes=classes[name], weights=w.T.tolist(), bias=b.tolist())
    return EnrichmentHeads(
        feature_version=heads_module.FEATURE_VERSION, model_version=version, mean=[0.0] * features,
        scale=[1.0 / SCALE] * features, categories=sorted({table.photos[i].truth[Attribute.CATEGORY] for i in rows}),
        heads=linear, style_categories=style_categories(table, rows),
        fitted_on=version)


def screen(work_dir: Path, cache: Path, depth: int, epochs: int, tail_lr: float, flips: bool) -> dict[str, object]:
    table = photo_table(SOURCE, work_dir)
    arrays = read_tail_inputs(cache)
    index = {str(image): i for i, image in enumerate(arrays["images"])}
    network = shared_network("lite0")
    cached = torch.from_numpy(arrays["maps"][[index[p.image] for p in table.photos]].astype(np.float32))
    n, views = cached.shape[:2]
    inputs = _frozen_prefix(network, cached.flatten(0, 1), depth).unflatten(0, (n, views))
    pooled, single = Outcomes(), Outcomes()
    everything = set(range(len(table.photos)))
    started = time.perf_counter()
    for fold, held in enumerate(folds_of(table)):
        train = sorted(everything - set(held.tolist()))
        tail, linear, classes = train_fold(table, inputs, train, network, depth, epochs, tail_lr, seed=fold)
        heads = as_enrichment_heads(table, train, linear, classes, f"tail-fold-{fold}")
        features = _features(tail, inputs, np.arange(len(table.photos)))
        if flips:
            features = features + _features(tail, inputs, np.arange(len(table.photos)), mirrored=True)
            features = np.concatenate([_unit(features[:, :1280]), _unit(features[:, 1280:])], 1)
        swapped = PhotoTable(table.photos, features, table.colour, 0.0)
        colour = fit_colour(table, train)
        by_product: dict[str, list[int]] = defaultdict(list)
        for i in held:
            by_product[table.photos[i].product_id].append(int(i))
        for product_rows in by_product.values():
            _score(swapped, fold, product_rows, read_evidence(_colourways(swapped, product_rows), heads=heads,
                                                              colour_model=colour), pooled)
            for i in product_rows:
                _score(swapped, fold, [i], read_evidence(_colourways(swapped, [i]), heads=heads,
                                                         colour_model=colour), single)
        so_far = {a.value: score(r).fold_macro_recall[-1] for a, r in pooled.rows.items()}
        print(f"fold {fold} done {time.perf_counter() - started:.0f}s", json.dumps(so_far), flush=True)  # noqa: T201
    scores = {a.value: score(r) for a, r in pooled.rows.items()}
    singles = {a.value: score(r) for a, r in single.rows.items()}
    return {a: [scores[a].macro_recall, scores[a].accuracy, scores[a].fold_macro_recall_std, singles[a].macro_recall]
            for a in scores}


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True).clip(1e-9)


def main() -> None:
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(1)
    threadpool_limits(1)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--depth", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--tail-lr", type=float, default=3e-4)
    parser.add_argument("--flips", action="store_true", help="test-time flips: mean of a view and its mirror")
    parser.add_argument("--cache-only", action="store_true")
    args = parser.parse_args()
    if args.cache_only:
        read_tail_inputs(args.cache)
        return
    result = screen(args.work_dir, args.cache, args.depth, args.epochs, args.tail_lr, args.flips)
    print(json.dumps({"depth": args.depth, "epochs": args.epochs, "tail_lr": args.tail_lr, "flips": args.flips,  # noqa: T201
                      "scores": result}), flush=True)


if __name__ == "__main__":
    main()
