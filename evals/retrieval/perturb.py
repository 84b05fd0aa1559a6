"""Perturbed copies of catalog photos, as a customer would photograph what they received."""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageEnhance

from tools.catalog.photos import cut_out


def crop(image: Image.Image, rng: random.Random) -> Image.Image:
    """Keep 70-90% of each side, off-centre."""
    width, height = image.size
    keep_w, keep_h = rng.uniform(0.7, 0.9), rng.uniform(0.7, 0.9)
    left = rng.uniform(0, 1 - keep_w) * width
    top = rng.uniform(0, 1 - keep_h) * height
    return image.crop((int(left), int(top), int(left + keep_w * width), int(top + keep_h * height)))


def rotate(image: Image.Image, rng: random.Random) -> Image.Image:
    """Tilt by 6-15 degrees either way, then crop the empty corners away."""
    angle = rng.choice([-1, 1]) * rng.uniform(6, 15)
    turned = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=(255, 255, 255))
    width, height = image.size
    margin = 0.12
    return turned.crop(
        (int(margin * width), int(margin * height), int((1 - margin) * width), int((1 - margin) * height))
    )


def lighting(image: Image.Image, rng: random.Random) -> Image.Image:
    """Dimmer or brighter, lower or higher contrast, and a warm or cool cast."""
    image = ImageEnhance.Brightness(image).enhance(rng.uniform(0.75, 1.2))
    image = ImageEnhance.Contrast(image).enhance(rng.uniform(0.8, 1.15))
    cast = np.array([rng.uniform(0.92, 1.08), 1.0, rng.uniform(0.92, 1.08)], dtype=np.float32)
    pixels = np.asarray(image, dtype=np.float32) * cast
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


def background(image: Image.Image, rng: random.Random) -> Image.Image:
    """Swap the studio white for a coloured, slightly noisy surface (a bed, a table, a wall)."""
    cutout = cut_out(image, side=max(image.size))
    colour = np.array([rng.randint(90, 230) for _ in range(3)], dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 6, cutout.rgb.shape)
    surface = (colour + noise).clip(0, 255)
    mixed = np.where(cutout.mask[..., None], cutout.rgb.astype(np.float32), surface)
    return Image.fromarray(mixed.astype(np.uint8))


PERTURBATIONS: dict[str, Callable[[Image.Image, random.Random], Image.Image]] = {
    "crop": crop,
    "rotation": rotate,
    "lighting": lighting,
    "background": background,
}


def perturbed(image: Image.Image, kind: str, seed: int) -> Image.Image:
    """A reproducible perturbed copy of `image` of the given kind (crop, rotation, lighting, background)."""
    return PERTURBATIONS[kind](image.convert("RGB"), random.Random(seed))
