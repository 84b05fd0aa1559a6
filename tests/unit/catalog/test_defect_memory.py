"""The memory of every catalog view (PatchCore-style anomaly score): a spot no catalog view shows stands out,
and a photo of a view the memory holds (the back, a detail) is not unusual because it is not the front."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tools.catalog.defect_maps import FINE_GRID
from tools.catalog.defect_memory import MEMORY_FEATURES, anomaly_map, memory_bank, memory_features
from tools.catalog.defects import maps_of
from tools.catalog.efficientnet_lite import shared_network

DEMO = Path(__file__).resolve().parents[3] / "data" / "demo-catalog" / "images"
# holdout products (evals/retrieval/runner.split_of) with a main, a back and an alternate view of one colour
WITH_VIEWS = ["m/h/mh01-gray", "m/h/mh08-brown", "m/h/mh09-blue"]


def _photo(path: str) -> Image.Image:
    return Image.open(DEMO / path).convert("RGB")


def _phone(image: Image.Image) -> Image.Image:
    """A little blur and JPEG, as a phone copy."""
    buffer = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(0.8)).save(buffer, "JPEG", quality=70)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _with_hole(image: Image.Image) -> Image.Image:
    """A dark hole on the item, a little off its centre (4 % of the photo's side)."""
    holed = image.copy()
    w, h = holed.size
    r = max(3, w // 25)
    cx, cy = int(w * 0.45), int(h * 0.42)
    ImageDraw.Draw(holed).ellipse((cx - r, cy - r, cx + r, cy + r), fill=(12, 12, 12))
    return holed


def _views(stem: str) -> list[Image.Image]:
    return [_photo(f"{stem}_{view}.jpg") for view in ("main", "back", "alt1")]


def test_a_hole_stands_out_of_the_memory_and_a_clean_copy_does_not() -> None:
    network = shared_network()
    for stem in WITH_VIEWS:
        main = _photo(f"{stem}_main.jpg")
        memory = memory_bank([maps_of(view, network) for view in _views(stem)])
        clean = memory_features(maps_of(_phone(main), network), memory)
        holed = memory_features(maps_of(_phone(_with_hole(main)), network), memory)
        top, contrast = MEMORY_FEATURES.index("memory_top"), MEMORY_FEATURES.index("memory_contrast")
        assert holed[top] > clean[top] + 0.05, stem
        assert holed[contrast] > clean[contrast], stem


def test_the_back_of_the_item_is_remembered_when_the_back_view_is() -> None:
    network = shared_network()
    for stem in WITH_VIEWS:
        main, back, alternate = (maps_of(view, network) for view in _views(stem))
        photo = maps_of(_phone(_photo(f"{stem}_back.jpg")), network)
        front_only = memory_features(photo, memory_bank([main]))[0]
        every_view = memory_features(photo, memory_bank([main, back, alternate]))[0]
        assert every_view < front_only - 0.05, stem


def test_the_anomaly_map_reads_the_item_only() -> None:
    network = shared_network()
    maps = maps_of(_photo("m/h/mh01-gray_main.jpg"), network)
    distances = anomaly_map(maps, memory_bank([maps]))
    assert distances.shape == (FINE_GRID**2,)
    assert (distances[~maps.fine_subject] == 0).all()
    assert distances.max() < 0.05  # the photo against its own patches
