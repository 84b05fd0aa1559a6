"""Generator A (training only): tears, holes, stains, broken parts and crushed items drawn on catalog photos.

Each defect is placed on the subject (its cut-out mask) with sizes relative to it, and comes with the pixel
mask of the damage, which labels the patches the defect classifier learns from. The held-out generator
(`heldout_generator.py`) draws differently and is never trained on.
"""

from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image

from tools.catalog.photos import cut_out

KINDS = ("tear", "hole", "stain", "broken", "crushed")
WORK_SIDE = 512


def draw_defect(image: Image.Image, kind: str, rng: random.Random) -> tuple[Image.Image, np.ndarray]:
    """The photo with one defect of `kind` and the boolean mask of the damaged pixels."""
    photo = image.convert("RGB")
    photo.thumbnail((WORK_SIDE, WORK_SIDE))
    cutout = cut_out(photo, side=max(photo.size))
    rgb = cutout.rgb.copy()
    if kind == "crushed":
        return _crushed(rgb, cutout.mask, rng)
    inside = cv2.erode(cutout.mask.astype(np.uint8), np.ones((15, 15), np.uint8)) > 0
    ys, xs = np.nonzero(inside if inside.any() else cutout.mask)
    pick = rng.randrange(len(ys))
    centre = (int(xs[pick]), int(ys[pick]))
    top, bottom, left, right = cutout.box()
    scale = max(8, min(bottom - top, right - left))
    mask = np.zeros(cutout.mask.shape, np.uint8)
    if kind == "tear":
        _tear(rgb, mask, centre, scale, rng)
    elif kind == "hole":
        _hole(rgb, mask, centre, scale, rng)
    elif kind == "stain":
        _stain(rgb, mask, centre, scale, rng)
    else:
        _broken(rgb, mask, cutout.mask, scale, rng)
    return Image.fromarray(rgb), mask > 0


def _blob(centre: tuple[int, int], radius: float, rng: random.Random, corners: int = 10) -> np.ndarray:
    angles = sorted(rng.uniform(0, 2 * np.pi) for _ in range(corners))
    return np.array(
        [
            (
                centre[0] + radius * rng.uniform(0.5, 1.2) * np.cos(a),
                centre[1] + radius * rng.uniform(0.5, 1.2) * np.sin(a),
            )
            for a in angles
        ],
        np.int32,
    )


def _behind(rng: random.Random) -> tuple[int, int, int]:
    """What shows through an opening: the backdrop, a dark inside, or skin."""
    return rng.choice([(250, 250, 250), (rng.randint(10, 50),) * 3, (224, 172, 140), (120, 85, 60)])


