"""What counts as personal text: the lines of a shipping label, a phone number, an email, an order number, in
English, French, Spanish and German; what a garment prints (brands, slogans, sizes, care labels) does not. And
lines that sit together form one block, blurred whole, so a name is blurred with the address under it."""

from __future__ import annotations

import pytest

from assistant.intake.personal_text import Personal, classify, personal_blocks
from assistant.intake.text_reading import TextLine


@pytest.mark.parametrize(("text", "kind"), [
    ("jane_doe+shop@outlook.com", Personal.EMAIL),
    ("contact: p.dupont (at) free.fr", Personal.EMAIL),
    ("(212) 555-0147", Personal.PHONE),
    ("+49 89 1234567", Personal.PHONE),
    ("tel. 91 234 56 78", Personal.PHONE),
    ("07 81 22 33 44", Personal.PHONE),
    ("9400 1000 0000 0000 0000 00", Personal.PHONE),  # a USPS tracking number reads as a long digit run
    ("Sendungsnummer 00340434161094042557", Personal.NUMBER),
    ("#W9174387", Personal.NUMBER),
    ("CX123456789DE", Personal.NUMBER),
    ("Seattle, WA 98101", Personal.POSTCODE),
    ("Manchester M1 1AE", Personal.POSTCODE),
    ("Vancouver BC V6B 1A1", Personal.POSTCODE),
    ("13008 Marseille", Personal.POSTCODE),
    ("1600 Pennsylvania Ave NW", Personal.ADDRESS),
    ("12 bis, allée des Tilleuls", Personal.ADDRESS),
    ("Avda. de América 37, 3º", Personal.ADDRESS),
    ("Birkenallee 8", Personal.ADDRESS),
    ("Rosenstr. 15", Personal.ADDRESS),
    ("Ship to:", Personal.LABEL),
    ("EXPÉDITEUR", Personal.LABEL),
    ("Remitente:", Personal.LABEL),
    ("Absender", Personal.LABEL),
])
def test_personal_lines_are_recognised(text: str, kind: Personal) -> None:
    assert classify(text) is kind


@pytest.mark.parametrize("text", [
    "LUMA", "ATHLETIC DEPT.", "Run the world", "TEAM 23", "XL", "Size 38", "100% COTTON", "Machine wash 30°C",
    "Made in Portugal", "EST 1998", "BORN TO RUN", "go to the gym", "From dusk till dawn", "No. 7", "Wash at 40",
])
def test_what_a_garment_prints_is_not_personal(text: str) -> None:
    assert classify(text) is None


def _line(text: str, x: int, y: int, confidence: float = 0.95) -> TextLine:
    width, height = 12 * len(text), 20
    return TextLine(box=(x, y, width, height), corners=[(x, y), (x + width, y), (x + width, y + height),
                                                      (x, y + height)], text=text, confidence=confidence)


def test_a_label_is_one_block_name_included_and_a_print_elsewhere_is_left_alone() -> None:
    label = [_line("Rosa Klein", 100, 100), _line("Birkenallee 8", 100, 128), _line("50667 Köln", 100, 156)]
    blocks = personal_blocks([*label, _line("BORN TO RUN", 600, 500)])
    assert len(blocks) == 1
    x, y, w, h = blocks[0].box
    assert (x, y) == (100, 100) and x + w >= 100 + 12 * len("Birkenallee 8") and y + h == 176
    assert blocks[0].lines == 3


def test_a_block_of_unsure_readings_is_not_personal_on_their_word() -> None:
    assert personal_blocks([_line("0171 2345678", 10, 10, confidence=0.35)]) == []


def test_a_line_running_up_or_down_is_personal_when_either_way_up_reads_so() -> None:
    from assistant.intake.personal_text import personal_blocks
    from assistant.intake.text_reading import TextLine

    corners = [(0.0, 0.0), (30.0, 0.0), (30.0, 200.0), (0.0, 200.0)]
    wrong_way = TextLine(box=(0, 0, 30, 200), corners=corners, text="L01 L01 009", confidence=0.76,
                         turned_text="600 107 107", turned_confidence=0.97)
    assert [block.reasons for block in personal_blocks([wrong_way])] == [["phone"]]
    a_print = TextLine(box=(0, 0, 30, 200), corners=corners, text="TRAIL CLUB", confidence=0.95,
                       turned_text="8NTO llVal", turned_confidence=0.4)
    assert personal_blocks([a_print]) == []
