"""Accept only real JPEG/PNG/WebP photos of sane size, decoded under a pixel limit and re-encoded from pixels.

Re-encoding drops every byte that is not pixels: EXIF (GPS included), ICC profiles, comments and any payload
appended after the image (polyglots).
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib

from PIL import Image, ImageOps
from pydantic import BaseModel

from assistant.language import DEFAULT_LANGUAGE
from assistant.language_tables import language_table, supported_language
from assistant.settings import PROJECT_ROOT

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
MIN_SIDE = 64
MAX_SIDE_STORED = 2048
SIGNATURES = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/webp": (b"RIFF",),
}
FORMAT_OF = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
INTAKE_LINES = PROJECT_ROOT / "prompts" / "intake_lines.v1.yaml"
# What Pillow raises on a file it cannot read, which is more than OSError: ValueError for a PNG text or ICC
# chunk that inflates past PngImagePlugin.MAX_TEXT_CHUNK, text chunks past MAX_TEXT_MEMORY or a bad IHDR;
# SyntaxError, EOFError, struct.error and zlib.error for cut-short or corrupt chunks; IndexError, TypeError and
# KeyError for malformed tables (which Image.open itself takes as "not this format"). Truncated files stay
# errors as long as ImageFile.LOAD_TRUNCATED_IMAGES keeps its default (False); nothing here changes it.
UNREADABLE = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, IndexError, TypeError, KeyError)


class PhotoRefused(ValueError):
    """A photo we will not take: a `code` of prompts/intake_lines.v1.yaml and its facts, worded for the customer
    in their language by `words`; `str()` is the English line (logs, tests)."""

    def __init__(self, code: str, **facts: object) -> None:
        self.code, self.facts = code, facts
        super().__init__(self.words(DEFAULT_LANGUAGE))

    def words(self, language: str | None) -> str:
        return intake_line(self.code, language, **self.facts)

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, object]]]:
        return _refused, (self.code, self.facts)  # crosses the redaction process pool with its code and facts


def _refused(code: str, facts: dict[str, object]) -> PhotoRefused:
    return PhotoRefused(code, **facts)


def intake_line(key: str, language: str | None, **facts: object) -> str:
    """A line of prompts/intake_lines.v1.yaml in `language` (the default where it is not supported)."""
    return language_table(INTAKE_LINES)[supported_language(language)][key].format(**facts)


class CleanPhoto(BaseModel):
    jpeg: bytes
    width: int
    height: int
    source_type: str


def sniff(data: bytes) -> str:
    """The media type from the file's first bytes (the name and the declared type are not trusted)."""
    for media_type, signatures in SIGNATURES.items():
        if any(data.startswith(signature) for signature in signatures):
            if media_type == "image/webp" and data[8:12] != b"WEBP":
                continue
            return media_type
    raise PhotoRefused("wrong_type")


def _open(data: bytes, media_type: str) -> Image.Image:
    image = Image.open(io.BytesIO(data), formats=[FORMAT_OF[media_type]])
    # Our own limit, below Pillow's MAX_IMAGE_PIXELS: the refusal does not hang on Pillow's process-wide
    # settings or on the warnings filter (photos are read on several threads; catch_warnings is not thread-safe).
    if image.width * image.height > MAX_PIXELS:
        raise PhotoRefused("too_many_pixels")
    return image


def _upright_pixels(data: bytes, media_type: str) -> Image.Image:
    """Decode, check the size, apply the EXIF orientation and shrink: every read of the untrusted bytes."""
    image = _open(data, media_type)
    image.load()
    if min(image.size) < MIN_SIDE:
        raise PhotoRefused("too_small", pixels=MIN_SIDE)
    image = ImageOps.exif_transpose(image).convert("RGB")
    image.thumbnail((MAX_SIDE_STORED, MAX_SIDE_STORED))
    return image


def _read(data: bytes, media_type: str) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _upright_pixels(data, media_type)
        except PhotoRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise PhotoRefused("too_many_pixels") from error
        except UNREADABLE as error:
            raise PhotoRefused("damaged") from error


def clean_photo(data: bytes, *, max_bytes: int = MAX_BYTES) -> CleanPhoto:
    """Validate and re-encode: returns a JPEG made from the pixels alone, upright and at most 2048 px.

    Bytes appended after the image (a ZIP or HTML polyglot, or the video of a phone's "motion photo") are
    dropped rather than refused: the re-encoded copy holds pixels only, and refusing would turn away
    ordinary photos from phones that append such data.
    """
    if len(data) > max_bytes:
        raise PhotoRefused("too_large", megabytes=max_bytes // (1024 * 1024))
    if len(data) < 16:
        raise PhotoRefused("cut_short")
    media_type = sniff(data)
    image = _read(data, media_type)
    pixels_only = Image.frombytes("RGB", image.size, image.tobytes())
    buffer = io.BytesIO()
    pixels_only.save(buffer, format="JPEG", quality=90, optimize=True)
    return CleanPhoto(jpeg=buffer.getvalue(), width=pixels_only.width, height=pixels_only.height,
                      source_type=media_type)
