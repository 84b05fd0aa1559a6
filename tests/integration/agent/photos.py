"""Customer-style photos made from the demo catalog's studio shots: cropped, tilted, relit, on a table."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageEnhance

from tests.conftest import REPO_ROOT

IMAGES = REPO_ROOT / "data" / "demo-catalog" / "images"


def customer_photo(relative: str, *, tear: bool = False) -> bytes:
    """A catalog photo as a customer might shoot it: 90% crop, 4 degree tilt, dimmer, on a light sheet."""
    studio = Image.open(IMAGES / relative).convert("RGB")
    w, h = studio.size
    image = studio.crop((int(w * 0.05), int(h * 0.05), int(w * 0.95), int(h * 0.95)))
    image = image.rotate(4, expand=True, fillcolor=(236, 236, 232))
    image = ImageEnhance.Brightness(image).enhance(0.9)
    if tear:
        draw = ImageDraw.Draw(image)
        cx, cy = image.width // 2, image.height // 2
        draw.line([(cx - 30, cy - 10), (cx - 5, cy + 8), (cx + 25, cy - 4)], fill=(245, 245, 240), width=5)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()
