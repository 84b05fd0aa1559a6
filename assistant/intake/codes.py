"""Barcodes and QR codes in a photo (OpenCV's detectors): a parcel's tracking barcode or a label's QR code
identifies the customer as well as the printed address does, so they are blurred too."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from assistant.intake.regions import Box



class CodeDetector:
    """Not thread-safe (OpenCV's detectors keep state between calls): one per worker."""

    def __init__(self) -> None:
        self._barcodes: Any = cv2.barcode.BarcodeDetector()
        self._qr: Any = cv2.QRCodeDetector()

    def detect(self, small: np.ndarray, scale: float = 1.0) -> list[Box]:
        """Boxes of the barcodes and QR codes on `small`, the photo reduced by `scale` (a code on a parcel is
        still large enough on the text detector's 512 pixels), in the photo's pixels."""
        grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
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
