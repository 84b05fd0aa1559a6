"""A training-free anomaly score in the PatchCore style: the customer's photo against a memory of patches taken
from every catalog view of the ordered variant.

Each cell of the photo's item (stride 8 of the subject crop) is described by the pretrained network's two maps
at that spot (stride 8 and stride 16, brought to stride 8), each averaged over its 3x3 neighbourhood so a cell
carries its surroundings. The memory holds the same descriptions of every item cell of every catalog view of
the ordered colour (front, back, details): where on the item a cell lies does not count, so a view the
customer's photo was taken from and one it was not are both covered, and a phone's tilt moves nothing. A cell
far from every remembered cell shows something no catalog view shows: a tear, a hole, a stain. The photo's
anomaly is the mean distance of its TOP most unusual item cells, raw and against the photo's own typical cell
(light, blur and JPEG raise every cell alike). Nothing here is fitted.

Not read by the shipped defect model: added to its features and refitted on generator A it did not help (out of
fold on A and on held-out generator B it lost recall; evals/defects/REPORT.md, issue 18 fourth round, commits
bdf0cbb and 98d4b2c hold the wiring). It is kept for the next step the report names (the same memory on maps of
a larger crop, where C's thin slits and small holes cover whole cells).
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from tools.catalog.defect_maps import FINE_GRID, GRID, PhotoMaps

TOP = 6  # the most unusual item cells averaged into the photo's score (about 1 % of a 28x28 crop's cells)
SPREAD_FLOOR = 0.02  # a photo whose cells all match equally well still needs a unit for its contrast
MEMORY_FEATURES = ("memory_top", "memory_contrast")


def patch_descriptions(maps: PhotoMaps) -> np.ndarray:
    """FINE_GRID**2 unit rows: the stride-8 and the stride-16 map at each stride-8 cell, each averaged over its
    3x3 neighbourhood and unit length, side by side (equal weight)."""
    fine = maps.fine.astype(np.float32).reshape(FINE_GRID, FINE_GRID, -1)
    coarse = maps.mid.astype(np.float32).reshape(GRID, GRID, -1)
    mid = np.asarray(cv2.resize(coarse, (FINE_GRID, FINE_GRID), interpolation=cv2.INTER_LINEAR), np.float32)
    parts = [_unit(cv2.blur(part, (3, 3), borderType=cv2.BORDER_REFLECT).reshape(FINE_GRID**2, -1))
             for part in (fine, mid)]
    return (np.concatenate(parts, axis=1) / np.sqrt(2.0)).astype(np.float32)


def item_cells(maps: PhotoMaps) -> np.ndarray:
    """The stride-8 cells that show the item, one cell in from its outline (the cut-out's edge, where the
    backdrop bleeds in, is no defect), or all the item's cells when that leaves too few."""
    on = maps.fine_subject.reshape(FINE_GRID, FINE_GRID).astype(np.uint8)
    inner = cv2.erode(on, np.ones((3, 3), np.uint8)).astype(bool).ravel()
    return inner if inner.sum() >= 4 * TOP else maps.fine_subject.astype(bool)


def memory_bank(views: Sequence[PhotoMaps]) -> np.ndarray:
    """The remembered patches: every item cell (outline included) of every catalog view."""
    rows = [patch_descriptions(view)[view.fine_subject.astype(bool)] for view in views]
    rows = [r for r in rows if len(r)]
    return np.concatenate(rows).astype(np.float32) if rows else np.zeros((0, 1), np.float32)


def nearest_memory_distance(descriptions: np.ndarray, memory: np.ndarray) -> np.ndarray:
    """Per row, 1 - its best cosine with any remembered patch (unit rows)."""
    if len(memory) == 0:
        return np.ones(len(descriptions), np.float32)
    return (1.0 - (descriptions @ memory.T).max(axis=1)).astype(np.float32)


def anomaly_map(maps: PhotoMaps, memory: np.ndarray) -> np.ndarray:
    """FINE_GRID**2 distances to the memory; 0 off the item."""
    cells = item_cells(maps)
    distances = np.zeros(FINE_GRID**2, np.float32)
    distances[cells] = nearest_memory_distance(patch_descriptions(maps)[cells], memory)
    return distances


def memory_features(maps: PhotoMaps, memory: np.ndarray) -> np.ndarray:
    """MEMORY_FEATURES: the mean of the TOP most unusual item cells, and that mean above the photo's typical
    cell in units of its upper spread."""
    cells = item_cells(maps)
    if cells.sum() < TOP:
        return np.zeros(len(MEMORY_FEATURES), np.float32)
    values = anomaly_map(maps, memory)[cells]
    top = float(np.sort(values)[-TOP:].mean())
    middle, high = float(np.median(values)), float(np.percentile(values, 90))
    return np.asarray([top, (top - middle) / (high - middle + SPREAD_FLOOR)], np.float32)


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True).clip(1e-6)
