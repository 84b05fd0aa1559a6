"""Catalog product images for the chat's cards and the storefront, at `/catalog-images/{path}`.

Only image files inside the catalog image directories are served (the demo pack's and the configured source
catalog's); anything else, including paths that climb out with `..` or symlinks, is a 404.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from assistant.settings import Settings
from assistant.web.runtime import WebRuntime, get_runtime

router = APIRouter(tags=["catalog"])
IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def image_roots(settings: Settings) -> list[Path]:
    return [root.resolve() for root in (settings.catalog.demo_dir / "images", settings.catalog.source_dir / "images")
            if root.is_dir()]


def find_image(roots: list[Path], relative: str) -> Path | None:
    """The file `relative` names inside one of `roots`, or None if it is outside them, missing or not an image."""
    if not relative or relative.startswith(("/", "\\")) or "\x00" in relative:
        return None
    for root in roots:
        try:
            candidate = (root / relative).resolve()
            if candidate.is_relative_to(root) and candidate.suffix.lower() in IMAGE_TYPES and candidate.is_file():
                return candidate
        except OSError:  # a name the file system refuses (too long, a symlink loop): no such image
            continue
    return None


@router.get("/{relative:path}", include_in_schema=False)
async def catalog_image(relative: str, runtime: WebRuntime = Depends(get_runtime)) -> FileResponse:
    found = find_image(image_roots(runtime.settings), relative)
    if found is None:
        raise HTTPException(404, "no such catalog image")
    return FileResponse(found, media_type=IMAGE_TYPES[found.suffix.lower()],
                        headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"})
