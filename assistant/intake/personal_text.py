"""Which text in a photo is personal: phone numbers, emails, postcodes, addresses, order and tracking numbers,
and the blocks of lines they sit in (a shipping label's name is personal because the address under it is).
A print, a logo or a size tag on a garment is not, and keeps its pixels: it is evidence.

Patterns are code; the words of addresses and labels are data, per language, in `prompts/personal_text/`."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel

from assistant.intake.regions import Box
from assistant.intake.text_reading import TextLine

VOCABULARY_DIR = Path(__file__).resolve().parents[2] / "prompts" / "personal_text"
LANGUAGES = ("en", "fr", "es", "de")
MIN_CONFIDENCE = 0.5  # below this the recogniser is guessing; the line is judged by its block only
MIN_TEXT_CONFIDENCE = 0.3  # below this a "line" is a pattern, not text: it joins no block (it would grow it)
# Lines closer than this many line heights belong to one block (a label, a slip): blurred together.
BLOCK_GAP_LINES = 1.2


class Personal(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NUMBER = "number"  # order, tracking, account or card number: a long run of digits
    POSTCODE = "postcode"
    ADDRESS = "address"
    LABEL = "label"  # a shipping label's heading ("SHIP TO", "EMPFÄNGER")


class Vocabulary(BaseModel):
    address_words: list[str]
    address_suffixes: list[str]
    label_words: list[str]


EMAIL = re.compile(r"[\w.+-]+\s?(@|\(at\))\s?[\w-]+(\.[\w-]+)+", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d\s().\-/]{6,}\d")
LONG_NUMBER = re.compile(r"\d{6,}")
TRACKING_RUN = re.compile(r"\d{12,}")  # longer than any phone number written without spaces
CODE_WITH_DIGITS = re.compile(r"\b(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]{8,}\b")
POSTCODES = [
    re.compile(r"\b\d{5}(-\d{4})?\b"),  # US ZIP, and the five digits of France, Spain and Germany
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"),  # United Kingdom
    re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"),  # Canada
]
NUMBER_NEAR = re.compile(r"\d")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _word_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    address: set[str] = set()
    suffixes: set[str] = set()
    label: set[str] = set()
    for language in LANGUAGES:
        raw = yaml.safe_load((VOCABULARY_DIR / f"{language}.yaml").read_text("utf-8"))
        vocabulary = Vocabulary.model_validate(raw)
        address.update(_plain(word) for word in vocabulary.address_words)
        suffixes.update(_plain(word) for word in vocabulary.address_suffixes)
        label.update(_plain(word) for word in vocabulary.label_words)

    def alternation(words: set[str], *, inside_word: bool = False) -> str:
        escaped = "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))
        return ("" if inside_word else r"(?<!\w)") + "(" + escaped + r")(?!\w)"

    return (re.compile(alternation(address) + "|" + alternation(suffixes, inside_word=True)),
            re.compile(alternation(label)))


def classify(text: str) -> Personal | None:
    """What makes one line of recognised text personal, or None."""
    digits = sum(ch.isdigit() for ch in text)
    if EMAIL.search(text):
        return Personal.EMAIL
    if TRACKING_RUN.search(text):
        return Personal.NUMBER
    if any(len(re.sub(r"\D", "", match)) >= 7 for match in PHONE.findall(text)):
        return Personal.PHONE
    upper = text.upper()
    if LONG_NUMBER.search(text) or CODE_WITH_DIGITS.search(upper):
        return Personal.NUMBER
    if any(pattern.search(upper) for pattern in POSTCODES):
        return Personal.POSTCODE
    address, label = _word_patterns()
    plain = _plain(text)
    if digits and address.search(plain):
        return Personal.ADDRESS
    # A heading alone ("TO:", "Name") is a label only with its colon or as most of the line: "TO" inside a
    # garment's slogan is not.
    heading = label.search(plain)
    if heading and (":" in text or "#" in text or len(heading.group(0)) >= 0.6 * len(plain.strip(" :#"))):
        return Personal.LABEL
    return None


class PersonalBlock(BaseModel):
    """Lines that read as one block, at least one of them personal: all of them are blurred."""

    box: Box
    reasons: list[Personal]
    lines: int


def personal_blocks(lines: list[TextLine]) -> list[PersonalBlock]:
    """The blocks of nearby lines that hold something personal."""
    blocks: list[PersonalBlock] = []
    text = [line for line in lines
            if any(confidence >= MIN_TEXT_CONFIDENCE and reading.strip() for reading, confidence in _readings(line))]
    for group in _blocks(text):
        reasons = [reason for line in group for text, confidence in _readings(line)
                   if confidence >= MIN_CONFIDENCE for reason in [classify(text)] if reason is not None]
        if reasons:
            blocks.append(PersonalBlock(box=_around([line.box for line in group]), reasons=reasons,
                                        lines=len(group)))
    return blocks


def _readings(line: TextLine) -> list[tuple[str, float]]:
    """What the line reads, and for a line running up or down what it reads the other way up: personal if
    either is (a wrong way up reading of a phone number is no number)."""
    readings = [(line.text, line.confidence)]
    if line.turned_text is not None:
        readings.append((line.turned_text, line.turned_confidence))
    return readings


def _blocks(lines: list[TextLine]) -> list[list[TextLine]]:
    """Group lines whose boxes, grown by a line height, touch: a label's lines, whichever way it is turned."""
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    grown = [_grow(line.box, BLOCK_GAP_LINES * min(line.box[2], line.box[3])) for line in lines]
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            if _touch(grown[i], grown[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[TextLine]] = {}
    for i, line in enumerate(lines):
        groups.setdefault(root(i), []).append(line)
    return list(groups.values())


def _grow(box: Box, by: float) -> tuple[float, float, float, float]:
    x, y, w, h = box
    return x - by, y - by, x + w + by, y + h + by


def _touch(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _around(boxes: list[Box]) -> Box:
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
    return x0, y0, x1 - x0, y1 - y0
