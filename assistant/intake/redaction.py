"""Redaction: faces masked (BlazeFace at every quarter turn, assistant.intake.faces), personal text blurred
(shipping labels, addresses, phone numbers, emails, order numbers: assistant.intake.personal_text) and barcodes
and QR codes blurred (assistant.intake.codes). Prints, logos and seams on a garment keep their pixels: they are
the evidence a complaint is judged on.

`redact_pixels` returns what it masked, so a comparer can ignore the same regions, or a catalog photo can be
redacted the same way as the customer's photo it is compared with (like with like)."""

from __future__ import annotations

import io
import threading
from functools import cached_property

import cv2
import numpy as np
from PIL import Image
from pydantic import BaseModel, ConfigDict

from assistant.intake.codes import CodeDetector
from assistant.intake.faces import Box, FaceDetector
from assistant.intake.no_item import NoItem, no_item_in
from assistant.intake.personal_text import personal_blocks
from assistant.intake.regions import MARGIN, MaskedRegion, RegionKind, padded
from assistant.intake.text_reading import DETECT_SIDE, TextLine, TextReader, inked, shrunk

__all__ = ["MARGIN", "Box", "Redacted", "RedactionReport", "Redactor", "apply_masks"]


class RedactionReport(BaseModel):
    faces: int
    text_regions: int  # personal text blocks and codes
    regions: list[MaskedRegion] = []
    no_item: NoItem | None = None  # the photo shows no item: paper or a screen of text, a blank sheet (no_item.py)


class Redacted(BaseModel):
    """A photo's pixels after redaction and the regions that were masked."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    rgb: np.ndarray
    regions: list[MaskedRegion]
    no_item: NoItem | None = None


class Redactor:
    """Loads the detectors once (lazily: purging evidence never loads a model); thread-safe: each thread gets its
    own text reader and code detector, and the face detector keeps one set of interpreters per thread."""

    def __init__(self) -> None:
        self._local = threading.local()

    @cached_property
    def _face_detector(self) -> FaceDetector:
        return FaceDetector()

    def _reader(self) -> TextReader:
        reader: TextReader | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = TextReader()
        return reader

    def _codes(self) -> CodeDetector:
        codes: CodeDetector | None = getattr(self._local, "codes", None)
        if codes is None:
            codes = self._local.codes = CodeDetector()
        return codes

    def warm_up(self) -> None:
        """Load every detector now rather than on the first customer's photo."""
        self._face_detector.warm_up()
        self._reader()
        self._codes()

    def faces(self, rgb: np.ndarray) -> list[Box]:
        """Face boxes in the photo's pixels, whichever way up the photo is."""
        return [face.box for face in self._face_detector.detect(rgb)]

    def text_regions(self, rgb: np.ndarray) -> list[Box]:
        """Boxes of the personal text blocks, barcodes and QR codes (what redaction blurs)."""
        return [region.box for region in self._text_and_codes(rgb, shrunk(rgb, DETECT_SIDE))[0]]

    def masked_regions(self, rgb: np.ndarray) -> list[MaskedRegion]:
        """Every region redaction would mask on this photo, faces first."""
        return self._read(rgb)[0]

    def _read(self, rgb: np.ndarray) -> tuple[list[MaskedRegion], list[TextLine]]:
        """The regions to mask, faces first, and every line of text found."""
        # Every detector looks at one reduced copy: area-averaging a phone photo costs more than a face model.
        small = shrunk(rgb, DETECT_SIDE)
        scale = small.shape[1] / rgb.shape[1]
        faces = [_region(RegionKind.FACE, _scaled(face.box, 1 / scale, rgb.shape), rgb.shape)
                 for face in self._face_detector.detect(small)]
        regions, lines = self._text_and_codes(rgb, small)
        return faces + regions, lines

    def _text_and_codes(self, rgb: np.ndarray, small: np.ndarray) -> tuple[list[MaskedRegion], list[TextLine]]:
        # A barcode or QR code is printed beside the address it ships to: its surroundings are read closely,
        # both ways up, even when the reduced photo showed no text there (small print turned sideways).
        # Blocks of ink on paper (a label, a note, a code) are looked at closely by both.
        ink = inked(rgb, small)
        codes = self._codes().detect(rgb, small, near=ink)
        lines = self._reader().read(rgb, small, near=codes + ink)
        blocks = personal_blocks(lines)
        return ([_region(RegionKind.PERSONAL_TEXT, block.box, rgb.shape) for block in blocks]
                + [_region(RegionKind.CODE, box, rgb.shape) for box in codes]), lines

    def redact_pixels(self, rgb: np.ndarray) -> Redacted:
        """A redacted copy of the pixels and the regions masked: use it on a reference photo (a catalog view)
        to compare it with a customer's redacted photo like with like."""
        regions, lines = self._read(rgb)
        # What the photo shows is read here, on the original with every line of text found (before any is blurred);
        # a person in it makes it a scene taken somewhere, never a bare sheet or screen (a parcel's label beside a
        # face reads as paper when the box is one flat colour)
        has_face = any(region.kind is RegionKind.FACE for region in regions)
        shown = None if has_face else no_item_in(rgb, [np.asarray(line.corners, dtype=np.float32) for line in lines])
        return Redacted(rgb=apply_masks(rgb, regions), regions=regions, no_item=shown)

    def redact(self, jpeg: bytes) -> tuple[bytes, RedactionReport]:
        rgb = _decoded(jpeg)
        redacted = self.redact_pixels(rgb)
        buffer = io.BytesIO()
        Image.fromarray(redacted.rgb).save(buffer, format="JPEG", quality=90)
        faces = sum(region.kind is RegionKind.FACE for region in redacted.regions)
        return buffer.getvalue(), RedactionReport(faces=faces, text_regions=len(redacted.regions) - faces,
                                                  regions=redacted.regions, no_item=redacted.no_item)


