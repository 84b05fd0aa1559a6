"""The chat's photo uploads, checked again on the server: type, count and size before the intake sees them.

`.chainlit/config.toml` limits what the browser offers, but a client can send anything; the intake
(assistant/intake) then checks the bytes themselves (signature, decoding, pixel limit) and re-encodes them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from assistant.intake.validation import PhotoRefused

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/webp"}


def photo_bytes(elements: list[Any], *, max_bytes: int) -> bytes | None:
    """The one photo attached to a message, or None; raises `PhotoRefused` with a message for the customer."""
    files = [e for e in elements or [] if getattr(e, "path", None)]
    if not files:
        return None
    if len(files) > 1:
        raise PhotoRefused("one_photo")
    upload = files[0]
    declared = (getattr(upload, "mime", None) or "").lower()
    if declared not in ALLOWED_TYPES:
        raise PhotoRefused("wrong_type")
    path = Path(upload.path)
    if path.stat().st_size > max_bytes:
        raise PhotoRefused("too_large", megabytes=max_bytes // (1024 * 1024))
    return path.read_bytes()


def discard_uploads(elements: list[Any]) -> None:
    """Delete Chainlit's copies of the uploaded files: only the intake's redacted copy may be kept."""
    for element in elements or []:
        if getattr(element, "path", None):
            Path(element.path).unlink(missing_ok=True)


async def read_photo(elements: list[Any], *, max_bytes: int) -> bytes | None:
    """The message's photo (see `photo_bytes`); the uploaded files are deleted either way."""
    try:
        return await asyncio.to_thread(photo_bytes, elements, max_bytes=max_bytes)
    finally:
        await asyncio.to_thread(discard_uploads, elements)
