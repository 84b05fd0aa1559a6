"""Redaction: in the stored copy no face and no readable text can be found again, by the same detectors
and by full OCR. There is no face dataset here, so faces are drawn: OpenCV's Haar cascades detect them
(asserted on the original, so the test cannot pass by detecting nothing)."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from assistant.intake.redaction import Redactor
from assistant.intake.validation import clean_photo

LABEL_LINES = ["SHIP TO: MIA NOVAK", "42 LINDEN STREET APT 7", "SPRINGFIELD IL 62704",
               "TRACKING 1Z999AA10123456784"]


def _drawn_face(side: int) -> Image.Image:
    image = Image.new("RGB", (side, side), (70, 110, 150))
    draw = ImageDraw.Draw(image)
    s = side / 400

    def oval(box: tuple[int, int, int, int], fill: tuple[int, int, int]) -> None:
        draw.ellipse([v * s for v in box], fill=fill)

    oval((90, 50, 310, 350), (225, 185, 160))
    draw.rectangle([120 * s, 120 * s, 180 * s, 132 * s], fill=(60, 40, 30))
    draw.rectangle([220 * s, 120 * s, 280 * s, 132 * s], fill=(60, 40, 30))
    oval((125, 150, 175, 180), (40, 30, 30))
    oval((225, 150, 275, 180), (40, 30, 30))
    draw.polygon([(200 * s, 170 * s), (185 * s, 240 * s), (215 * s, 240 * s)], fill=(200, 155, 135))
    oval((160, 265, 240, 295), (150, 60, 60))
    return image.filter(ImageFilter.GaussianBlur(6 * s))


def _label(width: int = 520) -> Image.Image:
    font = ImageFont.load_default(size=26)
    label = Image.new("RGB", (width, 60 + 44 * len(LABEL_LINES)), (250, 250, 245))
    draw = ImageDraw.Draw(label)
    for row, line in enumerate(LABEL_LINES):
        draw.text((24, 30 + 44 * row), line, fill=(10, 10, 10), font=font)
    return label


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=92)
    return buffer.getvalue()


def _scene() -> bytes:
    """A parcel on a table, its shipping label facing up, and the customer's face beside it."""
    scene = Image.new("RGB", (1200, 800), (150, 120, 90))
    scene.paste(_drawn_face(360), (40, 200))
    scene.paste((180, 140, 90), (500, 120, 1160, 760))  # the box
    scene.paste(_label(), (560, 240))
    return _jpeg(scene)


def _rgb(jpeg: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB"))


def _read_text(ocr: Any, jpeg: bytes) -> list[str]:
    result, _ = ocr(_rgb(jpeg))
    return [text for _, text, score in result or [] if float(score) > 0.5 and len(text.strip()) >= 3]


def test_faces_and_label_text_cannot_be_found_again_in_the_redacted_copy(redactor: Redactor, ocr: Any
                                                                        ) -> None:
    original = clean_photo(_scene()).jpeg
    assert redactor.faces(_rgb(original)), "the drawn face must be detectable for this test to mean anything"
    read_before = " ".join(_read_text(ocr, original))
    assert "NOVAK" in read_before and "LINDEN" in read_before

    redacted, report = redactor.redact(original)

    assert report.faces >= 1 and report.text_regions >= 1  # the label, as one block
    assert redactor.faces(_rgb(redacted)) == []
    assert redactor.text_regions(_rgb(redacted)) == []
    assert _read_text(ocr, redacted) == []


@pytest.mark.parametrize("side", [260, 420])
def test_faces_of_different_sizes_are_masked(redactor: Redactor, side: int) -> None:
    photo = Image.new("RGB", (640, 480), (30, 30, 30))
    photo.paste(_drawn_face(side), (100, 40))
    original = _jpeg(photo)
    assert redactor.faces(_rgb(original))
    redacted, report = redactor.redact(original)
    assert report.faces >= 1
    assert redactor.faces(_rgb(redacted)) == []


def test_a_photo_without_faces_or_text_is_left_as_it_was(redactor: Redactor) -> None:
    plain = Image.new("RGB", (400, 300), (90, 140, 60))
    plain.paste((200, 40, 40), (120, 80, 280, 220))
    redacted, report = redactor.redact(_jpeg(plain))
    assert (report.faces, report.text_regions) == (0, 0)
    difference = np.abs(_rgb(redacted).astype(int) - np.asarray(plain).astype(int))
    assert difference.mean() < 2
