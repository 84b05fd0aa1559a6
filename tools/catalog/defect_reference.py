"""The customer's photo compared with the ordered variant's catalog photo (the reference), cell by cell.

Both photos are cut out and cropped to the subject the same way, so a cell of one lies near the same part of
the item in the other; a phone held at an angle moves it a little, so each cell is matched with the nearest
cell of the other photo inside a small window (PatchCore-style nearest-neighbour distance, at two scales).
A tear, a hole or a stain is a photo cell far from every reference cell nearby; a piece broken off is a
reference cell far from every photo cell nearby; a crushed item changes the silhouette and its proportions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from tools.catalog.defect_cells import cell_rows, cell_scores, grid_of_fine, grid_of_pixels
from tools.catalog.defect_maps import FINE_GRID, GRID, PhotoMaps
from tools.catalog.defect_pixels import PIXEL_FEATURES, pixel_evidence

FEATURES = (
    "patch",  # the patch classifier's score (no reference needed)
    "mid_photo",  # stride 16: the most unusual photo cells (smoothed max of the distance to the reference)
    "mid_reference",  # stride 16: the reference cells the photo lacks most
    "mid_median",  # stride 16: the typical photo cell's distance (light, blur, the camera's angle)
    "fine_photo",
    "fine_reference",
    "fine_median",
    "silhouette",  # overlap (IoU) of the two subjects' masks in their crops
    "aspect",  # log of the photo subject's height/width over the reference's
    "mid_contrast",  # stride 16: the most unusual photo cell against the photo's own spread of distances
    "fine_contrast",
    *PIXEL_FEATURES,  # the crops registered and compared pixel by pixel (defect_pixels.py)
    "mid_anywhere",  # stride 16: the typical photo cell's distance to the nearest reference cell anywhere on it
    "fine_anywhere",  # (the same item crushed keeps its cells, moved; another product has other cells)
    "cell_peak",  # the most defect-like spot of the cell-level comparison (defect_cells.py)
    "cell_top",  # the mean of its most defect-like cells
)
CellModel = Callable[[np.ndarray], np.ndarray]  # cell rows -> probability that the cell shows a defect


class Comparison(NamedTuple):
    """The comparison before any fitted model reads it: the image-level evidence that needs no model (FEATURES
    without the patch and cell scores), each stride-16 cell's evidence (defect_cells.CELL_FEATURES) and the
    cells that show the item in either photo."""

    features: np.ndarray
    cells: np.ndarray
    region: np.ndarray
WINDOW = {GRID: 2, FINE_GRID: 4}  # cells a match may move, each way (about 14 % of the crop)


def reference_features(
    photo: PhotoMaps, reference: PhotoMaps, patch_score: float, cell_model: CellModel | None = None
) -> np.ndarray:
    """The image-level evidence of damage, in the order of FEATURES (cell scores 0 without a cell model)."""
    return image_features(compare_maps(photo, reference), patch_score, cell_model)


def image_features(comparison: Comparison, patch_score: float, cell_model: CellModel | None) -> np.ndarray:
    cells = [0.0, 0.0]
    if cell_model is not None:
        cells = cell_scores(cell_model(comparison.cells), comparison.region)
    return np.concatenate([[patch_score], comparison.features, cells]).astype(np.float32)


def compare_maps(photo: PhotoMaps, reference: PhotoMaps) -> Comparison:
    rows: list[float] = []
    contrasts = []
    cell_maps: dict[str, np.ndarray] = {}
    for grid, ours, theirs, ours_on, theirs_on in (
        (GRID, photo.mid, reference.mid, photo.on_subject, reference.on_subject),
        (FINE_GRID, photo.fine, reference.fine, photo.fine_subject, reference.fine_subject),
    ):
        forward = nearest_distance(ours, theirs, grid)
        backward = nearest_distance(theirs, ours, grid)
        rows += [
            smoothed_max(forward, ours_on, grid),
            smoothed_max(backward, theirs_on, grid),
            float(np.median(forward[ours_on])) if ours_on.any() else 0.0,
        ]
        contrasts.append(spot_contrast(forward, ours_on, grid))
        scale = "mid" if grid == GRID else "fine"
        pool = (lambda values: values) if grid == GRID else grid_of_fine
        # a distance off the photo's item (backdrop) only counts where the reference shows the item
        cell_maps[f"{scale}_forward"] = pool(np.where(ours_on | theirs_on, forward, 0.0))
        cell_maps[f"{scale}_backward"] = pool(np.where(theirs_on, backward, 0.0))
    both = photo.fine_subject & reference.fine_subject
    either = photo.fine_subject | reference.fine_subject
    rows.append(float(both.sum() / max(either.sum(), 1)))
    rows.append(float(np.log(max(photo.aspect, 1e-3) / max(reference.aspect, 1e-3))))
    rows += contrasts
    pixels = pixel_evidence(photo.crop, photo.crop_mask, reference.crop, reference.crop_mask)
    cell_maps["residual"] = grid_of_pixels(pixels.residual)
    cell_maps["regional"] = grid_of_pixels(pixels.regional)
    cell_maps["missing"] = grid_of_pixels(pixels.missing.astype(np.float32))
    region = photo.on_subject | reference.on_subject
    anywhere = [
        anywhere_median(photo.mid, reference.mid, photo.on_subject, reference.on_subject),
        anywhere_median(photo.fine, reference.fine, photo.fine_subject, reference.fine_subject),
    ]
    return Comparison(
        features=np.concatenate([np.asarray(rows, dtype=np.float32), pixels.features, anywhere]),
        cells=cell_rows(cell_maps, region),
        region=region,
    )


def nearest_distance(query: np.ndarray, memory: np.ndarray, grid: int) -> np.ndarray:
    """Per query cell, 1 - the best cosine with a memory cell at most WINDOW cells away (unit-length rows)."""
    window = WINDOW[grid]
    q = query.astype(np.float32).reshape(grid, grid, -1)
    padded = np.pad(memory.astype(np.float32).reshape(grid, grid, -1), ((window, window), (window, window), (0, 0)))
    valid = np.pad(np.ones((grid, grid), bool), window)
    best = np.full((grid, grid), -1.0, np.float32)
    for dy in range(2 * window + 1):
        for dx in range(2 * window + 1):
            similarity = np.einsum("ijc,ijc->ij", q, padded[dy : dy + grid, dx : dx + grid])
            similarity[~valid[dy : dy + grid, dx : dx + grid]] = -1.0
            np.maximum(best, similarity, out=best)
    return (1.0 - best).ravel()


def anywhere_median(query: np.ndarray, memory: np.ndarray, query_on: np.ndarray, memory_on: np.ndarray) -> float:
    """The median, over the query's item cells, of 1 - the best cosine with any of the memory's item cells
    (where they lie does not count: a crushed item's cells are still its own, moved)."""
    if not query_on.any() or not memory_on.any():
        return 1.0
    similarity = query[query_on].astype(np.float32) @ memory[memory_on].astype(np.float32).T
    return float(np.median(1.0 - similarity.max(axis=1)))


def smoothed_max(distance: np.ndarray, on_subject: np.ndarray, grid: int) -> float:
    """The most unusual spot on the subject, averaged with its 3x3 neighbours (one noisy cell is not a tear)."""
    if not on_subject.any():
        return 0.0
    values = np.where(on_subject, distance, np.median(distance[on_subject])).reshape(grid, grid)
    padded = np.pad(values, 1, mode="edge")
    smooth = sum(padded[1 + dy : 1 + dy + grid, 1 + dx : 1 + dx + grid] for dy in (-1, 0, 1) for dx in (-1, 0, 1)) / 9
    return float(np.asarray(smooth).ravel()[on_subject].max())


def spot_contrast(distance: np.ndarray, on_subject: np.ndarray, grid: int) -> float:
    """The smoothed peak's height above the subject's median distance, in units of its upper spread: a spot
    that stands out of the photo's own level (light, blur and angle raise every cell alike)."""
    if on_subject.sum() < 4:
        return 0.0
    values = distance[on_subject]
    middle, high = float(np.median(values)), float(np.percentile(values, 90))
    return (smoothed_max(distance, on_subject, grid) - middle) / (high - middle + 0.02)