def _decoded(jpeg: bytes) -> np.ndarray:
    """The photo's RGB pixels: OpenCV's decoder (~40 % less CPU than Pillow's on a catalog photo), Pillow's for
    what OpenCV cannot read."""
    bgr = cv2.imdecode(np.frombuffer(jpeg, dtype=np.uint8), cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION)
    if bgr is None:
        return np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB"))
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def _scaled(box: Box, factor: float, shape: tuple[int, ...]) -> Box:
    x, y, w, h = (round(v * factor) for v in box)
    return x, y, min(w, shape[1] - x), min(h, shape[0] - y)


def _region(kind: RegionKind, box: Box, shape: tuple[int, ...]) -> MaskedRegion:
    return MaskedRegion(kind=kind, box=box, padded=padded(box, shape))


def apply_masks(rgb: np.ndarray, regions: list[MaskedRegion]) -> np.ndarray:
    """A copy of `rgb` with each region's padded box covered: faces with their own average colour (nothing left
    to recognise, or to detect again), text and codes pixelated then blurred (unreadable, not just softened)."""
    out = rgb.copy()
    for region in regions:
        x, y, w, h = region.padded
        area = out[y:y + h, x:x + w]
        if area.size == 0:
            continue
        if region.kind is RegionKind.FACE:
            area[:] = area.reshape(-1, 3).mean(axis=0).astype(np.uint8)
        else:
            area[:] = _unreadable(area)
    return out


def _unreadable(area: np.ndarray) -> np.ndarray:
    small = cv2.resize(area, (max(1, area.shape[1] // 16), max(1, area.shape[0] // 16)), interpolation=cv2.INTER_AREA)
    coarse = cv2.resize(small, (area.shape[1], area.shape[0]), interpolation=cv2.INTER_NEAREST)
    return cv2.GaussianBlur(coarse, (0, 0), sigmaX=max(3, min(area.shape[:2]) // 8))
