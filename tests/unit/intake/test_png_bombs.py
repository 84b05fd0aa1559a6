"""Hostile photos get the intake's refusal, never a raw error: PNG text-chunk bombs and whatever else Pillow
reports while reading a damaged file."""

from __future__ import annotations

import contextlib
import io
import random
import struct
import zlib

import pytest
from PIL import Image, ImageFile, PngImagePlugin

from assistant.intake.validation import PhotoRefused, clean_photo

UNREADABLE = "could not be read"
# Megabytes of zeros compress to a few KB: far past Pillow's MAX_TEXT_CHUNK (1 MB) once inflated.
BOMB = zlib.compress(b"\x00" * 8 * PngImagePlugin.MAX_TEXT_CHUNK, 9)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _photo(fmt: str, size: tuple[int, int] = (96, 80)) -> bytes:
    image = Image.new("RGB", size, (40, 90, 160))
    for x in range(0, size[0], 12):
        image.paste((200, 60, 30), (x, 0, x + 6, size[1]))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


def _png_with(*, before_pixels: bytes = b"", after_pixels: bytes = b"") -> bytes:
    """A valid PNG with extra chunks right after its header and/or right before its end."""
    png = _photo("PNG")
    header_end = 8 + 25  # the signature and the IHDR chunk
    end = png.rindex(b"IEND") - 4
    return png[:header_end] + before_pixels + png[header_end:end] + after_pixels + png[end:]


ZTXT = _chunk(b"zTXt", b"Comment\x00\x00" + BOMB)
ITXT = _chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + BOMB)  # compressed international text
ICCP = _chunk(b"iCCP", b"sRGB\x00\x00" + BOMB)
# Each chunk is under MAX_TEXT_CHUNK, together they pass MAX_TEXT_MEMORY (64 MB).
MANY_TEXTS = b"".join(_chunk(b"zTXt", b"k%d\x00\x00" % n + zlib.compress(b"a" * 1_000_000, 9)) for n in range(70))


@pytest.mark.parametrize("png", [
    pytest.param(_png_with(before_pixels=ZTXT), id="zTXt-before-pixels"),
    pytest.param(_png_with(after_pixels=ZTXT), id="zTXt-after-pixels"),
    pytest.param(_png_with(before_pixels=ITXT), id="iTXt-before-pixels"),
    pytest.param(_png_with(after_pixels=ITXT), id="iTXt-after-pixels"),
    pytest.param(_png_with(before_pixels=ICCP), id="iCCP"),
    pytest.param(_png_with(before_pixels=MANY_TEXTS), id="text-memory"),
])
def test_a_png_whose_metadata_inflates_to_megabytes_is_refused(png: bytes) -> None:
    assert len(png) < 100_000  # small on the wire: the harm is in the inflating
    with pytest.raises(PhotoRefused, match=UNREADABLE):
        clean_photo(png)


def test_the_same_png_without_the_bomb_is_accepted() -> None:
    small_text = _chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"shot on a phone"))
    assert clean_photo(_png_with(before_pixels=small_text)).width == 96


def test_a_truncated_photo_is_refused_rather_than_half_decoded() -> None:
    assert not ImageFile.LOAD_TRUNCATED_IMAGES  # Pillow's default, which the intake relies on
    for fmt in ("PNG", "JPEG", "WEBP"):
        photo = _photo(fmt, (320, 240))
        with pytest.raises(PhotoRefused):
            clean_photo(photo[: len(photo) * 2 // 3])


@pytest.mark.parametrize("error", [
    ValueError("Decompressed data too large"), SyntaxError("broken PNG file"), OSError("image file is truncated"),
    EOFError("no more images"), struct.error("unpack requires a buffer"), zlib.error("invalid stored block"),
    IndexError("list index out of range"), TypeError("bad tag type"), KeyError(0x0112),
    Image.DecompressionBombError("too many pixels"),
], ids=lambda error: type(error).__name__)
def test_every_kind_of_error_pillow_raises_while_reading_is_a_refusal(
    error: Exception, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_load(self: ImageFile.ImageFile) -> None:
        raise error

    monkeypatch.setattr(ImageFile.ImageFile, "load", failing_load)
    with pytest.raises(PhotoRefused):
        clean_photo(_photo("PNG"))


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_randomly_damaged_photos_are_accepted_or_refused_never_crash(fmt: str) -> None:
    original = _photo(fmt, (120, 90))
    rng = random.Random(f"damage-{fmt}")  # seeded: the same files every run (a damaged IHDR among them)
    for _ in range(1000):
        damaged = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(8, len(damaged))] = rng.randrange(256)  # past the signature
        with contextlib.suppress(PhotoRefused):  # anything else fails the test
            clean_photo(bytes(damaged))
