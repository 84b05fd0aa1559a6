"""Faces whichever way up a photo is: BlazeFace (assistant.intake.blazeface) on the photo turned by each quarter
turn, each detection checked for plausibility (assistant.intake.face_checks), mapped back to the photo and merged,
one box per face."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import cv2
import numpy as np

from assistant.intake.blazeface import (
    BACK_CAMERA,
    FULL_RANGE,
    SAME_FACE_OVERLAP,
    SHORT_RANGE,
    BlazeFace,
    BlazeFaceRunner,
    Detection,
    models_directory,
    overlaps,
)
from assistant.intake.face_checks import plausible_geometry, plausible_in_photo, side_view

Box = tuple[int, int, int, int]  # x, y, width, height
# Phone photos arrive a quarter turn off when their EXIF orientation is lost. BlazeFace itself finds faces
# tilted up to ~45° (sideways ones often, upside-down ones rarely), so the four turns cover every angle.
QUARTER_TURNS = (0, 1, 2, 3)


@dataclass(frozen=True)
class Face:
    box: Box
    score: float


class FaceDetector:
    """Full-range, short-range and back-camera BlazeFace on each quarter turn of the photo (the last for heads
    turned away only). Thread-safe: each thread loads its own interpreters on its first call."""

    def __init__(self, models: tuple[BlazeFace, ...] = (FULL_RANGE, SHORT_RANGE, BACK_CAMERA),
                 turns: tuple[int, ...] = QUARTER_TURNS) -> None:
        self.models = models
        self.turns = turns
        self._directory = models_directory()
        self._local = threading.local()

    def _runners(self) -> list[BlazeFaceRunner]:
        runners: list[BlazeFaceRunner] | None = getattr(self._local, "runners", None)
        if runners is None:
            runners = self._local.runners = [BlazeFaceRunner(model, self._directory) for model in self.models]
        return runners

    def warm_up(self) -> None:
        self._runners()

    def detect(self, rgb: np.ndarray) -> list[Face]:
        height, width = rgb.shape[:2]
        # Shrunk once for all models: area-averaging a 2048-pixel photo costs more than a model's pass.
        shrink = min(1.0, max(model.side for model in self.models) / max(height, width))
        small = cv2.resize(rgb, (max(1, round(width * shrink)), max(1, round(height * shrink))),
                           interpolation=cv2.INTER_AREA)
        found: list[Face] = []
        for runner in self._runners():
            square, scale, pad = _letterbox(small, runner.model.side)
            scale *= small.shape[1] / width
            for turn in self.turns:
                for detection in runner.faces(np.ascontiguousarray(np.rot90(square, turn))):
                    if not _accepted(detection, runner.model):
                        continue
                    pixels = _unturn(detection.box, turn) * runner.model.side
                    found.append(Face(_to_photo(pixels, scale, pad, width, height), detection.score))
        scale_small = small.shape[1] / width
        return _merge([face for face in found if plausible_in_photo(face.box, face.score, small, scale_small)])


def _accepted(detection: Detection, model: BlazeFace) -> bool:
    """The model's score for its kind of face, with the keypoints of that kind."""
    if not model.side_view_only and detection.score >= model.min_score and plausible_geometry(detection):
        return True
    return (model.side_view_min_score is not None and detection.score >= model.side_view_min_score
            and side_view(detection))


def _letterbox(rgb: np.ndarray, side: int) -> tuple[np.ndarray, float, tuple[int, int]]:
    """The photo scaled to fit a `side` square, centred on black as MediaPipe pads it: a square turns without
    cropping, so each quarter turn is exact and costs no resampling."""
    height, width = rgb.shape[:2]
    scale = side / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
    pad = ((side - size[0]) // 2, (side - size[1]) // 2)
    square = np.zeros((side, side, 3), dtype=np.uint8)
    square[pad[1]:pad[1] + size[1], pad[0]:pad[0] + size[0]] = small
    return square, scale, pad


def _unturn(box: np.ndarray, turn: int) -> np.ndarray:
    """A normalised (x0, y0, x1, y1) box found on the square turned `turn` quarter turns counter-clockwise
    (np.rot90), on the unturned square: each quarter turn back maps a point (x, y) to (1 - y, x)."""
    x0, y0, x1, y1 = (float(v) for v in box)
    for _ in range(turn % 4):
        x0, y0, x1, y1 = 1 - y1, x0, 1 - y0, x1
    return np.array([x0, y0, x1, y1])


def _to_photo(box: np.ndarray, scale: float, pad: tuple[int, int], width: int, height: int) -> Box:
    """Square pixels to the photo's pixels, clipped to the photo."""
    x0, x1 = ((box[[0, 2]] - pad[0]) / scale).clip(0, width)
    y0, y1 = ((box[[1, 3]] - pad[1]) / scale).clip(0, height)
    return int(x0), int(y0), round(x1 - x0), round(y1 - y0)


def _merge(faces: list[Face]) -> list[Face]:
    """One box per face: the boxes that both models and several turns found for one face become the box around
    them all (masking a little more beats leaving an ear or a chin)."""
    merged: list[Face] = []
    for face in sorted(faces, key=lambda f: -f.score):
        for i, kept in enumerate(merged):
            if overlaps(_corners(kept.box), _corners(face.box)[np.newaxis])[0] > SAME_FACE_OVERLAP:
                merged[i] = Face(_around(kept.box, face.box), kept.score)
                break
        else:
            merged.append(face)
    return merged


def _corners(box: Box) -> np.ndarray:
    x, y, w, h = box
    return np.array([x, y, x + w, y + h], dtype=np.float64)


def _around(a: Box, b: Box) -> Box:
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    return x0, y0, max(a[0] + a[2], b[0] + b[2]) - x0, max(a[1] + a[3], b[1] + b[3]) - y0
