"""Mask faces (OpenCV Haar cascades) and blur text regions such as shipping labels (rapidocr's detector)."""

from __future__ import annotations

import io
from functools import cached_property
from typing import Any

import cv2
import numpy as np
from PIL import Image
from pydantic import BaseModel

Box = tuple[int, int, int, int]  # x, y, width, height
FACE_CASCADES = ("haarcascade_frontalface_default.xml", "haarcascade_profileface.xml")
MARGIN = 0.15
DETECTION_SIDE = 800
MAX_PASSES = 4


class RedactionReport(BaseModel):
    faces: int
    text_regions: int


class Redactor:
    """Loads the detectors once; `redact` is then pure and thread-safe for OpenCV's cascades."""

    @cached_property
    def _cascades(self) -> list[Any]:
        directory = cv2.data.haarcascades  # type: ignore[attr-defined]
        cascades = [cv2.CascadeClassifier(directory + name) for name in FACE_CASCADES]
        if any(c.empty() for c in cascades):
            raise RuntimeError("OpenCV Haar cascades are missing; install opencv-python-headless<5")
        return cascades

    @cached_property
    def _text_detector(self) -> Any:
        from rapidocr_onnxruntime import RapidOCR

        # One thread per call: photos are redacted one at a time beside a busy event loop (EvidenceStore), and
        # onnxruntime's default of every core per call oversubscribes the CPU and stalls everything else.
        return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)

    def warm_up(self) -> None:
        """Load both detectors now rather than on the first customer's photo."""
        _ = self._cascades, self._text_detector

    def faces(self, rgb: np.ndarray) -> list[Box]:
        scale = min(1.0, DETECTION_SIDE / max(rgb.shape[:2]))
        small = cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else rgb
        return [(int(x / scale), int(y / scale), int(w / scale), int(h / scale))
                for x, y, w, h in self._faces(small)]

    def _faces(self, rgb: np.ndarray) -> list[Box]:
        grey = cv2.equalizeHist(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
        side = max(24, min(grey.shape) // 20)
        found: list[Box] = []
        for cascade in self._cascades:
            for flipped in (False, True):
                image = cv2.flip(grey, 1) if flipped else grey
                for x, y, w, h in cascade.detectMultiScale(image, scaleFactor=1.1, minNeighbors=5,
                                                           minSize=(side, side)):
                    found.append((int(grey.shape[1] - x - w) if flipped else int(x), int(y), int(w), int(h)))
        return found

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
