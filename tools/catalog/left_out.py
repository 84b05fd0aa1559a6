"""Regions of a customer's photo that must not count when it is compared with catalog photos.

Redaction masks a face or a label on the customer's photo, never on the catalog's views: read as they are, a flat
face-coloured block or a blurred label look like part of the item (a worn tee found as a hoodie). Those regions
are filled from their surroundings instead, so the photo is compared like with like.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np
from PIL import Image

from tools.catalog.photos import ImageInput, open_photo

# A photo with regions left out is worked on at this long side (every embedder and reading reduces it further).
LEFT_OUT_SIDE = 640

Region = tuple[int, int, int, int]  # x, y, width, height in the photo's own pixels


def left_out(photo: ImageInput, regions: Sequence[Region]) -> tuple[Image.Image, np.ndarray]:
    """The photo (reduced to LEFT_OUT_SIDE) with the regions filled from their surroundings, and the boolean
    mask of those regions at that size."""
    full = open_photo(photo, side=1 << 30)  # the regions are in the photo's own pixels
    image = open_photo(full, LEFT_OUT_SIDE)
    rgb = np.asarray(image)
    scale = image.width / full.width
    mask = np.zeros(rgb.shape[:2], dtype=np.uint8)
    for x, y, w, h in regions:
        x0, y0 = max(0, int(x * scale)), max(0, int(y * scale))
        x1, y1 = min(rgb.shape[1], int(np.ceil((x + w) * scale))), min(rgb.shape[0], int(np.ceil((y + h) * scale)))
        mask[y0:y1, x0:x1] = 1
    if not mask.any():
        return image, mask.astype(bool)
    filled = cv2.inpaint(np.ascontiguousarray(rgb), mask, 3, cv2.INPAINT_TELEA)
    return Image.fromarray(filled), mask.astype(bool)
