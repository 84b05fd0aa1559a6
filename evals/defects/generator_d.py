"""Generator D (evaluation only, a third held-out set): defect shapes and renderings that none of A, B or C
draws, written and committed before the detector was scored on them (issue 18, defect28).

A draws OpenCV blobs and polylines on the cut-out, B the suites' PIL drawings, C zig-zag slits, moth-hole
clusters, Gaussian splashes and round bites out of the outline. D works at 448 px on the item found by its
difference from the studio white, and renders each defect from noise fields rather than filled shapes:

- `fray`: a stretch of the item's outline (at 30-75 % of its height) worn ragged: the edge eaten back by a noisy band,
  loose threads sticking out of it into the backdrop;
- `snag`: a pulled thread: a thin bright-or-dark line a few pixels wide following a gently curving path, the
  fabric puckered along it (a shading ripple either side), a small loop of thread at one end;
- `burn`: a scorch mark: an irregular noise-edged patch, a dark charred core (sometimes melted through to what
  is behind), a brown halo fading outward;
- `stain`: a soft water or oil stain: an irregular shape thresholded from smooth noise, its inside faintly
  tinted, a darker tide line along its rim, edges feathered;
- `puncture`: small punctures in a short row (a staple, a hook, a cat's claw): 2-6 pin holes of 1.5-4 px, each a
  dark core with a light torn rim.

The kinds map onto the reader's defect kinds for the report (every one is a defect the customer would claim).
"""

from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image

KINDS = ("fray", "snag", "burn", "stain", "puncture")
SIDE = 448
STUDIO_WHITE = 25


