"""What the enrichment heads read from one photo: the pretrained network's pooled features of the subject
crop (as the photo embedder computes them) and the colour reader's features of each garment region.

One cut-out per photo serves both: the network sees the subject crop of the 320 px cut-out, the colour reader
a 192 px copy of the same cut-out (the size it was fitted at), so enrichment costs little beyond the encoder.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import cv2
import numpy as np
import torch
from pydantic import BaseModel, ConfigDict

from tools.catalog.colour import GarmentRegion, cluster_names, features_of, garment_colours
from tools.catalog.efficientnet_lite import EfficientNetLite0, shared_network
from tools.catalog.fused import CUT_SIDE, network_input, subject_crop
from tools.catalog.photos import WORK_SIDE, Cutout, ImageInput, cut_out, lab_pixels, open_photo

FEATURE_VERSION = "lite0-pooled+lch/v1"
_LOCK = threading.Lock()  # one forward pass at a time: torch threads are set process-wide


class PhotoFeatures(BaseModel):
    """One photo's inputs to the heads: unit-length network features and the colour reader's view of it."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    network: np.ndarray  # FEATURES floats, unit length
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
    """Unit-length pooled features of each subject crop (the same numbers as the fused photo embedder's)."""
    tensor = network_input(np.stack([subject_crop(c) for c in cutouts]))
    rows = []
    with _LOCK, torch.inference_mode():
        for start in range(0, len(tensor), batch_size):
            rows.append(network.features(tensor[start : start + batch_size]).numpy())
    features = np.concatenate(rows)
    return features / np.linalg.norm(features, axis=1, keepdims=True).clip(1e-9)


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
