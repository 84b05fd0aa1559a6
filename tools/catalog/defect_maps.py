"""A photo's patch maps for the defect reader: the pretrained network's activations at two scales on the
subject crop (stride 8: 28x28 cells of 40 channels; stride 16: 14x14 cells of 112), and the subject's mask.

The same maps are taken from the customer's photo and from the ordered variant's catalog photo (the
reference), so the two can be compared cell by cell (`defect_reference.py`).
"""

from __future__ import annotations

import threading

import numpy as np
import torch
from pydantic import BaseModel, ConfigDict
from torch.nn import functional

from tools.catalog.efficientnet_lite import EfficientNetLite0
from tools.catalog.fused import crop_like_subject, network_input, subject_crop
from tools.catalog.photos import Cutout

PIXEL_SIDE = 128  # side of the subject crop kept for the pixel comparison
GRID = 14  # cells per side of the stride-16 map of a 224 px crop
FINE_GRID = 28  # cells per side of the stride-8 map
FINE_BLOCK, MID_BLOCK = 4, 10  # the last block at stride 8 and at stride 16
_LOCK = threading.Lock()


class PhotoMaps(BaseModel):
    """One photo's maps. `mid` (GRID*GRID x 112) and `fine` (FINE_GRID**2 x 40) rows are unit length (cosine
    comparisons); `patches` are the raw stride-16 rows with the fine map pooled onto them (the patch classifier's
    input); the masks say which cells show the subject."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    patches: np.ndarray
    mid: np.ndarray
    fine: np.ndarray
    on_subject: np.ndarray  # GRID*GRID bool
    fine_subject: np.ndarray  # FINE_GRID**2 bool
    aspect: float  # the subject box's height / width
    crop: np.ndarray  # the photo cropped to the subject's box, PIXEL_SIDE square, uint8 RGB (backdrop kept)
    crop_mask: np.ndarray  # the subject's mask in that crop, bool


def network_maps(network: EfficientNetLite0, tensor: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The stride-8 and stride-16 activations (the network's own layers, run up to block MID_BLOCK)."""
    x = functional.relu6(network._bn0(network._conv_stem(tensor)))
    fine = x
    for i, block in enumerate(network._blocks[: MID_BLOCK + 1]):
        x = block(x)
        if i == FINE_BLOCK:
            fine = x
    return fine, x


def cell_cover(mask: np.ndarray, cutout: Cutout, grid: int = GRID) -> np.ndarray:
    """Share of each cell of the crop's grid covered by a mask given at the cut-out's size."""
    cropped = crop_like_subject(mask.astype(np.uint8), cutout, fill=0).astype(np.float32)
    cell = cropped.shape[0] // grid
    return cropped[: cell * grid, : cell * grid].reshape(grid, cell, grid, cell).mean(axis=(1, 3)).ravel()


def photo_maps(network: EfficientNetLite0, cutout: Cutout) -> PhotoMaps:
    tensor = network_input(subject_crop(cutout)[None])
    with _LOCK, torch.inference_mode():
        fine, mid = network_maps(network, tensor)
        pooled = functional.avg_pool2d(fine, 2)
        patches = torch.cat([mid, pooled], dim=1)[0]
    fine_rows = fine[0].permute(1, 2, 0).reshape(-1, fine.shape[1]).numpy()
    mid_rows = mid[0].permute(1, 2, 0).reshape(-1, mid.shape[1]).numpy()
    top, bottom, left, right = cutout.box()
    return PhotoMaps(
        patches=patches.permute(1, 2, 0).reshape(-1, patches.shape[0]).numpy().astype(np.float16),
        mid=_unit(mid_rows),
        fine=_unit(fine_rows),
        on_subject=cell_cover(cutout.mask, cutout) > 0.05,
        fine_subject=cell_cover(cutout.mask, cutout, FINE_GRID) > 0.05,
        aspect=(bottom - top) / max(right - left, 1),
        crop=crop_like_subject(cutout.rgb, cutout, PIXEL_SIDE, fill=255),
        crop_mask=crop_like_subject(cutout.mask.astype(np.uint8), cutout, PIXEL_SIDE, fill=0) > 0,
    )


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True).clip(1e-6)).astype(np.float16)
