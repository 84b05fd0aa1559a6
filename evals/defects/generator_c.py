"""Generator C (evaluation only, a second held-out set): defects drawn a third way, written before any
model saw them and scored once.

Unlike generator A (OpenCV blobs and polylines on the cut-out, training) and generator B (the suites' PIL
drawings, centred), C places each defect on the item found by its difference from the studio white, at
384 px: a tear is a zig-zag slit with frayed threads, holes come in small clusters (moth holes), a stain
is a splash of soft Gaussian drops that darkens or covers, a broken part is a round chunk bitten out of the
item's left or right outline at a quarter to three quarters of its height, and a crushed item is squeezed
sideways, tilted and creased with curves, on cardboard.
"""

from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image

KINDS = ("tear", "hole", "stain", "broken", "crushed")
SIDE = 384


def draw_generator_c_defect(image: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    photo = image.convert("RGB")
    photo.thumbnail((SIDE, SIDE))
    rgb = np.asarray(photo).copy()
    item = (255 - rgb.min(axis=2)) > 25  # not studio white
    if item.sum() < 100:
        return photo
    if kind == "crushed":
        return Image.fromarray(_crushed(rgb, item, rng))
    ys, xs = np.nonzero(item)
    width = int(xs.max() - xs.min() + 1)
    if kind == "broken":
        _broken(rgb, item, width, rng)
    else:
        inner = cv2.erode(item.astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
        ys, xs = np.nonzero(inner if inner.any() else item)
        pick = rng.randrange(len(ys))
        centre = (int(xs[pick]), int(ys[pick]))
        {"tear": _tear, "hole": _holes, "stain": _splash}[kind](rgb, centre, width, rng)
    return Image.fromarray(rgb)


def _tear(rgb: np.ndarray, centre: tuple[int, int], width: int, rng: random.Random) -> None:
    length = width * rng.uniform(0.2, 0.45)
    angle = rng.uniform(0, np.pi)
    direction, normal = np.array([np.cos(angle), np.sin(angle)]), np.array([-np.sin(angle), np.cos(angle)])
    steps = rng.randint(5, 9)
    points = [np.array(centre, float) + direction * (i / steps - 0.5) * length
              + normal * (rng.choice([-1, 1]) * rng.uniform(0.02, 0.06) * length) for i in range(steps + 1)]
    line = np.array(points, np.int32)
    behind = rng.choice([(235, 235, 235), (30, 25, 25), (210, 160, 130)])
    cv2.polylines(rgb, [line], False, behind, max(3, int(width * rng.uniform(0.015, 0.035))))
    for point in points[1:-1]:  # frayed threads across the slit
        for _ in range(2):
            tip = point + normal * rng.uniform(-1, 1) * 0.08 * length + direction * rng.uniform(-0.03, 0.03) * length
            cv2.line(rgb, tuple(int(v) for v in point), tuple(int(v) for v in tip), (240, 238, 230), 1)


def _holes(rgb: np.ndarray, centre: tuple[int, int], width: int, rng: random.Random) -> None:
    behind = rng.choice([(20, 20, 20), (245, 245, 245), (200, 150, 120)])
    for _ in range(rng.randint(1, 4)):
        radius = max(3, int(width * rng.uniform(0.025, 0.06)))
        offset = (centre[0] + rng.randint(-2, 2) * radius, centre[1] + rng.randint(-2, 2) * radius)
        axes = (radius, max(2, int(radius * rng.uniform(0.6, 1.0))))
        cv2.ellipse(rgb, offset, axes, rng.uniform(0, 180), 0, 360, (70, 60, 55), 2)
        cv2.ellipse(rgb, offset, (max(1, axes[0] - 1), max(1, axes[1] - 1)), 0, 0, 360, behind, -1)


def _splash(rgb: np.ndarray, centre: tuple[int, int], width: int, rng: random.Random) -> None:
    height, side = rgb.shape[:2]
    ys, xs = np.mgrid[0:height, 0:side].astype(np.float32)
    density = np.zeros((height, side), np.float32)
    spread = width * rng.uniform(0.06, 0.12)
    for _ in range(rng.randint(4, 9)):
        cx, cy = centre[0] + rng.gauss(0, spread), centre[1] + rng.gauss(0, spread)
        sigma = spread * rng.uniform(0.25, 0.6)
        density += np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * sigma**2))
    alpha = np.clip((density - 0.5) * 3, 0, 1) * rng.uniform(0.5, 0.85)
    colour = np.array(rng.choice([(120, 80, 40), (110, 20, 50), (20, 30, 100), (60, 60, 50)]), np.float32)
    base = rgb.astype(np.float32)
    target = base * 0.55 if rng.random() < 0.3 else np.broadcast_to(colour, base.shape)  # grease darkens
    rgb[:] = (base * (1 - alpha[..., None]) + target * alpha[..., None]).clip(0, 255).astype(np.uint8)


def _broken(rgb: np.ndarray, item: np.ndarray, width: int, rng: random.Random) -> None:
    rows = np.flatnonzero(item.any(axis=1))
    row = int(rows[0] + (rows[-1] - rows[0]) * rng.uniform(0.25, 0.75))
    columns = np.flatnonzero(item[row])
    if len(columns) == 0:
        return
    x = int(columns[0] if rng.random() < 0.5 else columns[-1])
    radius = max(5, int(width * rng.uniform(0.1, 0.2)))
    chunk = np.zeros(item.shape, np.uint8)
    cv2.ellipse(chunk, (x, row), (radius, int(radius * rng.uniform(0.6, 1.0))), rng.uniform(0, 180), 0, 360, 1, -1)
    chunk = chunk.astype(bool) & item
    rgb[chunk] = (255, 255, 255)
    edge = (cv2.dilate(chunk.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0) & ~chunk & item
    rgb[edge] = (rng.randint(30, 90),) * 3


def _crushed(rgb: np.ndarray, item: np.ndarray, rng: random.Random) -> np.ndarray:
    height, side = rgb.shape[:2]
    squeeze = rng.uniform(0.6, 0.8)
    angle = rng.uniform(5, 15) * rng.choice([-1, 1])
    matrix = cv2.getRotationMatrix2D((side / 2, height / 2), angle, 1.0)
    matrix[0, :] *= squeeze
    matrix[0, 2] += side * (1 - squeeze) / 2
    surface = (rng.randint(170, 220), rng.randint(150, 200), rng.randint(120, 170))  # a parcel's cardboard
    out = cv2.warpAffine(rgb, matrix, (side, height), borderMode=cv2.BORDER_CONSTANT, borderValue=surface)
    moved = cv2.warpAffine(item.astype(np.uint8) * 255, matrix, (side, height)) > 127
    out[~moved] = surface
    ys, xs = np.mgrid[0:height, 0:side].astype(np.float32)
    shade = np.ones((height, side), np.float32)
    for _ in range(rng.randint(3, 6)):  # curved creases
        a, b, c = rng.uniform(-0.002, 0.002), rng.uniform(-1, 1), rng.uniform(0, side)
        distance = np.abs(xs - (a * (ys - height / 2) ** 2 + b * (ys - height / 2) * 0.3 + c))
        shade -= np.exp(-(distance**2) / (2 * (side / 120) ** 2)) * rng.uniform(0.25, 0.5)
    return (out.astype(np.float32) * shade.clip(0.3, 1)[..., None]).clip(0, 255).astype(np.uint8)