def draw_generator_d_defect(image: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    """The photo (at SIDE) with one defect of `kind` drawn on its item; the photo unchanged when no item shows."""
    photo = image.convert("RGB")
    photo.thumbnail((SIDE, SIDE), Image.Resampling.LANCZOS)
    rgb = np.asarray(photo).copy()
    item = (255 - rgb.min(axis=2)) > STUDIO_WHITE
    if item.sum() < 200:
        return photo
    ys, xs = np.nonzero(item)
    width = int(xs.max() - xs.min() + 1)
    if kind == "fray":
        _fray(rgb, item, width, rng)
    else:
        inner = cv2.erode(item.astype(np.uint8), np.ones((15, 15), np.uint8)) > 0
        ys, xs = np.nonzero(inner if inner.any() else item)
        pick = rng.randrange(len(ys))
        centre = (int(xs[pick]), int(ys[pick]))
        {"snag": _snag, "burn": _burn, "stain": _stain, "puncture": _punctures}[kind](rgb, item, centre, width, rng)
    return Image.fromarray(rgb)


def _noise(shape: tuple[int, int], scale: float, rng: random.Random) -> np.ndarray:
    """Smooth noise in 0..1 varying over about `scale` pixels."""
    generator = np.random.default_rng(rng.randrange(1 << 30))
    field: np.ndarray = cv2.GaussianBlur(generator.standard_normal(shape).astype(np.float32), (0, 0),
                                         max(0.5, scale))
    low, high = float(field.min()), float(field.max())
    return (field - low) / (high - low + 1e-6)


def _mix(rgb: np.ndarray, colour: np.ndarray, alpha: np.ndarray) -> None:
    base = rgb.astype(np.float32)
    target = np.broadcast_to(colour.astype(np.float32), base.shape) if colour.ndim == 1 else colour
    rgb[:] = (base * (1 - alpha[..., None]) + target * alpha[..., None]).clip(0, 255).astype(np.uint8)


def _fray(rgb: np.ndarray, item: np.ndarray, width: int, rng: random.Random) -> None:
    mask = item.astype(np.uint8)
    outline = (mask - cv2.erode(mask, np.ones((3, 3), np.uint8))) > 0
    rows = np.flatnonzero(item.any(axis=1))
    band = np.zeros(item.shape, bool)  # the garment's height, not a model's head or feet
    band[int(rows[0] + 0.3 * (rows[-1] - rows[0])):int(rows[0] + 0.75 * (rows[-1] - rows[0]))] = True
    ys, xs = np.nonzero(outline & band if (outline & band).any() else outline)
    pick = rng.randrange(len(ys))
    centre = np.array([xs[pick], ys[pick]], np.float32)
    reach = width * rng.uniform(0.12, 0.22)  # how far along the outline the wear runs
    depth = max(3.0, width * rng.uniform(0.015, 0.035))  # how far it eats in
    h, w = item.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    near = np.hypot(xx - centre[0], yy - centre[1]) < reach
    inside = cv2.distanceTransform(mask, cv2.DIST_L2, 3)
    ragged = depth * (0.4 + 0.9 * _noise(item.shape, 2.0, rng))
    eaten = item & near & (inside < ragged)
    backdrop = np.array([rng.randint(238, 252)] * 3, np.float32)
    _mix(rgb, backdrop, eaten.astype(np.float32) * 0.95)
    fabric = np.median(rgb[item & ~eaten & near], axis=0) if (item & ~eaten & near).any() else np.array([90, 90, 90])
    edge_ys, edge_xs = np.nonzero(near & outline)
    for _ in range(rng.randint(8, 18)):  # loose threads out of the worn edge
        k = rng.randrange(len(edge_ys))
        start = np.array([edge_xs[k], edge_ys[k]], np.float32)
        angle = rng.uniform(0, 2 * np.pi)
        length = rng.uniform(0.6, 1.8) * depth
        bend = rng.uniform(-0.5, 0.5)
        points = [start + length * t * np.array([np.cos(angle + bend * t), np.sin(angle + bend * t)])
                  for t in np.linspace(0, 1, 6)]
        shade = tuple(int(v) for v in np.clip(fabric * rng.uniform(0.7, 1.2), 0, 255))
        cv2.polylines(rgb, [np.array(points, np.int32)], False, shade, 1, cv2.LINE_AA)


def _snag(rgb: np.ndarray, item: np.ndarray, centre: tuple[int, int], width: int, rng: random.Random) -> None:
    length = width * rng.uniform(0.18, 0.4)
    angle = rng.uniform(0, np.pi)
    curve = rng.uniform(-0.25, 0.25)
    ts = np.linspace(-0.5, 0.5, 40)
    points = np.stack([centre[0] + length * ts * np.cos(angle + curve * ts * 2),
                       centre[1] + length * ts * np.sin(angle + curve * ts * 2)], axis=1)
    path = np.zeros(item.shape, np.uint8)
    cv2.polylines(path, [points.astype(np.int32)], False, 255, 1, cv2.LINE_AA)
    distance = cv2.distanceTransform(255 - path, cv2.DIST_L2, 3)
    pucker = 1.0 - 0.18 * np.cos(distance / rng.uniform(2.0, 3.5)) * np.exp(-distance / (0.08 * length))
    lit = rgb.astype(np.float32) * pucker[..., None]
    rgb[:] = np.where(item[..., None], lit, rgb).clip(0, 255).astype(np.uint8)
    bright = rng.random() < 0.5
    fabric = rgb[item].mean(axis=0)
    thread = np.clip(fabric * (1.6 if bright else 0.45) + (40 if bright else 0), 0, 255)
    alpha = np.clip(1.5 - distance / rng.uniform(1.2, 2.0), 0, 1) * item
    _mix(rgb, thread, alpha)
    end = points[-1 if rng.random() < 0.5 else 0]
    loop = max(3, int(width * rng.uniform(0.012, 0.025)))
    cv2.ellipse(rgb, (int(end[0]), int(end[1])), (loop, max(2, loop // 2)), rng.uniform(0, 180), 0, 330,
                tuple(int(v) for v in thread), 1, cv2.LINE_AA)


def _burn(rgb: np.ndarray, item: np.ndarray, centre: tuple[int, int], width: int, rng: random.Random) -> None:
    h, w = item.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    radius = width * rng.uniform(0.035, 0.08)
    wobble = _noise(item.shape, radius * 0.35, rng)
    reach = np.hypot(xx - centre[0], yy - centre[1]) / radius + 0.8 * (wobble - 0.5)
    halo = np.clip(1.6 - reach, 0, 1) ** 1.5 * rng.uniform(0.55, 0.85)
    _mix(rgb, np.array([rng.randint(95, 130), rng.randint(60, 80), rng.randint(30, 45)]), halo * item)
    core = np.clip((0.75 - reach) * 4, 0, 1)
    _mix(rgb, np.array([rng.randint(20, 40), rng.randint(15, 28), rng.randint(10, 20)]), core * item)
    if rng.random() < 0.5:  # melted through
        through = (reach < 0.3) & item
        behind = np.array(rng.choice([(245, 245, 245), (25, 25, 25), (205, 160, 130)]), np.float32)
        _mix(rgb, behind, through.astype(np.float32))


def _stain(rgb: np.ndarray, item: np.ndarray, centre: tuple[int, int], width: int, rng: random.Random) -> None:
    h, w = item.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    size = width * rng.uniform(0.07, 0.14)
    stretch, angle = rng.uniform(1.0, 1.8), rng.uniform(0, np.pi)
    u = ((xx - centre[0]) * np.cos(angle) + (yy - centre[1]) * np.sin(angle)) / stretch
    v = -(xx - centre[0]) * np.sin(angle) + (yy - centre[1]) * np.cos(angle)
    shape = np.hypot(u, v) / size + 1.1 * (_noise(item.shape, size * 0.3, rng) - 0.5)
    inside = cv2.GaussianBlur(np.clip((1.0 - shape) * 6, 0, 1).astype(np.float32), (0, 0), rng.uniform(1.0, 2.5))
    rim = np.exp(-((shape - 1.0) ** 2) / (2 * 0.05**2)).astype(np.float32)
    water = rng.random() < 0.5
    strength = rng.uniform(0.35, 0.6)
    if water:  # a water mark: the inside barely darker, the tide line darker
        _mix(rgb, rgb.astype(np.float32) * 0.8, inside * strength * 0.6 * item)
        _mix(rgb, rgb.astype(np.float32) * 0.5, rim * strength * item)
    else:  # oil or wine: tinted inside, a deeper rim
        tint = np.array(rng.choice([(140, 100, 40), (120, 30, 60), (80, 90, 60)]), np.float32)
        _mix(rgb, rgb.astype(np.float32) * tint / 255.0, inside * strength * item)
        _mix(rgb, rgb.astype(np.float32) * tint / 320.0, rim * strength * 0.8 * item)


def _punctures(rgb: np.ndarray, item: np.ndarray, centre: tuple[int, int], width: int, rng: random.Random) -> None:
    count = rng.randint(2, 6)
    angle = rng.uniform(0, np.pi)
    gap = width * rng.uniform(0.02, 0.05)
    behind = rng.choice([(15, 15, 15), (240, 240, 240), (200, 150, 120)])
    for i in range(count):
        x = centre[0] + (i - count / 2) * gap * np.cos(angle) + rng.uniform(-2, 2)
        y = centre[1] + (i - count / 2) * gap * np.sin(angle) + rng.uniform(-2, 2)
        if not (0 <= int(y) < item.shape[0] and 0 <= int(x) < item.shape[1]) or not item[int(y), int(x)]:
            continue
        radius = rng.uniform(1.5, 4.0)
        rim = tuple(int(v) for v in np.clip(rgb[int(y), int(x)].astype(np.float32) * 1.25 + 25, 0, 255))
        cv2.circle(rgb, (int(x), int(y)), int(round(radius + 1.5)), rim, -1, cv2.LINE_AA)
        cv2.circle(rgb, (int(x), int(y)), max(1, int(round(radius))), behind, -1, cv2.LINE_AA)
