"""Face boxes: a box found on a turned photo lands on the same face of the upright photo, and the boxes several
turns find for one face become one box around them all (plausibility: test_face_checks.py)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.intake.faces import Face, _merge, _unturn


@pytest.mark.parametrize("turn", [0, 1, 2, 3])
def test_a_box_found_on_the_turned_square_maps_back_to_where_it_was(turn: int) -> None:
    square = np.zeros((100, 100), dtype=np.uint8)
    square[10:30, 60:90] = 1  # rows 10-30, columns 60-90: x 0.6-0.9, y 0.1-0.3
    turned = np.rot90(square, turn)
    ys, xs = np.nonzero(turned)
    found = np.array([xs.min(), ys.min(), xs.max() + 1, ys.max() + 1]) / 100
    assert np.allclose(_unturn(found, turn), [0.6, 0.1, 0.9, 0.3])


def test_the_boxes_of_one_face_merge_and_another_face_stays_apart() -> None:
    merged = _merge([Face((100, 100, 50, 50), 0.7), Face((110, 95, 50, 50), 0.9), Face((400, 100, 50, 50), 0.8)])
    assert sorted(face.box for face in merged) == [(100, 95, 60, 55), (400, 100, 50, 50)]
