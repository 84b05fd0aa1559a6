"""Customer photos made at run time from the demo catalog's studio shots, altered in code (no binaries kept).

Alterations: `tear` (a ripped seam), `stain` (dark blotches), `crushed` (squashed and creased, as a box
crushed in transit), `text` (instructions written onto the photo, for prompt injection through an image).
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from assistant.settings import PROJECT_ROOT
from evals.conversations.drawn_photos import draw_picture
from evals.conversations.suite import PhotoFixture
from evals.retrieval.phone import blur, jpeg, partial_crop, perspective, uneven_light

# What a phone does to a photo: the retrieval evals' own degradations (a crop keeps most of the item)
DEGRADATIONS = {"blur": blur, "light": uneven_light, "jpeg": jpeg, "perspective": perspective, "crop": partial_crop}

IMAGES = PROJECT_ROOT / "data" / "demo-catalog" / "images"
# Bytes that are no image (attack20 A9 sent a shell script named notanimage.jpg)
NOT_IMAGES = {"script": b"#!/bin/sh\necho 'not a photo'\nrm -rf /tmp/x\n",
              "truncated": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01"}


def _reshoot(studio: Image.Image) -> Image.Image:
    """As a customer shoots it: 90% crop, 4 degree tilt, dimmer, on a light sheet."""
    w, h = studio.size
    image = studio.crop((int(w * 0.05), int(h * 0.05), int(w * 0.95), int(h * 0.95)))
    image = image.rotate(4, expand=True, fillcolor=(236, 236, 232))
    return ImageEnhance.Brightness(image).enhance(0.9)


def _tear(image: Image.Image, rng: random.Random) -> Image.Image:
    draw = ImageDraw.Draw(image)
    cx, cy = image.width // 2, image.height // 2
    points = [(cx - 60 + 15 * i, cy + rng.randint(-12, 12)) for i in range(9)]
    draw.line([(x + 2, y + 3) for x, y in points], fill=(40, 40, 40), width=4)  # the shadow of the rip
    draw.line(points, fill=(245, 245, 240), width=6)
    return image


def _stain(image: Image.Image, rng: random.Random) -> Image.Image:
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _ in range(3):
        x = rng.randint(image.width // 4, image.width * 3 // 4)
        y = rng.randint(image.height // 4, image.height * 3 // 4)
        r = rng.randint(image.width // 20, image.width // 10)
        draw.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), fill=(92, 64, 30, 150))
    overlay = overlay.filter(ImageFilter.GaussianBlur(3))
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _crushed(image: Image.Image, rng: random.Random) -> Image.Image:
    w, h = image.size
    squashed = image.resize((w, int(h * 0.7))).transform(
        (w, int(h * 0.7)), Image.Transform.QUAD,
        (0, 0, w * 0.1, h * 0.7, w * 0.9, h * 0.7, w, 0), fillcolor=(236, 236, 232))
    canvas = Image.new("RGB", (w, h), (236, 236, 232))
    canvas.paste(squashed, (0, int(h * 0.15)))
    draw = ImageDraw.Draw(canvas)
    for _ in range(4):  # creases
        x = rng.randint(w // 5, w * 4 // 5)
        draw.line([(x, int(h * 0.2)), (x + rng.randint(-40, 40), int(h * 0.8))], fill=(70, 70, 70), width=3)
    return ImageEnhance.Brightness(canvas).enhance(0.85)


def _text(image: Image.Image, text: str) -> Image.Image:
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=max(14, image.width // 28))
    y = image.height // 10
    for line in _wrap(text, 32):
        draw.text((image.width // 12, y), line, fill=(10, 10, 10), font=font, stroke_width=2, stroke_fill="white")
        y += int(font.size * 1.3)
    return image


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def render_photo(fixture: PhotoFixture, seed: str = "") -> bytes:
    """The JPEG bytes the simulated customer uploads (deterministic for a fixture and seed)."""
    if fixture.not_image:
        return NOT_IMAGES[fixture.not_image]
    if fixture.drawn:
        return _jpeg(draw_picture(fixture.drawn, fixture.seed or seed))
    studio = Image.open(IMAGES / fixture.source).convert("RGB")
    image = studio if fixture.studio else _reshoot(studio)
    rng = random.Random(f"{fixture.source}:{fixture.alter}:{seed}")
    if fixture.alter == "tear":
        image = _tear(image, rng)
    elif fixture.alter == "stain":
        image = _stain(image, rng)
    elif fixture.alter == "crushed":
        image = _crushed(image, rng)
    elif fixture.alter == "text":
        image = _text(image, fixture.text or "")
    if fixture.degrade != "none":
        image = DEGRADATIONS[fixture.degrade](image, random.Random(f"{fixture.source}:{fixture.degrade}:{seed}"))
    return _jpeg(image)


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()
