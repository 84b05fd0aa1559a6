"""Barcodes and QR codes in a photo (OpenCV's detectors): a parcel's tracking barcode or a label's QR code
identifies the customer as well as the printed address does, so they are blurred too."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from assistant.intake.regions import Box

DETECT_SIDE = 640  # the side both detectors look at: a code on a parcel is large enough there


class CodeDetector:
    """Not thread-safe (OpenCV's detectors keep state between calls): one per worker."""

    def __init__(self) -> None:
        self._barcodes: Any = cv2.barcode.BarcodeDetector()
        self._qr: Any = cv2.QRCodeDetector()

    def detect(self, rgb: np.ndarray) -> list[Box]:
        """Boxes of the barcodes and QR codes, in the photo's pixels."""
        scale = min(1.0, DETECT_SIDE / max(rgb.shape[:2]))
        grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        if scale < 1.0:
            grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        found = []
        ok, corners = self._barcodes.detect(grey)
        if ok and corners is not None:
            found.extend(np.asarray(corners).reshape(-1, 4, 2))
        ok, corners = self._qr.detectMulti(grey)
        if ok and corners is not None:
            found.extend(np.asarray(corners).reshape(-1, 4, 2))
        boxes = []
        for quad in found:
            x, y, w, h = cv2.boundingRect((np.asarray(quad, dtype=np.float32) / scale))
            if w > 0 and h > 0:
                boxes.append((int(x), int(y), int(w), int(h)))
        return boxes
