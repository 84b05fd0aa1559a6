"""Faces are masked whichever way up a photo arrives. Real faces: studio photos of the Magento sample catalog's
models (tests/data/magento-faces, downscaled, OSL-3.0), each face's box labelled on the upright photo. A phone
photo reaches us turned by a quarter turn with nothing to undo it (its EXIF orientation missing or stripped), or
turned with an EXIF orientation that `clean_photo` undoes; either way the stored copy must show no face. Photos of
bags and gear, for their part, must keep their evidence: at most ~1 % of them lost to face masks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from assistant.intake.redaction import MARGIN, Box, Redactor
from assistant.intake.redaction_pool import clean_and_redact
from assistant.intake.validation import MAX_BYTES

DATA = Path(__file__).resolve().parents[2] / "data" / "magento-faces"
FACE_BOXES: dict[str, Box] = {name: tuple(box) for name, box in  # type: ignore[misc]
                              json.loads((DATA / "faces.json").read_text()).items()}
NO_FACES = sorted(path.name for path in (DATA / "no-faces").glob("*.jpg"))
EXIF_ORIENTATION = 0x0112
ROTATE_90_CW_TO_VIEW = 6  # the EXIF orientation of pixels stored a quarter turn counter-clockwise


def _jpeg(image: Image.Image, exif: Image.Exif | None = None) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=92, **({"exif": exif} if exif is not None else {}))
    return buffer.getvalue()


def _rgb(jpeg: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB"))


def _turned_box(box: Box, size: tuple[int, int], quarter_turns: int) -> Box:
    """The box on the photo turned counter-clockwise as `Image.rotate(90 * quarter_turns, expand=True)` does."""
    x, y, w, h = box
    width, height = size
    for _ in range(quarter_turns % 4):
        x, y, w, h = y, width - x - w, h, w
        width, height = height, width
    return x, y, w, h


def _features(box: Box) -> Box:
    """The middle 60 % of a face box: eyes, nose and mouth, whatever margin the labeller's box has."""
    x, y, w, h = box
    return x + w // 5, y + h // 5, w - 2 * (w // 5), h - 2 * (h // 5)


def _flat_share(rgb: np.ndarray, box: Box) -> float:
    """How much of the box is flat colour (a mask), not the detail of a face: the share of its pixels whose
    5x5 neighbourhood varies by less than JPEG noise."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    mean, mean_of_squares = cv2.blur(grey, (5, 5)), cv2.blur(grey * grey, (5, 5))
    spread = np.sqrt(np.maximum(mean_of_squares - mean * mean, 0))
    x, y, w, h = box
    return float((spread[y:y + h, x:x + w] < 2.0).mean())


def _masked(boxes: list[Box], shape: tuple[int, ...]) -> np.ndarray:
    """The pixels that masking these face boxes (with the redactor's margin) covers."""
    covered = np.zeros(shape[:2], dtype=bool)
    for x, y, w, h in boxes:
        dx, dy = int(w * MARGIN), int(h * MARGIN)
        covered[max(0, y - dy):y + h + dy, max(0, x - dx):x + w + dx] = True
    return covered


def _upright(name: str) -> Image.Image:
    return Image.open(DATA / "faces" / name).convert("RGB")


@pytest.mark.parametrize("quarter_turns", [1, 2, 3], ids=["90", "180", "270"])
@pytest.mark.parametrize("name", sorted(FACE_BOXES))
def test_a_face_is_masked_whichever_way_up_the_photo_arrives(redactor: Redactor, name: str,
                                                             quarter_turns: int) -> None:
    upright = _upright(name)
    upload = _jpeg(upright.rotate(90 * quarter_turns, expand=True))  # no EXIF: nothing says which way is up
    pixels = _rgb(upload)
    face = _features(_turned_box(FACE_BOXES[name], upright.size, quarter_turns))
    assert _flat_share(pixels, face) < 0.6, "the labelled face must show detail for this test to mean anything"

    redacted, report = clean_and_redact(redactor, upload, MAX_BYTES)

    # Found as a face (a text region blurred over it would leave it flat too), and masked in the stored copy.
    x, y, w, h = face
    assert _masked(redactor.faces(pixels), pixels.shape)[y:y + h, x:x + w].mean() > 0.9
    assert report.faces >= 1
    assert _flat_share(_rgb(redacted), face) > 0.9, f"{name} turned {90 * quarter_turns}° keeps its face"


@pytest.mark.parametrize("name", sorted(FACE_BOXES))
def test_a_photo_stored_sideways_with_its_exif_orientation_is_stood_upright_and_masked(redactor: Redactor,
                                                                                        name: str) -> None:
    upright = _upright(name)
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = ROTATE_90_CW_TO_VIEW
    upload = _jpeg(upright.rotate(90, expand=True), exif)

    redacted, report = clean_and_redact(redactor, upload, MAX_BYTES)

    assert _rgb(redacted).shape[:2] == (upright.height, upright.width)
    assert report.faces >= 1
    assert _flat_share(_rgb(redacted), _features(FACE_BOXES[name])) > 0.9


@pytest.mark.parametrize("name", NO_FACES)
def test_a_photo_of_gear_loses_at_most_one_percent_to_face_masks_at_any_turn(redactor: Redactor,
                                                                             name: str) -> None:
    photo = Image.open(DATA / "no-faces" / name).convert("RGB")
    for quarter_turns in range(4):
        rgb = np.asarray(photo.rotate(90 * quarter_turns, expand=True))
        assert _masked(redactor.faces(rgb), rgb.shape).mean() <= 0.01, f"{name} turned {90 * quarter_turns}°"