def _tear(rgb: np.ndarray, mask: np.ndarray, centre: tuple[int, int], scale: int, rng: random.Random) -> None:
    length = scale * rng.uniform(0.15, 0.5)
    angle = rng.uniform(0, np.pi)
    steps = rng.randint(6, 12)
    points = []
    for i in range(steps + 1):
        t = (i / steps - 0.5) * length
        jitter = rng.uniform(-0.04, 0.04) * length
        points.append(
            (
                centre[0] + t * np.cos(angle) - jitter * np.sin(angle),
                centre[1] + t * np.sin(angle) + jitter * np.cos(angle),
            )
        )
    line = np.array(points, np.int32)
    width = max(2, int(scale * rng.uniform(0.01, 0.04)))
    cv2.polylines(rgb, [line], False, _behind(rng), width + 2)
    cv2.polylines(rgb, [line + 1], False, (rng.randint(0, 60),) * 3, max(1, width // 2))
    cv2.polylines(mask, [line], False, 1, width + 6)


def _hole(rgb: np.ndarray, mask: np.ndarray, centre: tuple[int, int], scale: int, rng: random.Random) -> None:
    polygon = _blob(centre, scale * rng.uniform(0.04, 0.13), rng)
    cv2.polylines(rgb, [polygon], True, (rng.randint(20, 70),) * 3, 2)
    cv2.fillPoly(rgb, [polygon], _behind(rng))
    cv2.fillPoly(mask, [polygon], 1)
    cv2.polylines(mask, [polygon], True, 1, 4)


def _stain(rgb: np.ndarray, mask: np.ndarray, centre: tuple[int, int], scale: int, rng: random.Random) -> None:
    colour = np.array(
        rng.choice([(110, 70, 30), (120, 20, 40), (190, 160, 40), (70, 70, 60), (30, 40, 120)]), np.float32
    )
    shape = np.zeros(mask.shape, np.uint8)
    for _ in range(rng.randint(1, 3)):
        offset = (
            centre[0] + rng.randint(-scale // 12, scale // 12),
            centre[1] + rng.randint(-scale // 12, scale // 12),
        )
        cv2.fillPoly(shape, [_blob(offset, scale * rng.uniform(0.05, 0.13), rng, 12)], 1)
    alpha = cv2.GaussianBlur(shape.astype(np.float32), (0, 0), max(1.0, scale * 0.01)) * rng.uniform(0.4, 0.8)
    # a dye tints what is under it (multiplied); dirt or grease covers it (mixed toward its own colour)
    tint = rgb.astype(np.float32) * colour / 255.0 if rng.random() < 0.5 else np.broadcast_to(colour, rgb.shape)
    mixed = rgb.astype(np.float32) * (1 - alpha[..., None]) + tint * alpha[..., None]
    rgb[:] = mixed.clip(0, 255).astype(np.uint8)
    mask |= (alpha > 0.1).astype(np.uint8)


def _broken(rgb: np.ndarray, mask: np.ndarray, subject: np.ndarray, scale: int, rng: random.Random) -> None:
    """A piece broken off the item's edge: a wedge of the subject replaced by backdrop, with a dark crack."""
    edge = subject & ~(cv2.erode(subject.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0)
    ys, xs = np.nonzero(edge)
    if len(ys) == 0:
        return
    pick = rng.randrange(len(ys))
    polygon = _blob((int(xs[pick]), int(ys[pick])), scale * rng.uniform(0.08, 0.2), rng, 7)
    piece = np.zeros(mask.shape, np.uint8)
    cv2.fillPoly(piece, [polygon], 1)
    piece &= subject.astype(np.uint8)
    rgb[piece > 0] = (250, 250, 250)
    outline = cv2.dilate(piece, np.ones((3, 3), np.uint8)) - piece
    rgb[(outline > 0) & subject] = (rng.randint(10, 60),) * 3
    mask |= cv2.dilate(piece, np.ones((7, 7), np.uint8))


def _crushed(rgb: np.ndarray, subject: np.ndarray, rng: random.Random) -> tuple[Image.Image, np.ndarray]:
    """Squashed and crumpled in transit: a wavy squash, fold shadows, on a plain surface."""
    height, width = subject.shape
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    squash = rng.uniform(1.1, 1.45)
    amplitude, period = rng.uniform(0.01, 0.035) * width, rng.uniform(0.2, 0.5) * height
    map_y = (ys - height / 2) * squash + height / 2 + amplitude * np.sin(xs / period * 2 * np.pi)
    map_x = xs + amplitude * np.sin(ys / period * 2 * np.pi + rng.uniform(0, 6))
    surface = np.array([rng.randint(150, 230)] * 3, np.uint8)
    warped = cv2.remap(
        rgb, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=surface.tolist()
    )
    moved = cv2.remap(subject.astype(np.uint8), map_x, map_y, cv2.INTER_NEAREST) > 0
    shade = np.ones((height, width), np.float32)
    for _ in range(rng.randint(3, 7)):
        x0, x1 = rng.uniform(0, width), rng.uniform(0, width)
        line = np.zeros((height, width), np.float32)
        cv2.line(line, (int(x0), 0), (int(x1), height), 1.0, max(2, width // 60))
        shade -= cv2.GaussianBlur(line, (0, 0), width / 80) * rng.uniform(0.3, 0.6)
    out = (warped.astype(np.float32) * np.where(moved, shade, 1.0)[..., None]).clip(0, 255).astype(np.uint8)
    return Image.fromarray(out), moved
