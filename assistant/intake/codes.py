"""Barcodes and QR codes in a photo (OpenCV's detectors): a parcel's tracking barcode or a label's QR code
identifies the customer as well as the printed address does, so they are blurred too."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from assistant.intake.regions import Box

# Bars a few pixels wide on a phone photo vanish on the text detector's 512-pixel copy: barcodes are looked for
# on a copy twice that size (QR codes' modules are square and larger, and survive the small copy).
BARCODE_SIDE = 1024
# A QR code a few centimetres wide on a parcel photographed whole has modules of a pixel on the small copy: it is
# looked for again at full size around each block of ink on paper (text_reading.ink_blocks), at most this side.
NEAR_SIDE = 512


class CodeDetector:
    """Not thread-safe (OpenCV's detectors keep state between calls): one per worker."""

    def __init__(self) -> None:
        self._barcodes: Any = cv2.barcode.BarcodeDetector()
        self._qr: Any = cv2.QRCodeDetectorAruco()  # finds the small or turned codes QRCodeDetector misses

    def detect(self, rgb: np.ndarray, small: np.ndarray, near: list[Box] | None = None) -> list[Box]:
        """Boxes of the barcodes (looked for at BARCODE_SIDE) and QR codes (on `small`, the photo reduced for
        the other detectors, and at full size around the boxes `near`), in the photo's pixels."""
        found: list[np.ndarray] = []
        barcode_scale = min(1.0, BARCODE_SIDE / max(rgb.shape[:2]))
        grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        if barcode_scale < 1.0:
            grey = cv2.resize(grey, None, fx=barcode_scale, fy=barcode_scale, interpolation=cv2.INTER_AREA)
        ok, corners = self._barcodes.detect(grey)
        if ok and corners is not None:
            found.extend(np.asarray(corners).reshape(-1, 4, 2) / barcode_scale)
        ok, corners = self._qr.detectMulti(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY))
        if ok and corners is not None:
            found.extend(np.asarray(corners).reshape(-1, 4, 2) * (rgb.shape[1] / small.shape[1]))
        for x0, y0, x1, y1 in (_around(box, rgb.shape) for box in near or []):
            crop = cv2.cvtColor(np.ascontiguousarray(rgb[y0:y1, x0:x1]), cv2.COLOR_RGB2GRAY)
            scale = min(1.0, NEAR_SIDE / max(crop.shape))
            if scale < 1.0:
                crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            ok, corners = self._qr.detectMulti(crop)
            if ok and corners is not None:
                found.extend(np.asarray(corners).reshape(-1, 4, 2) / scale + np.array([x0, y0], dtype=np.float32))
        boxes = []
        for quad in found:
            x, y, w, h = cv2.boundingRect(np.asarray(quad, dtype=np.float32))
            if w > 0 and h > 0:
                boxes.append((int(x), int(y), int(w), int(h)))
        return boxes


def _around(box: Box, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1): the box grown by half its size on each side, clipped to the photo."""
    x, y, w, h = box
    return (max(0, x - w // 2), max(0, y - h // 2), min(shape[1], x + w + w // 2), min(shape[0], y + h + h // 2))
