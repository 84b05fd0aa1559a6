"""Phone-like degradations of a catalog photo: how a customer photographs what they received at home.

A separate generator from `perturb.py` (which the descriptor was tuned on): a textured surface behind the
item, a perspective tilt, a partial crop, uneven lighting, blur and JPEG compression, drawn as a random chain
so each query gets its own mix. `phone_photo` returns the photo and the names of the steps it applied.
"""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image

from tools.catalog.photos import cut_out

PHONE_SIDE = 640


def textured_background(image: Image.Image, rng: random.Random) -> Image.Image:
    """The studio white replaced by a surface: a colour with a gradient, grain and a few streaks."""
    cutout = cut_out(image, side=max(image.size))
    height, width = cutout.mask.shape
    noise = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array([rng.randint(60, 235) for _ in range(3)], dtype=np.float32)
    ramp = np.linspace(rng.uniform(-30, 0), rng.uniform(0, 30), width, dtype=np.float32)[None, :, None]
    streaks = np.sin(np.arange(height, dtype=np.float32)[:, None, None] / rng.uniform(3, 12)) * rng.uniform(0, 8)
    surface = (base + ramp + streaks + noise.normal(0, 7, (height, width, 3))).clip(0, 255)
    mixed = np.where(cutout.mask[..., None], cutout.rgb.astype(np.float32), surface)
    return Image.fromarray(mixed.astype(np.uint8))


def perspective(image: Image.Image, rng: random.Random) -> Image.Image:
    """The phone held at an angle: each corner moved by up to 12 % of the side, edges filled by reflection."""
    rgb = np.asarray(image)
    height, width = rgb.shape[:2]
    source = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    jitter = np.float32([[rng.uniform(-0.12, 0.12) * width, rng.uniform(-0.12, 0.12) * height] for _ in range(4)])
    matrix = cv2.getPerspectiveTransform(source, source + jitter)
    warped = cv2.warpPerspective(rgb, matrix, (width, height), borderMode=cv2.BORDER_REFLECT)
    return Image.fromarray(warped)


def partial_crop(image: Image.Image, rng: random.Random) -> Image.Image:
    """Part of the item out of frame: one side cut to 65-85 % and the others trimmed a little."""
    width, height = image.size
    box = [
        rng.uniform(0, 0.08) * width,
        rng.uniform(0, 0.08) * height,
        (1 - rng.uniform(0, 0.08)) * width,
        (1 - rng.uniform(0, 0.08)) * height,
    ]
    side = rng.randrange(4)
    cut = rng.uniform(0.15, 0.35)
    if side in (0, 1):
        box[side] += cut * (width if side == 0 else height)
    else:
        box[side] -= cut * (width if side == 2 else height)
    return image.crop(tuple(int(v) for v in box))


def uneven_light(image: Image.Image, rng: random.Random) -> Image.Image:
    """Indoor light: exposure, gamma, a warm or cool cast and a vignette or side light."""
    pixels = np.asarray(image, dtype=np.float32) / 255.0
    pixels = pixels ** rng.uniform(0.75, 1.35) * rng.uniform(0.7, 1.15)
    pixels *= np.array([rng.uniform(0.88, 1.12), 1.0, rng.uniform(0.88, 1.12)], dtype=np.float32)
    height, width = pixels.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
    distance = np.hypot((xs - cx) / width, (ys - cy) / height)
    pixels *= (1.0 - rng.uniform(0.1, 0.4) * distance)[..., None]
    return Image.fromarray((pixels.clip(0, 1) * 255).astype(np.uint8))


def blur(image: Image.Image, rng: random.Random) -> Image.Image:
    """Out of focus or shaken: a Gaussian blur or a short motion blur."""
    rgb = np.asarray(image)
    if rng.random() < 0.5:
        return Image.fromarray(cv2.GaussianBlur(rgb, (0, 0), rng.uniform(0.8, 2.2)))
    length = rng.randint(5, 11)
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0 / length
    turn = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1.0)
    kernel = cv2.warpAffine(kernel, turn, (length, length))
    return Image.fromarray(cv2.filter2D(rgb, -1, kernel / max(kernel.sum(), 1e-6)))


def jpeg(image: Image.Image, rng: random.Random) -> Image.Image:
    """Re-encoded by a messaging app: quality 35-75."""
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=rng.randint(35, 75))
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# (step, probability) in the order a photo goes through them.
CHAIN = (
    ("background", textured_background, 0.7),
    ("perspective", perspective, 0.8),
    ("partial_crop", partial_crop, 0.5),
    ("lighting", uneven_light, 1.0),
    ("blur", blur, 0.6),
    ("jpeg", jpeg, 1.0),
)


def phone_photo(image: Image.Image, rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A phone-like copy of a catalog photo and the degradation steps it went through."""
    photo = image.convert("RGB")
    photo.thumbnail((PHONE_SIDE, PHONE_SIDE))
    applied = []
    for name, step, probability in CHAIN:
        if rng.random() < probability:
            photo = step(photo, rng)
            applied.append(name)
    return photo, applied
