"""Redaction blurs what is personal and keeps the evidence: a garment's print keeps its pixels; a phone number
on a note, a barcode and a QR code on a parcel are made unreadable; and the regions redaction reports are the
ones it masked, so a reference photo can be redacted alike (like with like)."""

from __future__ import annotations

import io
from typing import Any

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from assistant.intake.redaction import Redactor, apply_masks
from assistant.intake.regions import RegionKind, ignore_mask
from evals.redaction.synth import ean13, qr


def _shirt_with(print_lines: list[str]) -> Image.Image:
    """A blue shirt on a light floor with a print across its chest (Pillow's own font: not the eval's)."""
    photo = Image.new("RGB", (1200, 900), (225, 222, 215))
    draw = ImageDraw.Draw(photo)
    draw.rounded_rectangle([300, 120, 900, 860], radius=60, fill=(40, 70, 150))
    font = ImageFont.load_default(size=64)
    for row, line in enumerate(print_lines):
        draw.text((360, 260 + 90 * row), line, fill=(245, 245, 245), font=font)
    return photo


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=92)
    return buffer.getvalue()


def _rgb(jpeg: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB"))


def _read(ocr: Any, rgb: np.ndarray) -> str:
    result, _ = ocr(np.ascontiguousarray(rgb[:, :, ::-1]))
    return " ".join(text for _, text, _ in result or [])


def test_a_print_on_a_garment_keeps_its_pixels(redactor: Redactor, ocr: Any) -> None:
    photo = _shirt_with(["TRAIL CLUB", "SINCE 1998"])
    original = _jpeg(photo)
    assert "TRAIL" in _read(ocr, _rgb(original)).upper(), "the print must be readable for this to mean anything"
    redacted, report = redactor.redact(original)
    assert report.text_regions == 0
    assert np.abs(_rgb(redacted).astype(int) - _rgb(original).astype(int)).mean() < 2


def test_a_phone_number_on_a_note_is_unreadable_and_the_print_beside_it_is_not_touched(redactor: Redactor,
                                                                                     ocr: Any) -> None:
    photo = _shirt_with(["TRAIL CLUB"])
    note = Image.new("RGB", (420, 90), (255, 245, 150))
    ImageDraw.Draw(note).text((16, 22), "+44 7700 900123", fill=(20, 20, 20), font=ImageFont.load_default(size=40))
    photo.paste(note.rotate(90, expand=True), (1000, 250))  # stuck on sideways
    original = _jpeg(photo)
    assert "7700" in _read(ocr, _rgb(original)).replace(" ", "")

    redacted, report = redactor.redact(original)

    assert [region.kind for region in report.regions] == [RegionKind.PERSONAL_TEXT]
    after = _rgb(redacted)
    assert "7700" not in _read(ocr, after).replace(" ", "")
    chest = (slice(240, 360), slice(340, 860))
    assert np.abs(after[chest].astype(int) - _rgb(original)[chest].astype(int)).mean() < 2


@pytest.mark.parametrize("code", ["barcode", "qr"])
def test_a_code_on_a_parcel_no_longer_decodes(redactor: Redactor, code: str) -> None:
    import random

    photo = Image.new("RGB", (1280, 960), (170, 130, 90))
    sticker = ean13(random.Random(4), module=4, height=140)[0] if code == "barcode" else qr("TRK 123456789", 260)
    photo.paste(sticker, (700, 300))
    before = cv2.cvtColor(np.asarray(photo), cv2.COLOR_RGB2GRAY)

    def decodes(grey: np.ndarray) -> bool:
        if code == "qr":
            return bool(cv2.QRCodeDetector().detectAndDecode(grey)[0])
        ok, decoded, _, _ = cv2.barcode.BarcodeDetector().detectAndDecodeWithType(grey)
        return bool(ok and any(decoded))

    assert decodes(before), "the drawn code must decode for this test to mean anything"
    redacted, report = redactor.redact(_jpeg(photo))
    assert report.text_regions >= 1
    assert not decodes(cv2.cvtColor(_rgb(redacted), cv2.COLOR_RGB2GRAY))


def test_the_regions_reported_are_the_ones_masked_and_can_redact_a_reference_alike(redactor: Redactor) -> None:
    photo = _shirt_with(["TRAIL CLUB"])
    note = Image.new("RGB", (520, 90), "white")
    ImageDraw.Draw(note).text((16, 22), "mia.novak@example.org", fill="black", font=ImageFont.load_default(size=40))
    photo.paste(note, (40, 40))
    rgb = np.asarray(photo)

    redacted = redactor.redact_pixels(rgb)

    assert [region.kind for region in redacted.regions] == [RegionKind.PERSONAL_TEXT]
    ignored = ignore_mask(redacted.regions, rgb.shape)
    changed = np.abs(redacted.rgb.astype(int) - rgb.astype(int)).sum(axis=2) > 0
    assert changed[~ignored].sum() == 0  # nothing outside the reported regions was touched
    assert ignored[60:110, 60:500].all()  # the email is inside them
    assert np.array_equal(apply_masks(rgb, redacted.regions), redacted.rgb)  # a reference gets the same masks
