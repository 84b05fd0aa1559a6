"""Mask faces (BlazeFace at every quarter turn, assistant.intake.faces) and blur text regions such as shipping
labels (rapidocr's detector)."""

from __future__ import annotations

import io
from functools import cached_property
from typing import Any

import cv2
import numpy as np
from PIL import Image
from pydantic import BaseModel

from assistant.intake.faces import Box, FaceDetector

MARGIN = 0.15
MAX_PASSES = 4


class RedactionReport(BaseModel):
    faces: int
    text_regions: int


class Redactor:
    """Loads the detectors once; `redact` is then pure and thread-safe (the face detector keeps one set of
    interpreters per thread)."""

    @cached_property
    def _face_detector(self) -> FaceDetector:
        return FaceDetector()

    @cached_property
    def _text_detector(self) -> Any:
        from rapidocr_onnxruntime import RapidOCR

        # One thread per call: photos are redacted one at a time beside a busy event loop (EvidenceStore), and
        # onnxruntime's default of every core per call oversubscribes the CPU and stalls everything else.
        return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)

    def warm_up(self) -> None:
        """Load both detectors now rather than on the first customer's photo."""
        self._face_detector.warm_up()
        _ = self._text_detector

    def faces(self, rgb: np.ndarray) -> list[Box]:
        """Face boxes in the photo's pixels, whichever way up the photo is."""
        return [face.box for face in self._face_detector.detect(rgb)]

    def text_regions(self, rgb: np.ndarray) -> list[Box]:
        result, _ = self._text_detector(rgb, use_det=True, use_cls=False, use_rec=False)
        boxes: list[Box] = []
        for polygon in result or []:
            corners = polygon[0] if isinstance(polygon, list | tuple) and len(polygon) == 3 else polygon
            points = np.asarray(corners, dtype=np.float32).reshape(-1, 2)
            x, y, w, h = cv2.boundingRect(points)
            boxes.append((int(x), int(y), int(w), int(h)))
        return boxes

    def redact(self, jpeg: bytes) -> tuple[bytes, RedactionReport]:
        rgb = np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB")).copy()
        face_count = text_count = 0
        # Detect again on the redacted pixels until nothing face- or text-like is left.
        for _ in range(MAX_PASSES):
            faces, texts = self.faces(rgb), self.text_regions(rgb)
            if not faces and not texts:
                break
            for box in faces:
                _mask(rgb, box)
            for box in texts:
                _blur(rgb, box)
            face_count, text_count = face_count + len(faces), text_count + len(texts)
        buffer = io.BytesIO()
        Image.fromarray(rgb).save(buffer, format="JPEG", quality=90)
        return buffer.getvalue(), RedactionReport(faces=face_count, text_regions=text_count)


def _padded(rgb: np.ndarray, box: Box) -> tuple[int, int, int, int]:
    x, y, w, h = box
    dx, dy = int(w * MARGIN), int(h * MARGIN)
    return max(0, x - dx), max(0, y - dy), min(rgb.shape[1], x + w + dx), min(rgb.shape[0], y + h + dy)


def _mask(rgb: np.ndarray, box: Box) -> None:
    """Faces are covered with their own average colour: nothing left to recognise, or to detect again."""
    x0, y0, x1, y1 = _padded(rgb, box)
    region = rgb[y0:y1, x0:x1]
    if region.size:
        region[:] = region.reshape(-1, 3).mean(axis=0).astype(np.uint8)


def _blur(rgb: np.ndarray, box: Box) -> None:
    """Pixelate then blur the box with a margin: unreadable and unrecognisable, not just softened."""
    x0, y0, x1, y1 = _padded(rgb, box)
    region = rgb[y0:y1, x0:x1]
    if region.size == 0:
        return
    small = cv2.resize(region, (max(1, region.shape[1] // 16), max(1, region.shape[0] // 16)),
                       interpolation=cv2.INTER_AREA)
    coarse = cv2.resize(small, (region.shape[1], region.shape[0]), interpolation=cv2.INTER_NEAREST)
    rgb[y0:y1, x0:x1] = cv2.GaussianBlur(coarse, (0, 0), sigmaX=max(3, min(region.shape[:2]) // 8))
