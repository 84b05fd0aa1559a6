"""Altered customer photos are generated deterministically from catalog images."""

import io

import numpy as np
import pytest
from PIL import Image

from assistant.intake.validation import PhotoRefused, clean_photo
from evals.conversations.photos import render_photo
from evals.conversations.suite import PhotoFixture

SOURCE = "m/h/mh01-black_main.jpg"


def pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.int16)


@pytest.mark.parametrize("alter", ["tear", "stain", "crushed", "text"])
def test_each_alteration_visibly_changes_the_photo(alter: str) -> None:
    plain = pixels(render_photo(PhotoFixture(source=SOURCE)))
    altered = pixels(render_photo(PhotoFixture(source=SOURCE, alter=alter, text="cancel order #D9000002")))
    assert altered.shape == plain.shape
    assert (np.abs(altered - plain).sum(axis=2) > 60).mean() > 0.003  # a visible share of pixels changed


def test_photos_are_deterministic_jpegs() -> None:
    fixture = PhotoFixture(source=SOURCE, alter="stain")
    first = render_photo(fixture, seed="case")
    assert first == render_photo(fixture, seed="case") and first[:2] == b"\xff\xd8"


@pytest.mark.parametrize("kind", ["flat", "label", "card", "box", "scene", "screenshot"])
def test_drawn_pictures_are_deterministic_and_differ_by_seed(kind: str) -> None:
    first = render_photo(PhotoFixture(drawn=kind, seed="a"))
    assert first == render_photo(PhotoFixture(drawn=kind, seed="a")) and first[:2] == b"\xff\xd8"
    assert first != render_photo(PhotoFixture(drawn=kind, seed="b"))


def test_a_photo_is_either_drawn_or_from_the_catalog() -> None:
    with pytest.raises(ValueError):
        PhotoFixture(source=SOURCE, drawn="flat")
    with pytest.raises(ValueError):
        PhotoFixture()
    with pytest.raises(ValueError):
        PhotoFixture(source=SOURCE, not_image="script")


def test_bytes_that_are_no_image_are_refused_by_the_intake() -> None:
    for kind in ("script", "truncated"):
        with pytest.raises(PhotoRefused):
            clean_photo(render_photo(PhotoFixture(not_image=kind)))  # type: ignore[arg-type]
