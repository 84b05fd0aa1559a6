"""Photos that show no item at all: a blank sheet or surface, or text on paper or a screen (a typed note, a
screenshot, a receipt, a printed page). Such a photo is no evidence about an ordered item (attack20 A8: a note on a
white page was compared with the ordered pants' catalog photo and read as "a visible defect").

Read by the redaction (`redaction.py`), on the original photo reduced to `SIDE`, with the text lines its reader
found: the "object" left once the background (what runs in from the border in the border's colour), paper (light
and grey), flat fills, and the text and ink on it are taken away. A garment, a parcel or a scene leaves an object;
paper and screens leave a little at most. Levels set on drawn pictures and catalog-made complaint photos
(`evals/photo_triage/no_item.py`, development seeds).
"""

from __future__ import annotations

from enum import StrEnum

import cv2
import numpy as np

from assistant.intake.text_reading import shrunk

SIDE = 448
MIN_TEXT_LINES = 2  # a slogan on a garment, a size label: one line at most on item photos seen so far
MIN_TEXT_SHARE = 0.6  # text's share of text + object: paper and screens 0.54..1.0; an item with words over it <= 0.45
MAX_BLANK_EDGES = 0.006  # share of edge pixels: a sheet or a plain field ~0.002; item photos 0.01 and more
MAX_BLANK_OBJECT = 0.2  # object share of a blank picture (a strip of table at its edge); items leave 0.06 and more
BORDER = 0.03  # share of the short side read as the photo's border
SAME_AS_BORDER = 28  # channel difference (0-255) under which a pixel has the border's colour
PAPER_GREY, PAPER_SATURATION = 150, 50
INK_CONTRAST = 40
# A screen's bars and buttons, a sheet's shadow: flat fills (local grey spread under this in 5 x 5 pixels), not an
# object; items keep their texture (median spread inside them 0.86 and more, screens' fills 0.2 at most).
FLAT_FILL = 0.5


class NoItem(StrEnum):
    BLANK = "blank"  # a blank sheet or a plain surface
    TEXT = "text"  # a note, a page, a receipt, a screenshot


def _background(rgb: np.ndarray) -> np.ndarray:
    """Pixels of the border's colour that are connected to the border: a table, a sheet, a studio backdrop."""
    h, w = rgb.shape[:2]
    m = max(2, int(BORDER * min(h, w)))
    border = np.concatenate([rgb[:m].reshape(-1, 3), rgb[-m:].reshape(-1, 3),
                             rgb[:, :m].reshape(-1, 3), rgb[:, -m:].reshape(-1, 3)])
    close = (np.abs(rgb.astype(np.int16) - np.median(border, axis=0)).max(axis=2) < SAME_AS_BORDER).astype(np.uint8)
    _count, labels = cv2.connectedComponents(close, connectivity=4)
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    return np.isin(labels, edge[edge > 0]) & (close > 0)


def _textured(grey: np.ndarray) -> np.ndarray:
    values = grey.astype(np.float32)
    spread = cv2.blur(values * values, (5, 5)) - cv2.blur(values, (5, 5)) ** 2
    return np.sqrt(np.maximum(spread, 0.0)) >= FLAT_FILL


def _object_share(small: np.ndarray, grey: np.ndarray, text: np.ndarray) -> float:
    saturation = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)[..., 1]
    paper = (grey > PAPER_GREY) & (saturation < PAPER_SATURATION)
    near_text = cv2.dilate(text, np.ones((9, 9), np.uint8)) > 0
    ink = cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, np.ones((7, 7), np.uint8)) > INK_CONTRAST
    rest = ~paper & ~near_text & ~ink & ~_background(small) & _textured(grey)
    return float((cv2.morphologyEx(rest.astype(np.uint8), cv2.MORPH_OPEN, np.ones((7, 7), np.uint8)) > 0).mean())


def no_item_in(rgb: np.ndarray, lines: list[np.ndarray]) -> NoItem | None:
    """What the photo shows instead of an item, or None when it may show one. `lines`: the corners (4, 2) of each
    line of text found on it, in its pixels."""
    small = shrunk(rgb, SIDE)
    scale = small.shape[1] / rgb.shape[1]
    text = np.zeros(small.shape[:2], np.uint8)
    for corners in lines:
        cv2.fillPoly(text, [(corners * scale).astype(np.int32)], 1)
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    object_share, text_share = _object_share(small, grey, text), float(text.mean())
    if len(lines) >= MIN_TEXT_LINES and text_share / max(1e-3, text_share + object_share) >= MIN_TEXT_SHARE:
        return NoItem.TEXT
    edges = float((cv2.Canny(grey, 60, 140) > 0).mean())
    if len(lines) < MIN_TEXT_LINES and edges < MAX_BLANK_EDGES and object_share < MAX_BLANK_OBJECT:
        return NoItem.BLANK
    return None
