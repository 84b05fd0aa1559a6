"""What the enrichment heads read from one photo: the pretrained network's pooled features of two views of
the subject (the whole subject crop, as the photo embedder computes it, and its top part) and the colour
reader's features of each garment region.

The top view (the upper TOP_SHARE of the subject's box, squared and enlarged to the network's input) shows a
hood, a collar, a zip's top and the shoulders at twice the scale of the whole crop, whose 7x7 final map blurs
them: out of fold (nested, evals/enrichment/REPORT.md) it is what tells a hoodie from a jacket and a tee. One
cut-out per photo serves every view: the network sees crops of the 320 px cut-out (both views in one batch,
as the photo embedder runs a crop and its mirror), the colour reader a 192 px copy of the same cut-out (the
size it was fitted at).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import cv2
import numpy as np
import torch
from pydantic import BaseModel, ConfigDict

from tools.catalog.colour import GarmentRegion, cluster_names, features_of, garment_colours
from tools.catalog.efficientnet_lite import FEATURES as NETWORK_FEATURES
from tools.catalog.efficientnet_lite import EfficientNetLite0, shared_network
from tools.catalog.fused import CUT_SIDE, Box, network_input, subject_crop, visible_mask
from tools.catalog.photos import WORK_SIDE, Cutout, ImageInput, cut_out, lab_pixels, open_photo

FEATURE_VERSION = "lite0-pooled-subject+top+lch/v2"
TOP_SHARE = 0.5  # the top view: this upper share of the subject's height
VIEWS = ("subject", "top")  # the network's views of a photo, each a unit-length block of the features
FEATURES = len(VIEWS) * NETWORK_FEATURES
_LOCK = threading.Lock()  # one forward pass at a time: torch threads are set process-wide


class PhotoFeatures(BaseModel):
    """One photo's inputs to the heads: unit-length network features and the colour reader's view of it."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    network: np.ndarray  # FEATURES floats: one unit-length block per view (VIEWS)
    cutout: Cutout  # the 192 px cut-out the colour reader works on


def photo_features(
    photos: Sequence[ImageInput], network: EfficientNetLite0 | None = None, batch_size: int = 16
) -> list[PhotoFeatures]:
    """Features of each photo: one decode and one cut-out each, the network run in batches."""
    cutouts = [cut_out(open_photo(photo, CUT_SIDE), CUT_SIDE) for photo in photos]
    if not cutouts:
        return []
    learned = network_features(cutouts, network or shared_network(), batch_size)
    return [PhotoFeatures(network=row, cutout=reduced(c)) for row, c in zip(learned, cutouts, strict=True)]


def network_features(cutouts: Sequence[Cutout], network: EfficientNetLite0, batch_size: int = 16) -> np.ndarray:
    """Each photo's mean-pooled final map of every view (VIEWS: the subject crop, then its top part), each
    view's block unit length, side by side (photos x FEATURES)."""
    crops = np.stack([subject_crop(c) for c in cutouts])
    tops = np.stack([subject_crop(c, box=top_box(c)) for c in cutouts])
    blocks: list[np.ndarray] = []
    with _LOCK, torch.inference_mode():
        for start in range(0, len(crops), batch_size):
            end = start + batch_size
            both = network.features(network_input(np.concatenate([crops[start:end], tops[start:end]]))).numpy()
            n = len(crops[start:end])
            blocks.append(np.concatenate([_unit(both[:n]), _unit(both[n:])], axis=1))
    return np.concatenate(blocks)


def top_box(cutout: Cutout, share: float = TOP_SHARE) -> Box:
    """The upper `share` of the subject's box (top, bottom, left, right), narrowed to the columns the subject
    crop shows there (a head and shoulders are narrower than outstretched legs or a bag's strap)."""
    top, bottom, left, right = cutout.box()
    bottom = top + max(1, round(share * (bottom - top)))
    columns = np.flatnonzero(visible_mask(cutout)[top:bottom].any(axis=0))
    if len(columns):
        left, right = int(columns[0]), int(columns[-1]) + 1
    return top, bottom, left, right


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True).clip(1e-9)


def reduced(cutout: Cutout, side: int = WORK_SIDE) -> Cutout:
    """The cut-out at the colour reader's working size (its pixels and mask resized, not recomputed)."""
    height, width = cutout.mask.shape
    scale = side / max(height, width)
    if scale >= 1:
        return cutout
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    rgb = cv2.resize(cutout.rgb, size, interpolation=cv2.INTER_AREA)
    mask = cv2.resize(cutout.mask.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST).astype(bool)
    if not mask.any():
        mask = np.ones(mask.shape, dtype=bool)
    return Cutout(rgb=rgb, lab=lab_pixels(rgb), mask=mask)


def colour_features(features: PhotoFeatures, region: GarmentRegion) -> np.ndarray:
    """The colour classifier's input for the garment in `region` (tops upper body, bottoms lower body)."""
    return features_of(features.cutout, region)


def palette_shares(features: PhotoFeatures, region: GarmentRegion) -> dict[str, float]:
    """Palette colour name -> share of the garment's pixels (the colour clusters), for secondary colours."""
    centres, weights = garment_colours(features.cutout, region)
    return cluster_names(centres, weights)
