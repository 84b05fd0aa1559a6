"""The cell-level comparison: maps pooled onto the stride-16 grid where the spot lies, and a spot read against
the photo's own level (a difference all over the item, light or blur, leaves the contrasts as they were)."""

from __future__ import annotations

import numpy as np

from tools.catalog.defect_cells import CELL_FEATURES, MAPS, cell_rows, cell_scores, grid_of_fine, grid_of_pixels
from tools.catalog.defect_maps import FINE_GRID, GRID


def _maps(rng: np.random.Generator, spot: int | None = None, rise: float = 0.0) -> dict[str, np.ndarray]:
    maps = {}
    for name in MAPS:
        scale = 5.0 if name in ("residual", "regional") else 0.05
        values = rng.uniform(0.5, 1.0, GRID * GRID) * scale + rise * scale
        if spot is not None:
            values[spot] += 4 * scale
        maps[name] = values
    return maps


def test_fine_and_pixel_maps_are_pooled_onto_the_cell_that_holds_the_spot() -> None:
    fine = np.zeros((FINE_GRID, FINE_GRID))
    fine[9, 21] = 1.0
    assert np.flatnonzero(grid_of_fine(fine.ravel())).tolist() == [4 * GRID + 10]
    pixels = np.zeros((128, 128), np.float32)
    pixels[60:63, 100:103] = 30.0
    pooled = grid_of_pixels(pixels).reshape(GRID, GRID)
    assert np.unravel_index(pooled.argmax(), pooled.shape) == (60 * GRID // 128, 101 * GRID // 128)


def test_a_spot_stands_out_and_a_rise_all_over_does_not_move_the_contrasts() -> None:
    region = np.ones(GRID * GRID, bool)
    spot = 5 * GRID + 7
    rows = cell_rows(_maps(np.random.default_rng(0), spot), region)
    assert rows.shape == (GRID * GRID, len(CELL_FEATURES))
    contrast = [CELL_FEATURES.index(f"{name}_contrast") for name in MAPS[:-1]]
    assert (rows[spot, contrast] > 3).all()
    assert (np.delete(rows[:, contrast], spot, axis=0) < 1.5).all()
    lit = cell_rows(_maps(np.random.default_rng(0), spot, rise=0.8), region)
    assert np.allclose(lit[:, contrast], rows[:, contrast], atol=1e-4)
    assert (lit[:, : len(MAPS) - 1] > rows[:, : len(MAPS) - 1]).all()


def test_the_scores_read_the_item_only() -> None:
    probabilities = np.zeros(GRID * GRID)
    probabilities[[0, 1, 2, 3]] = 1.0  # off the item
    probabilities[100] = 0.9
    region = np.zeros(GRID * GRID, bool)
    region[90:120] = True
    peak, top = cell_scores(probabilities, region)
    assert 0 < peak <= 0.9 and np.isclose(top, 0.9 / 4)
    assert cell_scores(probabilities, np.zeros(GRID * GRID, bool)) == [0.0, 0.0]
