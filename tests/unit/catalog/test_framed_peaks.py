"""The laid-over view read at two scales (issue 18, defect28): pin holes too small for the 256 px blob stand out
at the finer scale and at the strong level; a reshot undamaged item raises neither; the peaks reader names the
pin holes and a tear and leaves the undamaged item alone."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from tools.catalog.defects import framed_peaks_probability, read_damage, shipped_defect_model
from tools.catalog.reference_framing import (
    PEAK_FEATURES,
    PEAK_FLOOR,
    frame_reference,
    framed_peaks,
    framed_residual,
)

DEMO = Path(__file__).resolve().parents[3] / "data" / "demo-catalog" / "images"
HOODIE = DEMO / "m/h/mh01-black_main.jpg"
TOP = DEMO / "w/s/ws03-blue_main.jpg"
PANTS = DEMO / "m/p/mp01-black_main.jpg"


def _reshot(path: Path) -> Image.Image:
    studio = Image.open(path).convert("RGB")
    w, h = studio.size
    image = studio.crop((int(w * 0.05), int(h * 0.05), int(w * 0.95), int(h * 0.95)))
    return ImageEnhance.Brightness(image.rotate(4.0, expand=True, fillcolor=(236, 236, 232))).enhance(0.9)


def _pin_holes(image: Image.Image) -> Image.Image:
    """Three pin holes in a row, a few pixels across at the photo's size, light behind a dark item."""
    punctured = image.copy()
    draw = ImageDraw.Draw(punctured)
    cx, cy = punctured.width // 2, punctured.height // 2 + punctured.height // 10
    for i in range(3):
        x = cx + 14 * i
        draw.ellipse((x - 4, cy - 4, x + 4, cy + 4), fill=(245, 245, 245))
    return punctured


def _torn(image: Image.Image) -> Image.Image:
    torn = image.copy()
    cx, cy = torn.width // 2, torn.height // 2
    ImageDraw.Draw(torn).line([(cx - 50 + 12 * i, cy + (-8 if i % 2 else 8)) for i in range(9)],
                              fill=(245, 245, 240), width=6)
    return torn


def _peaks(photo: Image.Image, path: Path) -> dict[str, float]:
    framing = frame_reference(photo, [path])
    assert framing is not None
    return dict(zip(PEAK_FEATURES, framed_peaks(photo, framing), strict=True))


def test_the_peaks_probability_rises_with_the_evidence() -> None:
    threshold = shipped_defect_model().defect_threshold
    nothing = np.asarray([np.log(PEAK_FLOOR)] * 4 + [0.0] * 3)
    hole = np.asarray([np.log(0.004), np.log(0.004), np.log(0.006), np.log(0.006), 3.5, 3.5, 3.8])
    assert framed_peaks_probability(nothing) < threshold <= framed_peaks_probability(hole)


def test_the_first_feature_is_the_blob_framed_residual_reads() -> None:
    photo = _torn(_reshot(HOODIE))
    framing = frame_reference(photo, [HOODIE])
    assert framing is not None
    blob = framed_residual(photo, framing).blob_share
    assert framed_peaks(photo, framing)[0] == pytest.approx(np.log(blob + PEAK_FLOOR))


@pytest.mark.parametrize("path", [HOODIE, PANTS])
def test_pin_holes_stand_out_at_the_fine_scale_and_the_strong_level(path: Path) -> None:
    clean, punctured = _peaks(_reshot(path), path), _peaks(_pin_holes(_reshot(path)), path)
    assert clean["fine_blob_strong"] == pytest.approx(np.log(PEAK_FLOOR))
    assert punctured["fine_blob_strong"] > clean["fine_blob_strong"] + 1.0
    assert punctured["fine_peak"] > clean["fine_peak"]


@pytest.mark.slow  # six whole damage readings (network maps, laying, both scales)
@pytest.mark.parametrize("path", [HOODIE, TOP, PANTS])
def test_the_peaks_reader_leaves_the_reshot_item_alone_and_names_a_tear(path: Path) -> None:
    clean = read_damage(_reshot(path), reference=path, views=[path], framed_reader="peaks")
    assert not clean.defect and clean.framed_view == 0
    torn = read_damage(_torn(_reshot(path)), reference=path, views=[path], framed_reader="peaks")
    assert torn.defect
