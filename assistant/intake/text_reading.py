"""Text in a photo, found and read: rapidocr's detector on the photo reduced to `DETECT_SIDE` (text lines a
label prints are still several pixels high there), then its direction classifier and recogniser on each line
cut from the full-size photo. Recognition runs only when the detector found something."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
from pydantic import BaseModel

from assistant.intake.regions import Box

DETECT_SIDE = 512  # long side the detector sees: ~6x fewer pixels than a phone photo, the cost with it
MAX_LINES = 40  # a photo with more lines than this is a page of text: read the largest only
MIN_LINE_PIXELS = 6  # a line thinner than this on the reduced photo is a seam or a stripe, not text
# The detector finds lines of text running up or down (a parcel photographed sideways) only in pieces: when a
# piece is this much taller than wide, it looks again at the photo turned a quarter turn.
UPRIGHT_PIECE = 1.5
SURROUNDING = 0.2  # share of the photo's long side looked at again around a line found (a label's size)


class TextLine(BaseModel):
    """One line of text: its box and its corners (the line may be turned) in the photo's pixels, what the
    recogniser read and how sure it was."""

    box: Box
    corners: list[tuple[float, float]]
    text: str
    confidence: float


class TextReader:
    """Holds rapidocr's three ONNX sessions (one thread each: photos are redacted beside a busy event loop and
    onnxruntime's default of every core per call stalls everything else). Not thread-safe."""

    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self._ocr: Any = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, det_limit_type="max",
                                  det_limit_side_len=DETECT_SIDE)

    def line_corners(self, rgb: np.ndarray, small: np.ndarray | None = None) -> list[np.ndarray]:
        """Corners (4, 2) of each text line in the photo's pixels, found on `small` (the photo reduced to
        DETECT_SIDE, made here when not given), then again around what was found at a finer scale: on the
        reduced photo a label's small print is found in pieces or not at all."""
        small = shrunk(rgb, DETECT_SIDE) if small is None else small
        scale = small.shape[1] / rgb.shape[1]
        lines = [corners / scale for corners in self._find(small)]
        if not lines or scale >= 1.0:
            return lines[:MAX_LINES]
        refined: list[np.ndarray] = []
        for x0, y0, x1, y1 in _surroundings(lines, rgb.shape):
            crop = rgb[y0:y1, x0:x1]
            if crop.size == 0:
                continue
            fine = shrunk(crop, DETECT_SIDE)
            ratio = fine.shape[1] / crop.shape[1]
            refined += [corners / ratio + np.array([x0, y0], dtype=np.float32)
                        for corners in self._find(fine, both_ways=True)]
        lines = refined + [line for line in lines if not any(_same_line(line, seen) for seen in refined)]
        lines.sort(key=lambda c: -cv2.contourArea(c))
        return lines[:MAX_LINES]

    def _find(self, rgb: np.ndarray, *, both_ways: bool = False) -> list[np.ndarray]:
        """Lines on `rgb` as it is, and on it turned a quarter turn when some run up or down (or always,
        `both_ways`)."""
        bgr = np.ascontiguousarray(rgb[:, :, ::-1])  # rapidocr reads BGR
        lines = self._detect(bgr)
        if both_ways or any(_upright(corners) for corners in lines):
            # Found on the photo turned a quarter turn clockwise: (x, y) there is (height - 1 - y', x') here.
            turned = self._detect(np.ascontiguousarray(np.rot90(bgr, -1)))
            height = bgr.shape[0]
            lines += [back for c in turned
                      for back in [np.stack([c[:, 1], height - 1 - c[:, 0]], axis=1)]
                      if not any(_same_line(back, seen) for seen in lines)]
        return lines

    def _detect(self, bgr: np.ndarray) -> list[np.ndarray]:
        found, _ = self._ocr.text_det(bgr)
        if found is None:
            return []
        return [np.asarray(c, dtype=np.float32) for c in found if _thickness(np.asarray(c)) >= MIN_LINE_PIXELS]

    def read(self, rgb: np.ndarray, small: np.ndarray | None = None) -> list[TextLine]:
        """Every text line found (on `small`, see `line_corners`), read on the full-size photo."""
        corners = self.line_corners(rgb, small)
        if not corners:
            return []
        bgr = np.ascontiguousarray(rgb[:, :, ::-1])
        crops = self._ocr.get_crop_img_list(bgr, [c.astype(np.float32) for c in corners])
        crops, _, _ = self._ocr.text_cls(crops)
        readings, _ = self._ocr.text_rec(crops)
        return [TextLine(box=_bounds(c, rgb.shape), corners=[(float(x), float(y)) for x, y in c],
                         text=str(text), confidence=float(score))
                for c, (text, score) in zip(corners, readings, strict=True)]


def _surroundings(lines: list[np.ndarray], shape: tuple[int, ...]) -> list[tuple[int, int, int, int]]:
    """(x0, y0, x1, y1) areas around groups of nearby lines, grown by SURROUNDING of the photo's long side:
    where the rest of a label is when a piece of it was found."""
    grow = SURROUNDING * max(shape[:2])
    areas = [[x - grow, y - grow, x + w + grow, y + h + grow]
             for x, y, w, h in (cv2.boundingRect(c.astype(np.float32)) for c in lines)]
    merged = True
    while merged:
        merged = False
        for i in range(len(areas)):
            for j in range(i + 1, len(areas)):
                a, b = areas[i], areas[j]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    areas[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del areas[j]
                    merged = True
                    break
            if merged:
                break
    return [(max(0, int(x0)), max(0, int(y0)), min(shape[1], int(x1)), min(shape[0], int(y1)))
            for x0, y0, x1, y1 in areas]


def shrunk(rgb: np.ndarray, side: int) -> np.ndarray:
    """The photo reduced (area-averaged) to `side` pixels on its long side; as it is when smaller already."""
    scale = side / max(rgb.shape[:2])
    if scale >= 1.0:
        return rgb
    size = (max(1, round(rgb.shape[1] * scale)), max(1, round(rgb.shape[0] * scale)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)


def _same_line(a: np.ndarray, b: np.ndarray) -> bool:
    ax, ay, aw, ah = cv2.boundingRect(a.astype(np.float32))
    bx, by, bw, bh = cv2.boundingRect(b.astype(np.float32))
    inter = max(0, min(ax + aw, bx + bw) - max(ax, bx)) * max(0, min(ay + ah, by + bh) - max(ay, by))
    return inter > 0.5 * min(aw * ah, bw * bh)


def _upright(corners: np.ndarray) -> bool:
    _, _, w, h = cv2.boundingRect(corners.astype(np.float32))
    return h > UPRIGHT_PIECE * w


def _thickness(corners: np.ndarray) -> float:
    (_, _), (w, h), _ = cv2.minAreaRect(corners.astype(np.float32))
    return float(min(w, h))


def _bounds(corners: np.ndarray, shape: tuple[int, ...]) -> Box:
    x, y, w, h = cv2.boundingRect(corners.astype(np.float32))
    x0, y0 = max(0, x), max(0, y)
    return x0, y0, max(0, min(shape[1], x + w) - x0), max(0, min(shape[0], y + h) - y0)
