"""The comparison with the reference, cell by cell: where on the item the photo differs, and how much more
than it differs elsewhere.

The image-level features keep each map's peak on its own (the most unusual network cell, the largest pixel
residual), so a peak of one map and a peak of another count alike wherever they lie. A tear, a hole or a stain
raises the network's distance and the pixel residual in the same spot; light, blur, a tilted camera or another
colour raise them everywhere, or each in its own place. Each stride-16 cell of the item gets the evidence of
every map there (stride-8 distances and pixel residuals pooled onto it), raw and against the photo's own level
(the map's median and upper spread over the item), and a small logistic model fitted on the training
generator's labelled defect cells (`evals/defects/fit.py`) says how defect-like the cell is. The photo's score
is the most defect-like spot (3x3-smoothed peak) and the mean of its four most defect-like cells.
"""

from __future__ import annotations

import cv2
import numpy as np

from tools.catalog.defect_maps import GRID

MAPS = ("mid_forward", "fine_forward", "mid_backward", "fine_backward", "residual", "regional", "missing")
CELL_FEATURES = (*MAPS, *(f"{name}_contrast" for name in MAPS[:-1]))
SPREAD_FLOOR = {"mid_forward": 0.02, "fine_forward": 0.02, "mid_backward": 0.02, "fine_backward": 0.02,
                "residual": 2.0, "regional": 2.0}  # a photo with no spread still needs a unit
TOP = 4  # cells averaged for the second score


def grid_of_fine(values: np.ndarray) -> np.ndarray:
    """A stride-8 map (FINE_GRID squared) pooled onto the stride-16 grid, by the maximum of each 2x2 block."""
    side = int(round(np.sqrt(values.size)))
    return values.reshape(GRID, side // GRID, GRID, side // GRID).max(axis=(1, 3)).ravel()


def grid_of_pixels(values: np.ndarray) -> np.ndarray:
    """A pixel map (the crop's side squared) pooled onto the stride-16 grid, by the maximum of each cell."""
    cell = values.shape[0] // GRID
    resized = cv2.resize(values.astype(np.float32), (cell * GRID, cell * GRID), interpolation=cv2.INTER_AREA)
    return resized.reshape(GRID, cell, GRID, cell).max(axis=(1, 3)).ravel()


def cell_rows(maps: dict[str, np.ndarray], region: np.ndarray) -> np.ndarray:
    """GRID*GRID rows in the order of CELL_FEATURES, from the maps (each GRID*GRID long, named as in MAPS)."""
    raw = [maps[name].astype(np.float32) for name in MAPS]
    contrasts = []
    for name, values in zip(MAPS[:-1], raw, strict=False):
        on = values[region] if region.sum() >= 4 else values
        middle, high = float(np.median(on)), float(np.percentile(on, 90))
        contrasts.append((values - middle) / (high - middle + SPREAD_FLOOR[name]))
    return np.stack([*raw, *contrasts], axis=1)


def cell_scores(probabilities: np.ndarray, region: np.ndarray) -> list[float]:
    """The most defect-like spot on the item (3x3-smoothed) and the mean of its TOP most defect-like cells."""
    if not region.any():
        return [0.0, 0.0]
    values = np.where(region, probabilities, 0.0).reshape(GRID, GRID)
    padded = np.pad(values, 1, mode="edge")
    smooth = sum(padded[1 + dy : 1 + dy + GRID, 1 + dx : 1 + dx + GRID] for dy in (-1, 0, 1) for dx in (-1, 0, 1)) / 9
    top = np.sort(probabilities[region])[-TOP:]
    return [float(np.asarray(smooth).ravel()[region].max()), float(top.mean())]
