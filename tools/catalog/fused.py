"""The default photo embedder: pretrained EfficientNet-Lite0 features of the cut-out subject, fused with colour.

A customer's photo differs from the catalog's in backdrop, framing and view. The subject is cut out (backdrop
estimated from the border, `photos.cut_out`), cropped with a margin, set on studio white and squared, so the
network sees what a catalog photo shows; its pooled features say what kind of item it is, and the CIELAB
histogram of the subject's pixels (the descriptor's colour block) says which colourway.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import cv2
import numpy as np
import torch
from PIL import Image

from tools.catalog.descriptor import _colour_histogram
from tools.catalog.efficientnet_lite import FEATURES, EfficientNetLite0, shared_network
from tools.catalog.photos import Cutout, ImageInput, cut_out, open_photo

INPUT_SIDE = 224
CUT_SIDE = 320  # the cut-out is computed at this size; the crop is taken from it
CROP_MARGIN = 0.06  # share of the subject's box added on every side
COLOUR_BINS = 4 * 8 * 8
# Weights of the two unit-length blocks before the whole vector is normalised: chosen on the `train`
# products of evals/retrieval (unseen views, phone degradations); the holdout figure is reported apart.
BLOCK_WEIGHTS = {"cnn": 1.0, "colour": 0.2}


class FusedEmbedder:
    """EfficientNet-Lite0 features of the subject crop + its CIELAB colour histogram (photos only)."""

    name = "fused"
    version = "2"  # 2: colour weight 0.2 (chosen by `vitrine eval unseen-views`)
    dim = FEATURES + COLOUR_BINS

    def __init__(self, model: EfficientNetLite0 | None = None, batch_size: int = 16) -> None:
        self._model = model or shared_network()
        self._batch_size = batch_size
        self._lock = threading.Lock()  # one forward pass at a time: torch threads are set process-wide

    @property
    def supports_text(self) -> bool:
        return False

    @property
    def supports_images(self) -> bool:
        return True

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError("the fused embedder embeds photos only")

    def embed_images(self, images: Sequence[ImageInput]) -> np.ndarray:
        if not images:
            return np.zeros((0, self.dim), dtype=np.float32)
        cutouts = [cut_out(open_photo(image, CUT_SIDE), CUT_SIDE) for image in images]
        learned = self.learned_features(cutouts)
        colour = np.stack([_unit(_colour_histogram(c.lab[c.mask])) for c in cutouts])
        fused = np.concatenate([learned * BLOCK_WEIGHTS["cnn"], colour * BLOCK_WEIGHTS["colour"]], axis=1)
        return (fused / np.linalg.norm(fused, axis=1, keepdims=True).clip(1e-9)).astype(np.float32)

    def learned_features(self, cutouts: Sequence[Cutout]) -> np.ndarray:
        """Unit-length pooled network features of each subject crop."""
        tensor = network_input(np.stack([subject_crop(c) for c in cutouts]))
        rows = []
        with self._lock, torch.inference_mode():
            for start in range(0, len(tensor), self._batch_size):
                rows.append(self._model.features(tensor[start : start + self._batch_size]).numpy())
        features = np.concatenate(rows)
        return features / np.linalg.norm(features, axis=1, keepdims=True).clip(1e-9)


def subject_crop(cutout: Cutout, side: int = INPUT_SIDE) -> np.ndarray:
    """The subject on white, cropped to its box plus a margin, padded square and resized (HxWx3 uint8)."""
    mask = cv2.dilate(cutout.mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    rgb = np.where(mask[..., None], cutout.rgb, 255).astype(np.uint8)
    return crop_like_subject(rgb, cutout, side, fill=255)


def crop_like_subject(array: np.ndarray, cutout: Cutout, side: int = INPUT_SIDE, fill: int = 255) -> np.ndarray:
    """Any array of the cut-out's size (the photo, a mask) cropped and squared as `subject_crop` does."""
    top, bottom, left, right = cutout.box()
    height, width = cutout.mask.shape
    margin = int(CROP_MARGIN * max(bottom - top, right - left))
    top, left = max(top - margin, 0), max(left - margin, 0)
    bottom, right = min(bottom + margin, height), min(right + margin, width)
    crop = array[top:bottom, left:right]
    size = max(crop.shape[:2])
    square = np.full((size, size, *array.shape[2:]), fill, dtype=array.dtype)
    y, x = (size - crop.shape[0]) // 2, (size - crop.shape[1]) // 2
    square[y : y + crop.shape[0], x : x + crop.shape[1]] = crop
    if array.dtype == np.uint8 and array.ndim == 3:
        return np.asarray(Image.fromarray(square).resize((side, side), Image.Resampling.BILINEAR))
    return cv2.resize(square, (side, side), interpolation=cv2.INTER_NEAREST)


def network_input(crops: np.ndarray) -> torch.Tensor:
    """A batch of HxWx3 uint8 crops as the network's input (TensorFlow Lite's (x - 127.5) / 128 scaling)."""
    return torch.from_numpy((crops.astype(np.float32) - 127.5) / 128.0).permute(0, 3, 1, 2).contiguous()


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector
