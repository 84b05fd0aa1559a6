"""Text in a photo, found and read: rapidocr's detector on the photo reduced to `DETECT_SIDE` (text lines a
label prints are still several pixels high there), then its direction classifier and recogniser on each line
cut from the full-size photo. Recognition runs only when the detector found something."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
from pydantic import BaseModel

from assistant.intake.regions import Box

DETECT_SIDE = 512  # long side of the reduced copy every detector shares: ~6x fewer pixels than a phone photo
# The text detector's first look is at this long side (the cost goes with its pixels: ~25 % less than at 512);
# small print it misses there is looked for again around blocks of ink, codes and other text (below).
FIRST_LOOK_SIDE = 448
MAX_LINES = 40  # a photo with more lines than this is a page of text: read the largest only
MIN_LINE_PIXELS = 6  # a line thinner than this on the reduced photo is a seam or a stripe, not text
# The detector finds lines of text running up or down (a parcel photographed sideways) only in pieces: when a
# piece is this much taller than wide, it looks again at the photo turned a quarter turn.
UPRIGHT_PIECE = 1.5
SURROUNDING = 0.2  # share of the photo's long side looked at again around a line found (a label's size)
# A "line" thicker than this share of the reduced photo's long side is a garment's flat area the detector
# outlined, not print: kept, it would make the finer look cover the whole photo at no finer scale.
MAX_LINE_SHARE = 0.1
# Ink on paper, whichever way it runs: strokes this much darker than what surrounds them within 7 px (a
# black-hat), merged into blocks. Small print turned sideways that the detector missed on the reduced photo
# shows as such a block; it is looked at again, finer and both ways up (as around a code).
INK_CONTRAST = 40
INK_MIN_SIDE = 8  # pixels of the reduced photo
INK_MIN_AREA = 120
INK_DENSITY = (0.08, 0.8)  # share of a block's box that is stroke: print or a code, not a lone edge
# Printed on paper: the strokes' median contrast and the ground between them (grey, 0-255) are a label's or a
# note's (white, cream or yellow paper, dark ink), not the folds, seams and hair of a photo of a garment.
INK_STROKE = 80
PAPER = 190
INK_MAX_SHARE = 0.2  # a block larger than this share of the photo is a pattern, not a label
INK_BLOCKS = 3  # the largest blocks only


class TextLine(BaseModel):
    """One line of text: its box and its corners (the line may be turned) in the photo's pixels, what the
    recogniser read and how sure it was."""

    box: Box
    corners: list[tuple[float, float]]
    text: str
    confidence: float
    # A line running up or down is read both ways up (the direction classifier is unsure of short lines:
    # "600 107 107" turned the wrong way reads "L01 L01 009"): the reading of the other way, if any.
    turned_text: str | None = None
    turned_confidence: float = 0.0


class TextReader:
    """Holds rapidocr's three ONNX sessions (one thread each: photos are redacted beside a busy event loop and
    onnxruntime's default of every core per call stalls everything else). Not thread-safe."""

    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self._ocr: Any = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, det_limit_type="max",
                                  det_limit_side_len=DETECT_SIDE)
        self._ocr.text_det.get_preprocess = _float32_preprocess(self._ocr.text_det)

    def line_corners(self, rgb: np.ndarray, small: np.ndarray | None = None,
                     near: list[Box] | None = None) -> list[np.ndarray]:
        """Corners (4, 2) of each text line in the photo's pixels, found on `small` (the photo reduced to
        DETECT_SIDE, made here when not given), then again, both ways up, around what was found and around
        `near` (boxes where a label's text is likely: its barcode or QR code, blocks of ink on paper, see
        `inked`) at a finer scale: on the reduced
        photo a label's small print is found in pieces or not at all, and when it runs up or down often not."""
        small = shrunk(rgb, DETECT_SIDE) if small is None else small
        scale = small.shape[1] / rgb.shape[1]
        first = shrunk(small, FIRST_LOOK_SIDE)
        lines = [corners * (small.shape[1] / first.shape[1]) / scale for corners in self._find(first)]
        hints = [_corners(box) for box in near or []
                 if not any(_same_line(_corners(box), line) for line in lines)]
        if not (lines or hints) or (scale >= 1.0 and not hints):
            return lines[:MAX_LINES]
        refined: list[np.ndarray] = []
        for x0, y0, x1, y1 in _surroundings(lines + hints, rgb.shape):
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
        thickest = MAX_LINE_SHARE * max(bgr.shape[:2])
        return [np.asarray(c, dtype=np.float32) for c in found
                if MIN_LINE_PIXELS <= _thickness(np.asarray(c)) <= thickest]

    def read(self, rgb: np.ndarray, small: np.ndarray | None = None,
             near: list[Box] | None = None) -> list[TextLine]:
        """Every text line found (on `small` and around `near`, see `line_corners`), read on the full-size
        photo."""
        corners = self.line_corners(rgb, small, near)
        if not corners:
            return []
        bgr = np.ascontiguousarray(rgb[:, :, ::-1])
        crops = self._ocr.get_crop_img_list(bgr, [c.astype(np.float32) for c in corners])
        crops, _, _ = self._ocr.text_cls(crops)
        readings, _ = self._ocr.text_rec(crops)
        sideways = [i for i, c in enumerate(corners) if _upright(c)]
        turned: dict[int, tuple[str, float]] = {}
        if sideways:
            other, _ = self._ocr.text_rec([np.ascontiguousarray(np.rot90(crops[i], 2)) for i in sideways])
            turned = {i: (str(text), float(score)) for i, (text, score) in zip(sideways, other, strict=True)}
        return [TextLine(box=_bounds(c, rgb.shape), corners=[(float(x), float(y)) for x, y in c],
                         text=str(text), confidence=float(score),
                         turned_text=turned[i][0] if i in turned else None,
                         turned_confidence=turned[i][1] if i in turned else 0.0)
                for i, (c, (text, score)) in enumerate(zip(corners, readings, strict=True))]


def _float32_preprocess(detector: Any) -> Any:
    """rapidocr's detector input made in float32 throughout: its own normalises in float64 (mean and std are
    float64 arrays), ~6 ms of a core per pass on a 512-pixel photo for the same numbers."""
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    original = detector.get_preprocess

    def get_preprocess(max_wh: int) -> Any:
        step: DetPreProcess = original(max_wh)
        step.mean, step.std = step.mean.astype(np.float32), step.std.astype(np.float32)
        step.scale = np.float32(step.scale)
        return step

    return get_preprocess


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


def inked(rgb: np.ndarray, small: np.ndarray) -> list[Box]:
    """`ink_blocks` of the reduced copy, in the photo's pixels."""
    return [_scaled_box(box, rgb.shape[1] / small.shape[1]) for box in ink_blocks(small)]


def ink_blocks(small: np.ndarray) -> list[Box]:
    """Boxes (on `small`) of blocks of dark strokes on a lighter ground, whichever way they run: where print
    may be that the text detector did not see."""
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    contrast = cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, np.ones((7, 7), np.uint8))
    strokes = contrast > INK_CONTRAST
    merged = cv2.morphologyEx(strokes.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(merged, connectivity=8)
    blocks = []
    for x, y, w, h, area in stats[1:count]:
        if min(w, h) < INK_MIN_SIDE or area < INK_MIN_AREA or w * h > INK_MAX_SHARE * grey.size:
            continue
        ink = strokes[y:y + h, x:x + w]
        if not INK_DENSITY[0] <= ink.mean() <= INK_DENSITY[1]:
            continue
        if (np.median(contrast[y:y + h, x:x + w][ink]) >= INK_STROKE
                and np.median(grey[y:y + h, x:x + w][~ink]) >= PAPER):
            blocks.append((int(x), int(y), int(w), int(h)))
    return sorted(blocks, key=lambda b: -b[2] * b[3])[:INK_BLOCKS]


def _scaled_box(box: Box, factor: float) -> Box:
    x, y, w, h = box
    return round(x * factor), round(y * factor), round(w * factor), round(h * factor)


def _corners(box: Box) -> np.ndarray:
    x, y, w, h = box
    return np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], dtype=np.float32)


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
