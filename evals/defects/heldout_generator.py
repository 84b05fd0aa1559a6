"""Generator B (evaluation only): defects drawn another way, never seen in training.

Tears, stains and crushed items are the conversation suites' drawings (`evals/conversations/photos.py`: a
light rip with a shadow across the middle, brown ellipses, a trapezoid squash with straight creases), on the
photo reduced to the suites' 256 px; holes and broken parts are drawn here with PIL primitives.
"""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from evals.conversations.photos import _crushed, _stain, _tear

KINDS = ("tear", "hole", "stain", "broken", "crushed")
SIDE = 256


def draw_heldout_defect(image: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    photo = image.convert("RGB")
    photo.thumbnail((SIDE, SIDE))
    if kind == "tear":
        return _tear(photo, rng)
    if kind == "stain":
        return _stain(photo, rng)
    if kind == "crushed":
        return _crushed(photo, rng)
    if kind == "hole":
        return _hole(photo, rng)
    return _broken(photo, rng)


def _hole(image: Image.Image, rng: random.Random) -> Image.Image:
    draw = ImageDraw.Draw(image)
    w, h = image.size
    cx, cy = rng.randint(w * 2 // 5, w * 3 // 5), rng.randint(h * 2 // 5, h * 3 // 5)
    r = rng.randint(w // 22, w // 12)
    draw.ellipse((cx - r - 2, cy - r - 2, cx + r + 2, cy + r + 2), fill=(90, 80, 70))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(15, 15, 15))
    return image


def _broken(image: Image.Image, rng: random.Random) -> Image.Image:
    """A piece snapped off the item's side: a triangle cut in from its outline, backdrop showing, a dark break."""
    grey = np.asarray(ImageChops.difference(image, Image.new("RGB", image.size, (255, 255, 255))).convert("L"))
    rows = np.flatnonzero((grey > 20).any(axis=1))
    if len(rows) == 0:
        return image
    y = int(rows[0] + (rows[-1] - rows[0]) * rng.uniform(0.35, 0.65))
    columns = np.flatnonzero(grey[y] > 20)
    width = int(columns[-1] - columns[0]) if len(columns) else image.width // 2
    d = max(6, int(width * rng.uniform(0.12, 0.2)))
    from_left = rng.random() < 0.5
    x = int(columns[0] if from_left else columns[-1]) if len(columns) else image.width // 2
    tip = (x + d if from_left else x - d, y)
    draw = ImageDraw.Draw(image)
    draw.polygon([(x, y - d), tip, (x, y + d)], fill=(255, 255, 255))
    draw.line([(x, y - d), tip, (x, y + d)], fill=(50, 50, 50), width=2)
    return image
