"""Generator D draws each defect on the item, deterministically, and leaves the backdrop's far corners alone."""

from __future__ import annotations

import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from evals.defects.generator_d import KINDS, SIDE, draw_generator_d_defect


def _studio_item() -> Image.Image:
    image = Image.new("RGB", (600, 800), (255, 255, 255))
    ImageDraw.Draw(image).rectangle((150, 150, 450, 700), fill=(60, 90, 160))
    return image


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_changes_the_item_and_repeats(kind: str) -> None:
    studio = _studio_item()
    drawn = draw_generator_d_defect(studio, kind, random.Random(f"{kind}:1"))
    again = draw_generator_d_defect(studio, kind, random.Random(f"{kind}:1"))
    plain = studio.copy()
    plain.thumbnail((SIDE, SIDE), Image.Resampling.LANCZOS)
    assert max(drawn.size) == SIDE
    assert np.array_equal(np.asarray(drawn), np.asarray(again))
    changed = np.abs(np.asarray(drawn, np.int16) - np.asarray(plain, np.int16)).max(axis=2) > 30
    assert changed.sum() >= 4
    assert not changed[:40, :40].any()  # the backdrop's corner, far from the item


def test_a_photo_without_an_item_is_returned_as_it_is() -> None:
    blank = Image.new("RGB", (300, 300), (255, 255, 255))
    assert np.array_equal(np.asarray(draw_generator_d_defect(blank, "burn", random.Random(0))), np.asarray(blank))
