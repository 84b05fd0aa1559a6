"""A wrong item sent is not a crushed parcel: another product's clean photo, compared with the ordered
product's catalog photo, differs everywhere (silhouette, proportions, every cell), which the crushed model
once read as crushing (photo triage: wrong items called shipping damage). Pairs of holdout products of the
demo shop, across departments and within one, as sent and scaled up.

Main's reader called 9 of the 10 pairs crushed. With the other-product model (fitted on generator A) 8 pass;
the two left are tops of one shape sent for another (a hoodie for a jacket, a jacket for a jacket), which the
other-product model scores under its cut (one at 0.88 against 0.90): marked as known failures (strict, so a
reader that gets them right says so)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tools.catalog.defects import read_damage

DEMO = Path(__file__).resolve().parents[3] / "data" / "demo-catalog" / "images"
PAIRS = [  # (photo sent, ordered product's photo): holdout products (evals/retrieval/runner.split_of)
    ("m/h/mh08-red_main.jpg", "m/j/mj04-blue_main.jpg"),
    ("m/p/mp10-green_main.jpg", "m/s/ms05-purple_main.jpg"),
    ("m/t/mt03-yellow_main.jpg", "w/b/wb05-orange_main.jpg"),
    pytest.param("w/h/wh09-green_main.jpg", "w/j/wj12-black_main.jpg", marks=pytest.mark.xfail(
        strict=True, reason="tops of one shape: read as the same product crushed")),
    ("w/p/wp06-orange_main.jpg", "w/s/ws09-white_main.jpg"),
    ("w/s/wsh05-yellow_main.jpg", "w/t/wt08-purple_main.jpg"),
    ("w/t/wt08-purple_main.jpg", "w/h/wh09-green_main.jpg"),
    ("m/j/mj04-blue_main.jpg", "m/h/mh08-red_main.jpg"),
    pytest.param("w/j/wj12-black_main.jpg", "m/j/mj04-blue_main.jpg", marks=pytest.mark.xfail(
        strict=True, reason="tops of one shape: read as the same product crushed")),
    ("m/s/ms05-purple_main.jpg", "w/s/wsh05-yellow_main.jpg"),
]


@pytest.mark.parametrize(("sent", "ordered"), PAIRS)
def test_another_product_is_not_called_crushed(sent: str, ordered: str) -> None:
    photo = Image.open(DEMO / sent).convert("RGB")
    for shown in (photo, photo.resize((photo.width * 2, photo.height * 2), Image.Resampling.BICUBIC)):
        reading = read_damage(shown, reference=DEMO / ordered)
        assert reading.compared
        assert not reading.crushed, (sent, ordered, reading)
