"""Defect photos for fitting (generator A, `train` products) and for the held-out check (generator B,
`holdout` products), each through phone-like degradations, turned into the network's patch features."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import numpy as np
from PIL import Image
from pydantic import BaseModel
from tqdm import tqdm

from evals.defects.heldout_generator import draw_heldout_defect
from evals.defects.train_generator import KINDS, draw_defect
from evals.retrieval.phone import blur, jpeg, perspective, textured_background, uneven_light
from evals.retrieval.runner import catalog_documents, split_of
from tools.catalog.defects import PhotoPatches, patch_labels, photo_patches
from tools.catalog.efficientnet_lite import shared_network
from tools.catalog.fused import CUT_SIDE
from tools.catalog.photos import cut_out, open_photo

CLASSES = ("ok", *KINDS)


class Sample(BaseModel, arbitrary_types_allowed=True):
    product_id: str
    kind: str  # ok or a defect kind
    features: PhotoPatches
    patch_cover: np.ndarray | None  # share of each patch the drawn defect covers (generator A only)
    on_subject: np.ndarray


def main_views(source: Path, split: str, count: int, seed: int) -> list[tuple[str, str]]:
    """(product id, main photo) of `count` colours of the split's products, at most two per product."""
    per_product: dict[str, int] = {}
    chosen = []
    documents = [d for d in catalog_documents(source) if d.image_path and split_of(d.product_id) == split]
    for document in random.Random(seed).sample(documents, len(documents)):
        if per_product.get(document.product_id, 0) < 2:
            per_product[document.product_id] = per_product.get(document.product_id, 0) + 1
            chosen.append((document.product_id, str(document.image_path)))
    return chosen[:count]


def phone_copy(photo: Image.Image, rng: random.Random, geometric: bool) -> Image.Image:
    """Phone degradations without the partial crop (it could cut the defect out). The fitting set keeps the
    geometry (so the defect mask stays aligned); the held-out photos are also tilted in perspective."""
    if rng.random() < 0.6:
        photo = textured_background(photo, rng)
    if geometric and rng.random() < 0.8:
        photo = perspective(photo, rng)
    photo = uneven_light(photo, rng)
    if rng.random() < 0.5:
        photo = blur(photo, rng)
    return jpeg(photo, rng)


def build_samples(source: Path, *, heldout: bool, count: int, seed: int, progress: bool = True) -> list[Sample]:
    split = "holdout" if heldout else "train"
    network = shared_network()
    samples = []
    views = main_views(source, split, count, seed)
    for product_id, path in tqdm(views, desc=f"{split} defects", disable=not progress):
        original = Image.open(source / "images" / path).convert("RGB")
        for kind in CLASSES:
            rng = random.Random(f"{seed}:{path}:{kind}:{zlib.crc32(split.encode())}")
            mask = None
            if kind == "ok":
                drawn = original.copy()
                drawn.thumbnail((512, 512))
            elif heldout:
                drawn = draw_heldout_defect(original, kind, rng)
            else:
                drawn, mask = draw_defect(original, kind, rng)
                mask = None if kind == "crushed" else mask  # the whole item: not a patch-level defect
            photo = phone_copy(drawn, rng, geometric=heldout)
            cutout = cut_out(open_photo(photo, CUT_SIDE), CUT_SIDE)
            cover = None
            if mask is not None:
                resized = np.asarray(Image.fromarray(mask.astype(np.uint8) * 255).resize(cutout.mask.shape[::-1])) > 127
                cover = patch_labels(resized, cutout)
            elif kind == "ok" and not heldout:
                cover = np.zeros(196, np.float32)
            samples.append(
                Sample(
                    product_id=product_id,
                    kind=kind,
                    features=photo_patches(network, cutout),
                    patch_cover=cover,
                    on_subject=patch_labels(cutout.mask, cutout) > 0.05,
                )
            )
    return samples
