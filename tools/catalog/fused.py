"""The default photo embedder: pretrained EfficientNet-Lite features of the cut-out subject through a learned
projection head, fused with colour.

A customer's photo differs from the catalog's in backdrop, framing and view. The subject is cut out (backdrop
estimated from the border, `photos.cut_out`), cropped with a margin, set on studio white and squared, so the
network sees what a catalog photo shows. Its final and stride-16 maps are GeM-pooled (the crop and its mirror
image averaged) and a small head trained on the catalog's train products (`photo_head.py`) maps them to a space
where the views of one product sit together; the CIELAB histogram of the subject's pixels (the descriptor's
colour block) says which colourway.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
import torch
from PIL import Image

from tools.catalog.descriptor import _colour_histogram
from tools.catalog.efficientnet_lite import VARIANTS, EfficientNetLite0, shared_network
from tools.catalog.photo_head import HEAD_PATH, ProjectionHead, load_head, pooled
from tools.catalog.photos import Cutout, ImageInput, cut_out, open_photo

INPUT_SIDE = 224
CUT_SIDE = 320  # the cut-out is computed at this size; the crop is taken from it
CROP_MARGIN = 0.06  # share of the subject's box added on every side
CROP_VERSION = "1"  # bump when the cut-out or the crop changes: cached eval features are keyed by it
COLOUR_BINS = 4 * 8 * 8


class FusedEmbedder:
    """The learned head's vector of the subject crop + its CIELAB colour histogram (photos only)."""

    name = "fused"

    def __init__(
        self, model: EfficientNetLite0 | None = None, batch_size: int = 16, head_path: Path = HEAD_PATH
    ) -> None:
        self._model = model
        self._batch_size = batch_size
        self._lock = threading.Lock()  # one forward pass at a time: torch threads are set process-wide
        self.head: ProjectionHead = load_head(head_path)
        self.pooling = self.head.spec.pooling
        self.side = VARIANTS[self.pooling.backbone].side
        # 3: GeM + mirror + the learned head; the head file's digest, so a retrained head means a rebuilt index
        self.version = "3-" + hashlib.sha1(head_path.read_bytes()).hexdigest()[:10]
        self.dim = self.head.spec.output_dim + COLOUR_BINS

    @property
    def model(self) -> EfficientNetLite0:
        if self._model is None:
            self._model = shared_network(self.pooling.backbone)
        return self._model

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
        colour = np.stack([colour_block(c) for c in cutouts])
        return fuse(self.head(self.head_input(cutouts)), colour, self.head.spec.colour_weight)

    def head_input(self, cutouts: Sequence[Cutout]) -> np.ndarray:
        """The pooled maps of each subject crop and its mirror image: what the head reads."""
        crops = np.stack([subject_crop(c, self.side) for c in cutouts])
        finals, mids = [], []
        with self._lock, torch.inference_mode():
            for start in range(0, len(crops), self._batch_size):
                batch = crops[start : start + self._batch_size]
                both = network_input(np.concatenate([batch, batch[:, :, ::-1]]))
                mid, final = self.model.patch_maps(both)
                n = len(batch)
                finals.append(torch.stack([final[:n], final[n:]], dim=1).numpy())
                mids.append(torch.stack([mid[:n], mid[n:]], dim=1).numpy())
        return pooled(np.concatenate(finals), np.concatenate(mids), self.pooling)

    def learned_features(self, cutouts: Sequence[Cutout]) -> np.ndarray:
        """Unit-length learned (head) vectors of each subject crop, without colour."""
        return self.head(self.head_input(cutouts))


def fuse(learned: np.ndarray, colour: np.ndarray, colour_weight: float) -> np.ndarray:
    """The unit-length concatenation of the learned block and the colour block weighted by `colour_weight`."""
    vector = np.concatenate([learned, colour * colour_weight], axis=1)
    return (vector / np.linalg.norm(vector, axis=1, keepdims=True).clip(1e-9)).astype(np.float32)


def colour_block(cutout: Cutout) -> np.ndarray:
    """The unit-length CIELAB histogram of the subject's pixels."""
    return _unit(_colour_histogram(cutout.lab[cutout.mask]))


Box = tuple[int, int, int, int]  # (top, bottom, left, right), half-open, in the cut-out's pixels


def subject_crop(cutout: Cutout, side: int = INPUT_SIDE, box: Box | None = None) -> np.ndarray:
    """The subject on white, cropped to its box (or `box`, a part of it) plus a margin, padded square and
    resized (HxWx3 uint8)."""
    rgb = np.where(visible_mask(cutout)[..., None], cutout.rgb, 255).astype(np.uint8)
    return crop_like_subject(rgb, cutout, side, fill=255, box=box)


def visible_mask(cutout: Cutout) -> np.ndarray:
    """The pixels a subject crop keeps (the cut-out's mask grown by two pixels; the rest is set to white)."""
    return cv2.dilate(cutout.mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0


def crop_like_subject(
    array: np.ndarray, cutout: Cutout, side: int = INPUT_SIDE, fill: int = 255, box: Box | None = None
) -> np.ndarray:
    """Any array of the cut-out's size (the photo, a mask) cropped and squared as `subject_crop` does (to the
    subject's box, or to `box`)."""
    top, bottom, left, right = box or cutout.box()
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
