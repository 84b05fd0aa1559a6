"""Plausibility of a face detection: keypoints where a face has them (frontal or in profile), a size a complaint
photo's face can have, and skin in the middle of the box when the detector is unsure or the box is large."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.intake.blazeface import Detection
from assistant.intake.face_checks import plausible_geometry, plausible_in_photo

BOX = np.array([0.4, 0.4, 0.6, 0.6])  # a 0.2 x 0.2 box on the model's square
UPRIGHT = np.array([[0.46, 0.47], [0.54, 0.47], [0.50, 0.51], [0.50, 0.55], [0.41, 0.48], [0.59, 0.48]])
SKIN = (200, 150, 120)


def _turned(points: np.ndarray, degrees: float) -> np.ndarray:
    angle = np.radians(degrees)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    return (points - 0.5) @ rotation.T + 0.5


@pytest.mark.parametrize("tilt", [0, 20, -35])
def test_an_upright_or_tilted_face_is_plausible(tilt: float) -> None:
    assert plausible_geometry(Detection(BOX, 0.9, _turned(UPRIGHT, tilt)))


@pytest.mark.parametrize("tilt", [90, 180, -100])
def test_keypoints_of_a_face_lying_on_its_side_or_upside_down_are_not(tilt: float) -> None:
    # The same face is found upright on another quarter turn; this one is the model matching a pattern.
    assert not plausible_geometry(Detection(BOX, 0.9, _turned(UPRIGHT, tilt)))


def test_a_mouth_above_the_eyes_or_eyes_wider_than_the_box_is_not_a_face() -> None:
    mouth_up = UPRIGHT.copy()
    mouth_up[3] = [0.50, 0.41]
    assert not plausible_geometry(Detection(BOX, 0.9, mouth_up))
    wide = UPRIGHT.copy()
    wide[0], wide[1] = [0.38, 0.47], [0.62, 0.47]
    assert not plausible_geometry(Detection(BOX, 0.9, wide))


def test_a_profile_has_both_eyes_on_one_point_and_the_mouth_below() -> None:
    profile = UPRIGHT.copy()
    profile[0], profile[1], profile[3] = [0.45, 0.47], [0.455, 0.47], [0.46, 0.55]
    assert plausible_geometry(Detection(BOX, 0.8, profile))
    profile[3] = [0.58, 0.47]  # the "mouth" level with the eye: no face looks like that
    assert not plausible_geometry(Detection(BOX, 0.8, profile))


def _photo(colour: tuple[int, int, int]) -> np.ndarray:
    photo = np.full((400, 400, 3), 240, dtype=np.uint8)
    photo[100:300, 100:300] = colour
    return photo


def test_a_box_filling_most_of_the_photo_is_refused_whatever_its_score() -> None:
    assert not plausible_in_photo((0, 0, 350, 350), 0.99, _photo(SKIN), 1.0)


def test_a_large_box_needs_a_confident_detector_and_skin() -> None:
    box = (80, 80, 240, 240)  # 36 % of the photo
    assert not plausible_in_photo(box, 0.8, _photo(SKIN), 1.0)
    assert plausible_in_photo(box, 0.95, _photo(SKIN), 1.0)
    assert not plausible_in_photo(box, 0.95, _photo((30, 60, 160)), 1.0)  # a blue torso, not a face


def test_an_unsure_small_box_needs_skin_and_a_sure_one_does_not() -> None:
    box = (150, 150, 100, 100)
    assert plausible_in_photo(box, 0.7, _photo(SKIN), 1.0)
    assert not plausible_in_photo(box, 0.7, _photo((40, 120, 60)), 1.0)
    assert plausible_in_photo(box, 0.9, _photo((40, 120, 60)), 1.0)


def test_a_black_and_white_photo_is_not_held_to_skin_colour() -> None:
    grey = np.repeat(_photo((128, 128, 128))[:, :, :1], 3, axis=2)
    assert plausible_in_photo((150, 150, 100, 100), 0.7, grey, 1.0)
