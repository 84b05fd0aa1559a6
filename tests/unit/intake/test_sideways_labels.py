"""A parcel's label photographed sideways, in small print: on the reduced photo the text detector sees such
print in pieces or not at all, so the label's lines are looked for again, both ways up and at a finer scale,
around any text found and around a barcode or QR code (a label prints its code beside the address). Whatever
OCR reads on the label before redaction, it must not read after."""

from __future__ import annotations

import io
import random
import re
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from assistant.intake.redaction import Redactor
from evals.redaction.synth import ean13

LINES = ["DELIVER TO", "Ines Okafor", "14 Quayside Lane", "Leeds LS1 4DY", "+44 113 496 0321"]
PERSONAL = ["Ines Okafor", "14 Quayside Lane", "Leeds LS1 4DY", "+44 113 496 0321"]


def _label(size: int, with_code: bool) -> Image.Image:
    font = ImageFont.load_default(size=size)
    width = max(int(font.getlength(line)) for line in LINES) + 2 * size
    label = Image.new("RGB", (width, int(size * 1.4 * len(LINES)) + 2 * size), (250, 248, 240))
    draw = ImageDraw.Draw(label)
    for row, line in enumerate(LINES):
        draw.text((size, size + int(size * 1.4 * row)), line, fill=(25, 25, 25), font=font)
    if not with_code:
        return label
    code, _ = ean13(random.Random(11), module=2, height=3 * size)
    sheet = Image.new("RGB", (max(label.width, code.width), label.height + code.height), (250, 248, 240))
    sheet.paste(label, (0, 0))
    sheet.paste(code, (0, label.height))
    return sheet


def _scene(size: int, with_code: bool, quarter_turns: int) -> np.ndarray:
    """A grey jacket on a wooden floor, the label lying beside it turned a quarter turn."""
    photo = Image.new("RGB", (1600, 1200), (176, 132, 92))
    ImageDraw.Draw(photo).rounded_rectangle([120, 150, 820, 1100], radius=80, fill=(110, 112, 118))
    label = _label(size, with_code).rotate(90 * quarter_turns, expand=True)
    photo.paste(label, (1000, 200))
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=92)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))


def _norm(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def _read(ocr: Any, rgb: np.ndarray) -> str:
    result, _ = ocr(np.ascontiguousarray(rgb[:, :, ::-1]))
    return " ".join(_norm(text) for _, text, _ in result or [])


@pytest.mark.parametrize("with_code", [True, False], ids=["with-code", "text-only"])
@pytest.mark.parametrize("quarter_turns", [1, 3], ids=["90", "270"])
def test_a_sideways_label_in_small_print_is_unreadable_after_redaction(redactor: Redactor, ocr: Any,
                                                                       with_code: bool, quarter_turns: int) -> None:
    rgb = _scene(18, with_code, quarter_turns)
    before = _read(ocr, rgb)
    readable = [text for text in PERSONAL if _norm(text)[:6] in before]
    assert readable, "OCR must read the label before redaction for this test to mean anything"

    after = _read(ocr, redactor.redact_pixels(rgb).rgb)

    assert [text for text in readable if _norm(text)[:6] in after] == []


@pytest.mark.parametrize("number", ["612 348 905", "0176 2204 88"])
@pytest.mark.parametrize("quarter_turns", [1, 3], ids=["90", "270"])
def test_a_short_number_on_a_note_turned_sideways_is_read_both_ways_up(redactor: Redactor, ocr: Any,
                                                                       number: str, quarter_turns: int) -> None:
    # Digits read the wrong way up are still digits-like ("6" and "9", "1" and "l"): the line must be judged
    # on the reading that is a phone number, whichever way the recogniser turned it.
    photo = Image.new("RGB", (1400, 1100), (200, 205, 210))
    note = Image.new("RGB", (330, 70), (255, 240, 140))
    ImageDraw.Draw(note).text((14, 14), number, fill=(30, 30, 30), font=ImageFont.load_default(size=36))
    photo.paste(note.rotate(90 * quarter_turns, expand=True), (260, 120))
    rgb = np.asarray(photo)
    assert _norm(number)[:6] in _read(ocr, rgb), "OCR must read the number for this test to mean anything"

    after = _read(ocr, redactor.redact_pixels(rgb).rgb)

    assert _norm(number)[:6] not in after


@pytest.mark.parametrize("side", [148, 185])
def test_a_small_qr_code_on_a_large_photo_no_longer_decodes(redactor: Redactor, side: int) -> None:
    # On the 512-pixel copy its modules are about a pixel: it is looked for again at full size around the
    # block of ink it makes.
    import cv2

    from evals.redaction.synth import qr

    photo = Image.new("RGB", (1600, 1250), (150, 118, 84))
    ImageDraw.Draw(photo).rounded_rectangle([500, 200, 1200, 1150], radius=60, fill=(60, 90, 140))
    sticker = Image.new("RGB", (side + 40, side + 40), (252, 252, 250))
    sticker.paste(qr("https://track.example/730214966581", side), (20, 20))
    photo.paste(sticker, (180, 160))
    rgb = np.asarray(photo)

    def decodes(pixels: np.ndarray) -> bool:
        return bool(cv2.QRCodeDetector().detectAndDecode(cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY))[0])

    assert decodes(rgb), "the code must decode for this test to mean anything"
    assert not decodes(redactor.redact_pixels(rgb).rgb)
