"""Damage seen in a customer's photo, without their words: a defect on the item (tear, hole, stain, broken
part) from patch-level features of the pretrained network, and an item crushed in transit from its pooled
features. The two small logistic models are fitted by `vitrine eval defects --fit` on defects drawn by one
generator and are checked on defects drawn by another (evals/defects/REPORT.md).
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import numpy as np
import torch
from pydantic import BaseModel
from torch.nn import functional

from tools.catalog.efficientnet_lite import EfficientNetLite0, shared_network
from tools.catalog.fused import CUT_SIDE, crop_like_subject, network_input, subject_crop
from tools.catalog.photos import Cutout, ImageInput, cut_out, open_photo

MODEL_PATH = Path(__file__).with_name("defect_model.json")
GRID = 14  # patches per side (the stride-16 map of a 224 px crop)
_LOCK = threading.Lock()


class LinearModel(BaseModel):
    """A standardised logistic regression: p = sigmoid(((x - mean) / scale) . coef + intercept)."""

    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


class DefectModel(BaseModel):
    """The fitted patch (defect) and image (crushed) models with the thresholds that flag them."""

    patch: LinearModel
    crushed: LinearModel
    defect_threshold: float
    crushed_threshold: float
    fitted_on: str


class DamageReading(BaseModel):
    """What the photo shows: scores in 0..1 and whether each passes its threshold."""

    defect_score: float
    crushed_score: float
    defect: bool
    crushed: bool


class PhotoPatches(BaseModel, arbitrary_types_allowed=True):
    """One photo's patch features (GRID*GRID rows), pooled features and the subject's shape."""

    patches: np.ndarray
    pooled: np.ndarray
    shape: np.ndarray  # subject box aspect (height / width) and the subject's share of the photo


def photo_patches(network: EfficientNetLite0, cutout: Cutout) -> PhotoPatches:
    """Patch features: the stride-16 block output with the head's map upsampled onto it (1392 per patch)."""
    tensor = network_input(subject_crop(cutout)[None])
    with _LOCK, torch.inference_mode():
        middle, head = network.patch_maps(tensor)
        pooled = head.mean(dim=(2, 3))[0].numpy()
        head = functional.interpolate(head, size=middle.shape[-2:], mode="nearest")
        maps = torch.cat([middle, head], dim=1)[0]
    patches = maps.permute(1, 2, 0).reshape(-1, maps.shape[0]).numpy()
    top, bottom, left, right = cutout.box()
    shape = np.array([(bottom - top) / max(right - left, 1), cutout.foreground_share], dtype=np.float32)
    return PhotoPatches(patches=patches, pooled=pooled, shape=shape)


def crushed_features(photo: PhotoPatches) -> np.ndarray:
    return np.concatenate([photo.pooled, photo.shape])


def patch_labels(mask: np.ndarray, cutout: Cutout) -> np.ndarray:
    """Share of each patch covered by a defect mask (the mask at the cut-out's size), in the crop's grid."""
    cropped = crop_like_subject(mask.astype(np.uint8), cutout, fill=0).astype(np.float32)
    cell = cropped.shape[0] // GRID
    return cropped[: cell * GRID, : cell * GRID].reshape(GRID, cell, GRID, cell).mean(axis=(1, 3)).ravel()


def subject_patches(cutout: Cutout) -> np.ndarray:
    """Which patches touch the subject: a defect is only looked for on the item."""
    return patch_labels(cutout.mask, cutout) > 0.05


def read_damage(
    photo: ImageInput, *, network: EfficientNetLite0 | None = None, model: DefectModel | None = None
) -> DamageReading:
    """Defect and crushed scores of a customer's photo."""
    model = model or shipped_defect_model()
    cutout = cut_out(open_photo(photo, CUT_SIDE), CUT_SIDE)
    features = photo_patches(network or shared_network(), cutout)
    defect = defect_score(model, features, cutout)
    crushed = float(model.crushed.probability(crushed_features(features)[None])[0])
    return DamageReading(
        defect_score=round(defect, 4),
        crushed_score=round(crushed, 4),
        defect=defect >= model.defect_threshold,
        crushed=crushed >= model.crushed_threshold,
    )


def defect_score(model: DefectModel, features: PhotoPatches, cutout: Cutout) -> float:
    return defect_score_of_grid(model.patch.probability(features.patches), subject_patches(cutout))


def defect_score_of_grid(probabilities: np.ndarray, on_subject: np.ndarray) -> float:
    """The most defect-like patch on the subject, averaged with its neighbours (one noisy patch is not a tear)."""
    grid = probabilities.reshape(GRID, GRID)
    padded = np.pad(grid, 1, mode="edge")
    smooth = sum(padded[1 + dy : 1 + dy + GRID, 1 + dx : 1 + dx + GRID] for dy in (-1, 0, 1) for dx in (-1, 0, 1)) / 9
    combined = np.maximum(smooth, grid * 0.75).ravel()
    return float(combined[on_subject].max()) if on_subject.any() else 0.0


@functools.cache
def shipped_defect_model() -> DefectModel:
    return DefectModel.model_validate_json(MODEL_PATH.read_text())
