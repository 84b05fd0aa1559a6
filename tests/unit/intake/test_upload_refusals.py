"""Each kind of upload we refuse gets a clear reason; what we accept keeps only pixels."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from assistant.intake.validation import MAX_BYTES, PhotoRefused, clean_photo


def _photo(fmt: str = "JPEG", size: tuple[int, int] = (320, 240), **save: object) -> bytes:
    image = Image.new("RGB", size, (40, 90, 160))
    for x in range(0, size[0], 16):  # some structure, so encoders do real work
        image.paste((200, 60, 30), (x, 0, x + 8, size[1]))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **save)
    return buffer.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height`: the classic decompression bomb header."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + chunk(b"IEND", b""))


def test_a_decompression_bomb_header_is_refused_before_decoding() -> None:
    with pytest.raises(PhotoRefused, match="too many pixels"):
        clean_photo(_png_claiming(60_000, 60_000))


def test_a_real_image_over_the_pixel_limit_is_refused() -> None:
    buffer = io.BytesIO()
    Image.new("L", (8000, 6000)).save(buffer, format="PNG")  # 48 Mpx, a few hundred KB compressed
    with pytest.raises(PhotoRefused, match="too many pixels"):
        clean_photo(buffer.getvalue())


def test_a_photoshop_file_is_refused_by_its_bytes_whatever_its_name() -> None:
    psd = b"8BPS\x00\x01" + b"\x00" * 6 + struct.pack(">HIIHH", 3, 240, 320, 8, 3) + b"\x00" * 64
    with pytest.raises(PhotoRefused, match="JPEG, PNG or WebP"):
        clean_photo(psd)


@pytest.mark.parametrize("payload", [b"PK\x03\x04" + b"zipped-payload" * 20,
                                     b"<html><script>alert('polyglot')</script></html>"])
def test_a_payload_appended_to_a_jpeg_is_dropped(payload: bytes) -> None:
    cleaned = clean_photo(_photo() + payload)
    assert payload[:12] not in cleaned.jpeg
    assert cleaned.jpeg.endswith(b"\xff\xd9")  # the file ends where the image ends
    assert Image.open(io.BytesIO(cleaned.jpeg)).size == (320, 240)


def test_a_file_that_starts_as_html_is_refused_even_with_an_image_inside() -> None:
    with pytest.raises(PhotoRefused, match="JPEG, PNG or WebP"):
        clean_photo(b"<html><body>" + _photo())


def test_gps_and_every_other_exif_tag_are_stripped() -> None:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 29.0), 3: "E", 4: (2.0, 17.0, 40.0)}  # GPS: Paris
    original = _photo(exif=exif.tobytes())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the upload really carries GPS
    cleaned = clean_photo(original)
    reread = Image.open(io.BytesIO(cleaned.jpeg))
    assert not reread.getexif()
    assert b"Exif" not in cleaned.jpeg and b"PhoneMaker" not in cleaned.jpeg


def test_exif_orientation_is_applied_to_the_pixels_before_it_is_dropped() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    cleaned = clean_photo(_photo(size=(320, 240), exif=exif.tobytes()))
    assert (cleaned.width, cleaned.height) == (240, 320)


@pytest.mark.parametrize("size", [(1, 1), (800, 40)])
def test_tiny_images_are_refused(size: tuple[int, int]) -> None:
    with pytest.raises(PhotoRefused, match="too small"):
        clean_photo(_photo("PNG", size=size))


def test_oversized_files_are_refused_before_decoding() -> None:
    with pytest.raises(PhotoRefused, match="larger than 10 MB"):
        clean_photo(_photo() + b"\x00" * MAX_BYTES)


def test_a_truncated_photo_is_refused_as_damaged() -> None:
    data = _photo()
    with pytest.raises(PhotoRefused, match="damaged"):
        clean_photo(data[: len(data) // 3])


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_the_three_allowed_formats_become_a_plain_jpeg(fmt: str) -> None:
    cleaned = clean_photo(_photo(fmt))
    assert cleaned.jpeg.startswith(b"\xff\xd8\xff")
    assert cleaned.source_type == f"image/{fmt.lower()}"


def test_a_gif_is_refused() -> None:
    with pytest.raises(PhotoRefused, match="JPEG, PNG or WebP"):
        clean_photo(_photo("GIF"))
