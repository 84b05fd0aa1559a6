"""The regions redaction masks, as data: so that whatever compares a redacted customer photo with a catalog
photo can ignore the same regions in both (like with like), and tests can check what was covered."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import numpy as np
from pydantic import BaseModel, TypeAdapter

Box = tuple[int, int, int, int]  # x, y, width, height in the photo's pixels
MARGIN = 0.15  # share of a box's width and height added on each side: a mask must not leave an ear or a digit


class RegionKind(StrEnum):
    FACE = "face"
    PERSONAL_TEXT = "personal_text"  # a shipping label, an address, a phone number, an email, an order number
    CODE = "code"  # a barcode or a QR code


class MaskedRegion(BaseModel):
    """One region redaction covered: `box` is what the detector found; `padded` what was covered."""

    kind: RegionKind
    box: Box
    padded: Box


def padded(box: Box, shape: tuple[int, ...], margin: float = MARGIN) -> Box:
    """`box` grown by `margin` on each side and clipped to a photo of `shape` (height, width, ...)."""
    x, y, w, h = box
    dx, dy = int(w * margin), int(h * margin)
    x0, y0 = max(0, x - dx), max(0, y - dy)
    x1, y1 = min(shape[1], x + w + dx), min(shape[0], y + h + dy)
    return x0, y0, max(0, x1 - x0), max(0, y1 - y0)


def covered(boxes: list[Box], shape: tuple[int, ...], margin: float = MARGIN) -> np.ndarray:
    """The boolean mask (height, width) of the pixels that masking `boxes` with `margin` covers."""
    mask = np.zeros(shape[:2], dtype=bool)
    for box in boxes:
        x, y, w, h = padded(box, shape, margin)
        mask[y:y + h, x:x + w] = True
    return mask


def ignore_mask(regions: list[MaskedRegion], shape: tuple[int, ...]) -> np.ndarray:
    """True where a comparer must not look: the padded regions, on a photo of `shape`."""
    return covered([region.padded for region in regions], shape, margin=0.0)


_REGIONS = TypeAdapter(list[MaskedRegion])


def masked_path(photo: Path) -> Path:
    """Where the regions masked on a redacted photo are kept: beside it, `<sha256>.masked.json`."""
    return photo.with_suffix(".masked.json")


def save_masked(photo: Path, regions: list[MaskedRegion]) -> None:
    """Kept only where something was masked: an unmasked photo is compared whole, as without a record."""
    path = masked_path(photo)
    if regions and not path.exists():
        path.write_text(json.dumps([region.model_dump(mode="json") for region in regions]))


def masked_boxes(photo: Path) -> list[Box]:
    """The padded boxes masked on a redacted photo (what a comparison leaves out); none when not recorded
    (a photo stored before they were kept)."""
    path = masked_path(photo)
    if not path.exists():
        return []
    return [region.padded for region in _REGIONS.validate_json(path.read_text())]
