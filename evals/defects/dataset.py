"""Defect photos for fitting (generator A, `train` products) and for the held-out check (generator B,
`holdout` products), each through phone-like degradations, as the defect reader's patch maps, with the
maps of the catalog photo they were made from (the ordered variant's reference).

Both sets have the camera tilted in perspective (in the fitting set the defect's mask is warped with the
photo, so the patch labels stay on the defect) and photos at several sizes; `ok_small` photos are clean
studio copies at the demo shop's size (about 200-260 px), half of them scaled back up, the class of photo
the first crushed model called crushed; `other_colour` photos show a sibling colour of the product
compared with the ordered colour's reference (a colour shift all over is no damage); `other_product` photos
are a clean phone copy of another product of the same split against the ordered product's reference (a
wrong item sent: it is not crushed, however little it looks like the reference).
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import numpy as np
from PIL import Image
from pydantic import BaseModel, ConfigDict
from tqdm import tqdm

from evals.defects.generator_c import SIDE as C_SIDE
from evals.defects.generator_c import draw_generator_c_defect
from evals.defects.heldout_generator import draw_heldout_defect
from evals.defects.train_generator import KINDS, draw_defect
from evals.retrieval.phone import blur, jpeg, perspective, textured_background, uneven_light
from evals.retrieval.runner import catalog_documents, split_of
from tools.catalog.defect_maps import PhotoMaps, cell_cover, photo_maps
from tools.catalog.efficientnet_lite import shared_network
from tools.catalog.fused import CUT_SIDE
from tools.catalog.photos import cut_out, open_photo

OTHER_PRODUCT = "other_product"  # a clean photo of another product, against the ordered product's reference
CLASSES = ("ok", "ok_small", "other_colour", *KINDS, OTHER_PRODUCT)
CLEAN = ("ok", "ok_small", "other_colour")  # clean photos of the ordered product (a flag on them is a false alarm)


class Sample(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    product_id: str
    kind: str  # ok, ok_small or a defect kind
    reference: str  # the catalog photo (relative path) the sample was made from
    maps: PhotoMaps
    patch_cover: np.ndarray | None  # share of each cell the drawn defect covers (generator A only)


class DefectSet(BaseModel):
    samples: list[Sample]
    references: dict[str, PhotoMaps]


def main_views(source: Path, split: str, count: int, seed: int) -> list[tuple[str, str, str | None]]:
    """(product id, main photo, a sibling colour's main photo) of `count` colours of the split's products, at
    most two per product."""
    per_product: dict[str, int] = {}
    chosen = []
    documents = [d for d in catalog_documents(source) if d.image_path and split_of(d.product_id) == split]
    photos: dict[str, list[str]] = {}
    for document in documents:
        photos.setdefault(document.product_id, []).append(str(document.image_path))
    rng = random.Random(seed)
    for document in rng.sample(documents, len(documents)):
        if per_product.get(document.product_id, 0) < 2:
            per_product[document.product_id] = per_product.get(document.product_id, 0) + 1
            siblings = [p for p in photos[document.product_id] if p != str(document.image_path)]
            chosen.append((document.product_id, str(document.image_path), rng.choice(siblings) if siblings else None))
    return chosen[:count]


def phone_copy(photo: Image.Image, rng: random.Random, geometric: bool) -> Image.Image:
    """Phone degradations without the partial crop (it could cut the defect out)."""
    return phone_copy_with_mask(photo, None, rng, geometric)[0]


def phone_copy_with_mask(
    photo: Image.Image, mask: np.ndarray | None, rng: random.Random, geometric: bool
) -> tuple[Image.Image, np.ndarray | None]:
    """The degradations, with a defect mask (photo-sized, bool) warped by the same perspective."""
    if rng.random() < 0.6:
        photo = textured_background(photo, rng)
    if geometric and rng.random() < 0.8:
        state = rng.getstate()
        photo = perspective(photo, rng)
        if mask is not None:
            twin = random.Random()
            twin.setstate(state)
            warped = perspective(Image.fromarray(mask.astype(np.uint8) * 255).convert("RGB"), twin)
            mask = np.asarray(warped)[..., 0] > 127
    photo = uneven_light(photo, rng)
    if rng.random() < 0.5:
        photo = blur(photo, rng)
    return jpeg(photo, rng), mask


def small_clean_copy(photo: Image.Image, rng: random.Random) -> Image.Image:
    """A studio photo at the demo shop's size, sometimes scaled back up (upscaling blur and ringing)."""
    small = photo.copy()
    small.thumbnail((rng.randint(180, 260),) * 2, Image.Resampling.BILINEAR)
    if rng.random() < 0.5:
        factor = rng.uniform(1.5, 2.5)
        small = small.resize((int(small.width * factor), int(small.height * factor)), Image.Resampling.BICUBIC)
    return jpeg(small, rng) if rng.random() < 0.5 else small


def _drawn(
    original: Image.Image, kind: str, heldout: bool, rng: random.Random, generator: str = "B"
) -> tuple[Image.Image, np.ndarray | None]:
    if kind in (*CLEAN, OTHER_PRODUCT):
        drawn = original.copy()
        side = (C_SIDE if generator == "C" else 512) if heldout else rng.randint(256, 512)
        drawn.thumbnail((side, side))
        return drawn, (np.zeros((drawn.height, drawn.width), bool) if not heldout else None)
    if heldout and generator == "C":
        return draw_generator_c_defect(original, kind, rng), None
    if heldout:
        return draw_heldout_defect(original, kind, rng), None
    drawn, mask = draw_defect(original, kind, rng)
    side = rng.randint(256, 512)  # photos of several sizes
    if max(drawn.size) > side:
        scale = side / max(drawn.size)
        size = (max(1, round(drawn.width * scale)), max(1, round(drawn.height * scale)))
        drawn = drawn.resize(size, Image.Resampling.BILINEAR)
        mask = np.asarray(Image.fromarray(mask.astype(np.uint8) * 255).resize(size)) > 127
    return drawn, (None if kind == "crushed" else mask)  # crushed: the whole item, not a patch-level defect


def build_samples(
    source: Path, *, heldout: bool, count: int, seed: int, progress: bool = True, generator: str = "B"
) -> DefectSet:
    """Generator A's photos of `train` products, or (heldout) generator B's or C's of `holdout` products."""
    split = "holdout" if heldout else "train"
    network = shared_network()
    samples, references = [], {}
    views = main_views(source, split, count, seed)
    for product_id, path, sibling in tqdm(views, desc=f"{split} defects", disable=not progress):
        original = Image.open(source / "images" / path).convert("RGB")
        references[path] = photo_maps(network, cut_out(open_photo(original, CUT_SIDE), CUT_SIDE))
        others = [view for view in views if view[0] != product_id]
        other = random.Random(f"{seed}:{path}:{OTHER_PRODUCT}").choice(others)[1] if others else None
        for kind in CLASSES:
            if (kind == "other_colour" and sibling is None) or (kind == OTHER_PRODUCT and other is None):
                continue
            suffix = ":C" if generator == "C" else ""
            rng = random.Random(f"{seed}:{path}:{kind}:{zlib.crc32(split.encode())}{suffix}")
            if kind in ("other_colour", OTHER_PRODUCT):
                shown = sibling if kind == "other_colour" else other
                drawn, mask = _drawn(
                    Image.open(source / "images" / str(shown)).convert("RGB"), kind, heldout, rng, generator
                )
            else:
                drawn, mask = _drawn(original, kind, heldout, rng, generator)
            if kind == "ok_small":
                photo, mask = small_clean_copy(drawn, rng), None
            else:
                photo, mask = phone_copy_with_mask(drawn, mask, rng, geometric=True)
            cutout = cut_out(open_photo(photo, CUT_SIDE), CUT_SIDE)
            cover = None
            if mask is not None:
                resized = np.asarray(Image.fromarray(mask.astype(np.uint8) * 255).resize(cutout.mask.shape[::-1])) > 127
                cover = cell_cover(resized, cutout)
            if kind in ("other_colour", OTHER_PRODUCT):
                cover = None  # not a defect, but no pixel-level label either (the drawings are of the sibling)
            samples.append(
                Sample(product_id=product_id, kind=kind, reference=path, maps=photo_maps(network, cutout),
                       patch_cover=cover)
            )
    return DefectSet(samples=samples, references=references)
