"""A weight-free image embedder: colour in CIELAB, colour layout and gradient texture of the cut-out subject.

It needs no model files, so photo search and colour checks work on any machine. Each block is
L2-normalised and weighted, then the whole vector is normalised for cosine search.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from tools.catalog.photos import Cutout, ImageInput, cut_out, upright

HIST_BINS = (4, 8, 8)  # L, a, b
HIST_RANGE = ((0.0, 100.0), (-64.0, 64.0), (-64.0, 64.0))
LAYOUT_GRID = (8, 6)  # rows, columns over the subject's bounding box
HOG_SIZE = (48, 64)  # width, height
BLOCK_WEIGHTS = {"colour": 1.0, "layout": 0.7, "texture": 1.0}


class DescriptorEmbedder:
    """Colour histogram + colour layout + HOG texture of a photo's foreground (no weights, no text)."""

    name = "descriptor"
    version = "3"  # 3: cut-outs keep pale garments on a plain backdrop (edge-bounded flood)

    def __init__(self) -> None:
        self._hog = cv2.HOGDescriptor(HOG_SIZE, (16, 16), (16, 16), (8, 8), 9)
        self.dim = (
            int(np.prod(HIST_BINS)) + LAYOUT_GRID[0] * LAYOUT_GRID[1] * 4 + int(self._hog.getDescriptorSize())
        )

    @property
    def supports_text(self) -> bool:
        return False

    @property
    def supports_images(self) -> bool:
        return True

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError("the descriptor embeds photos only")

    def embed_images(self, images: Sequence[ImageInput | Cutout]) -> np.ndarray:
        return np.stack([self.describe(image) for image in images]).astype(np.float32)

    def describe(self, image: ImageInput | Cutout) -> np.ndarray:
        blocks = self.blocks(image)
        vector = np.concatenate([_unit(blocks[name]) * weight for name, weight in BLOCK_WEIGHTS.items()])
        return _unit(vector)

    def blocks(self, image: ImageInput | Cutout) -> dict[str, np.ndarray]:
        """The descriptor's parts before weighting: colour histogram, colour layout, texture."""
        cutout = upright(image if isinstance(image, Cutout) else cut_out(image))
        top, bottom, left, right = cutout.box()
        lab = cutout.lab[top:bottom, left:right]
        mask = cutout.mask[top:bottom, left:right]
        return {
            "colour": _colour_histogram(lab[mask]),
            "layout": _colour_layout(lab, mask),
            "texture": self._texture(cutout.rgb[top:bottom, left:right], mask),
        }

    def _texture(self, rgb: np.ndarray, mask: np.ndarray) -> np.ndarray:
        grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        grey = np.where(mask, grey, 255).astype(np.uint8)
        grey = cv2.resize(grey, HOG_SIZE, interpolation=cv2.INTER_AREA)
        return np.asarray(self._hog.compute(grey), dtype=np.float32).ravel()


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _colour_histogram(pixels: np.ndarray) -> np.ndarray:
    if len(pixels) == 0:
        return np.zeros(int(np.prod(HIST_BINS)), dtype=np.float32)
    hist, _edges = np.histogramdd(pixels, bins=HIST_BINS, range=HIST_RANGE)
    # Spreading counts to neighbouring bins keeps a lighting shift from moving mass to a disjoint bin.
    hist = cv2.GaussianBlur(hist.reshape(HIST_BINS[0], -1).astype(np.float32), (3, 3), 0).ravel()
    return np.sqrt(hist / max(hist.sum(), 1.0)).astype(np.float32)


def _colour_layout(lab: np.ndarray, mask: np.ndarray) -> np.ndarray:
    rows, cols = LAYOUT_GRID
    weight = mask.astype(np.float32)
    size = (cols * 4, rows * 4)
    weighted = cv2.resize(lab * weight[..., None], size, interpolation=cv2.INTER_AREA)
    coverage = cv2.resize(weight, size, interpolation=cv2.INTER_AREA)
    weighted = weighted.reshape(rows, 4, cols, 4, 3).sum(axis=(1, 3))
    coverage = coverage.reshape(rows, 4, cols, 4).sum(axis=(1, 3))
    mean = weighted / np.maximum(coverage, 1e-6)[..., None]
    scaled = mean / np.array([100.0, 64.0, 64.0], dtype=np.float32)
    share = (coverage / 16.0)[..., None]
    return np.concatenate([scaled * share, share], axis=-1).ravel().astype(np.float32)
