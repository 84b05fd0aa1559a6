"""Backbone features of catalog views and their phone-like copies, cached on disk one photo at a time.

A sweep over pooling, heads or colour weights re-reads these instead of re-running the network: the key is
the backbone, the crop version, the photo's path, size and modification time, and the degradation seed
(`None` for the clean catalog photo). Each entry holds what every pooling needs: the final and the
stride-16 feature maps of the subject crop and of its mirror image (float16), the subject's colour
histogram, and the degradation steps applied.
"""

from __future__ import annotations

import hashlib
import random
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from tqdm import tqdm

from evals.retrieval.phone import phone_photo
from tools.catalog.efficientnet_lite import VARIANTS, shared_network
from tools.catalog.fused import CROP_VERSION, CUT_SIDE, colour_block, network_input, subject_crop
from tools.catalog.photos import cut_out, open_photo

DEFAULT_CACHE = Path("var/eval-unseen/features")  # relative to the working directory, like the other eval caches
BATCH = 16


@dataclass(frozen=True)
class Entry:
    """The cached features of one photo (clean or degraded)."""

    final: np.ndarray  # (2, C, h, w) float16: the crop and its mirror image
    mid: np.ndarray  # (2, C', 2h, 2w) float16
    colour: np.ndarray  # (COLOUR_BINS,) float32, unit length
    steps: tuple[str, ...]


def degradation_rng(path: str, seed: int) -> random.Random:
    """The random chain of one query: fixed by the eval seed and the view's path."""
    return random.Random(seed * 1_000_003 + zlib.crc32(path.encode()))


def query_photo(images: Path, path: str, seed: int | None) -> tuple[Image.Image, list[str]]:
    """The catalog photo itself (seed None) or its phone-like copy for `seed`."""
    image = Image.open(images / path)
    if seed is None:
        return image.convert("RGB"), []
    return phone_photo(image, degradation_rng(path, seed))


def entry_path(cache: Path, backbone: str, images: Path, path: str, seed: int | None) -> Path:
    stat = (images / path).stat()
    key = f"{backbone}|{CROP_VERSION}|{path}|{stat.st_size}|{int(stat.st_mtime)}|{seed}"
    digest = hashlib.sha1(key.encode()).hexdigest()
    return cache / backbone / digest[:2] / f"{digest}.npz"


def photo_maps(photos: Sequence[Image.Image], backbone: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Final and stride-16 maps (photos x 2 x C x h x w, mirror second) and colour blocks of a batch."""
    model = shared_network(backbone)
    cutouts = [cut_out(open_photo(p, CUT_SIDE), CUT_SIDE) for p in photos]
    crops = np.stack([subject_crop(c, VARIANTS[backbone].side) for c in cutouts])
    both = np.concatenate([crops, crops[:, :, ::-1]])  # mirror images after the originals
    with torch.inference_mode():
        mid, final = model.patch_maps(network_input(both))
    n = len(photos)
    pair = lambda t: torch.stack([t[:n], t[n:]], dim=1).numpy().astype(np.float16)  # noqa: E731
    return pair(final), pair(mid), np.stack([colour_block(c) for c in cutouts])


def load_entries(
    images: Path,
    requests: Sequence[tuple[str, int | None]],
    backbone: str = "lite0",
    cache: Path = DEFAULT_CACHE,
    progress: bool = True,
) -> list[Entry]:
    """The entries of (path, seed) requests, computing and saving the missing ones first."""
    files = [entry_path(cache, backbone, images, path, seed) for path, seed in requests]
    missing = [i for i, f in enumerate(files) if not f.is_file()]
    for start in tqdm(range(0, len(missing), BATCH), desc=f"{backbone} features", disable=not progress or not missing):
        batch = missing[start : start + BATCH]
        photos, steps = zip(*(query_photo(images, *requests[i]) for i in batch), strict=True)
        final, mid, colour = photo_maps(photos, backbone)
        for j, i in enumerate(batch):
            files[i].parent.mkdir(parents=True, exist_ok=True)
            tmp = files[i].with_suffix(".tmp.npz")
            np.savez(tmp, final=final[j], mid=mid[j], colour=colour[j], steps=np.array(steps[j], dtype=str))
            tmp.replace(files[i])
    return [_read(f) for f in files]


def _read(file: Path) -> Entry:
    with np.load(file) as saved:
        return Entry(saved["final"], saved["mid"], saved["colour"], tuple(str(s) for s in saved["steps"]))


def stack(entries: Iterable[Entry]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Final maps, stride-16 maps and colour blocks of many entries as three arrays."""
    entries = list(entries)
    return (
        np.stack([e.final for e in entries]),
        np.stack([e.mid for e in entries]),
        np.stack([e.colour for e in entries]),
    )
