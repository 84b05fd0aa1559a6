"""The faster paths of redaction give what the slower ones gave: OpenCV's JPEG decoder the pixels Pillow's gives
(orientation untouched), and the text detector's float32 input the numbers rapidocr's float64 one makes."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from assistant.intake.redaction import _decoded
from assistant.intake.text_reading import TextReader


def _jpeg(exif_orientation: int | None = None) -> bytes:
    rng = np.random.default_rng(3)
    pixels = (rng.random((120, 200, 3)) * 255).astype(np.uint8)
    pixels[:, :100] = (200, 40, 40)  # left half red: a turned decode would show it
    buffer = io.BytesIO()
    exif = Image.Exif()
    if exif_orientation is not None:
        exif[0x0112] = exif_orientation
    Image.fromarray(pixels).save(buffer, format="JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()


def test_opencv_decodes_the_pixels_pillow_does_and_leaves_the_orientation_alone() -> None:
    for orientation in (None, 6):
        jpeg = _jpeg(orientation)
        pillow = np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB")).astype(int)
        ours = _decoded(jpeg).astype(int)
        assert ours.shape == pillow.shape
        assert np.abs(ours - pillow).mean() < 1.0


def test_what_opencv_cannot_read_falls_back_to_pillow() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 30)).save(buffer, format="WEBP")
    assert _decoded(buffer.getvalue()).shape == (30, 40, 3)


def test_the_detector_input_is_float32_and_the_same_numbers() -> None:
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    reader = TextReader()
    image = (np.random.default_rng(5).random((300, 200, 3)) * 255).astype(np.uint8)
    ours = reader._ocr.text_det.get_preprocess(300)(image)
    theirs = DetPreProcess(960, "max", [0.5, 0.5, 0.5], [0.5, 0.5, 0.5])(image)
    assert ours.dtype == np.float32
    assert np.abs(ours - theirs).max() < 1e-5
