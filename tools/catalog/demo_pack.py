"""Builds the small demo pack shipped in the project: the catalog CSVs, licences and photo thumbnails."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image
from tqdm import tqdm

PACK_FILES = ("*.csv", "LICENSE-*.txt", "images-LICENSE.txt")
THUMBNAIL_SIDE = 256
JPEG_QUALITY = 82


def build_demo_pack(source: Path, target: Path, *, side: int = THUMBNAIL_SIDE, progress: bool = True) -> int:
    """Copy CSVs and licence files, and write every photo as a JPEG thumbnail; returns the photo count."""
    target.mkdir(parents=True, exist_ok=True)
    for pattern in PACK_FILES:
        for path in source.glob(pattern):
            shutil.copy2(path, target / path.name)
    photos = sorted((source / "images").rglob("*.jpg"))
    for photo in tqdm(photos, desc="thumbnails", unit="photo", disable=not progress):
        destination = target / "images" / photo.relative_to(source / "images")
        destination.parent.mkdir(parents=True, exist_ok=True)
        with Image.open(photo) as image:
            image.draft("RGB", (side * 2, side * 2))
            thumbnail = image.convert("RGB")
            thumbnail.thumbnail((side, side), Image.Resampling.LANCZOS)
            thumbnail.save(destination, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return len(photos)
