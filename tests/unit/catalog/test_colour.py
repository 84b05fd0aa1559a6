"""Colour naming: what the photo-complaint flow reads as 'the colour of what I received'."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.unit.catalog.conftest import garment_photo
from tools.catalog.colour import (
    GarmentRegion,
    features_of,
    garment_masks,
    name_colour,
    read_colour,
    region_for_category,
)
from tools.catalog.colour_features import histograms_length
from tools.catalog.photos import cut_out, lab_pixels, open_photo


@pytest.mark.parametrize(
    ("rgb", "name"),
    [
        ((200, 30, 40), "Red"),
        ((240, 140, 30), "Orange"),
        ((240, 220, 60), "Yellow"),
        ((40, 150, 60), "Green"),
        ((30, 70, 200), "Blue"),
        ((120, 40, 150), "Purple"),
        ((20, 20, 22), "Black"),
        ((128, 128, 130), "Gray"),
        ((245, 245, 245), "White"),
        ((100, 60, 30), "Brown"),
    ],
)
def test_flat_garments_are_named_by_their_colour(rgb: tuple[int, int, int], name: str) -> None:
    reading = read_colour(
        garment_photo(rgb, background=(235, 225, 200) if name == "White" else (255, 255, 255))
    )
    assert reading.name == name
    assert 0 < reading.confidence <= 1


def test_the_background_is_not_the_garment_colour() -> None:
    reading = read_colour(garment_photo((200, 30, 40), background=(60, 140, 70)))
    assert reading.name == "Red"


def test_reading_accepts_bytes(tmp_path: Path) -> None:
    path = tmp_path / "shirt.png"
    garment_photo((30, 70, 200)).save(path)
    assert read_colour(path.read_bytes()).name == "Blue"


def test_lab_values_name_the_catalog_colours() -> None:
    assert name_colour((50.0, 0.0, 0.0)) == "Gray"
    assert name_colour((10.0, 1.0, -2.0)) == "Black"
    assert name_colour((30.0, 60.0, -90.0)) == "Blue"


def test_category_decides_the_garment_region() -> None:
    assert region_for_category("Men/Bottoms/Pants") is GarmentRegion.LOWER
    assert region_for_category("Women/Tops/Tees") is GarmentRegion.UPPER
    assert region_for_category("Gear/Bags") is GarmentRegion.WHOLE


@pytest.mark.parametrize(
    ("photo", "category", "colour"),
    [
        ("w/s/ws01-yellow_main.jpg", "Women/Tops/Tees", "Yellow"),
        ("m/h/mh01-gray_main.jpg", "Men/Tops/Hoodies & Sweatshirts", "Gray"),
        ("m/s/msh01-blue_main.jpg", "Men/Bottoms/Shorts", "Blue"),
        ("w/b/wb05-red-0.jpg", "Gear/Bags", "Red"),
        ("w/p/wp01-black_main.jpg", "Women/Bottoms/Pants", "Black"),
        ("m/t/mt01-orange_main.jpg", "Men/Tops/Tees", "Orange"),
    ],
)
def test_catalog_photos_read_as_their_variant_colour(
    photos: Path, photo: str, category: str, colour: str
) -> None:
    assert read_colour(photos / photo, region_for_category(category)).name == colour


def _on_backdrop(photo: Path, backdrop: str) -> Image.Image:
    """The catalog photo's subject laid onto a customer's backdrop: a grey wall, a teal bedspread, wood."""
    image = open_photo(photo, side=384)
    subject = cut_out(image, side=384)
    height, width = subject.mask.shape
    rng = np.random.default_rng(3)
    rows, cols = np.mgrid[0:height, 0:width]
    grain = np.sin(cols / 3 + 3 * np.sin(rows / 15))
    surfaces = {
        "grey": np.full((height, width, 3), 128.0) + rng.normal(0, 3, (height, width, 3)),
        "teal": np.full((height, width, 3), (40.0, 120.0, 130.0)) + rng.normal(0, 4, (height, width, 3)),
        "wood": np.stack([150 + 25 * grain, 100 + 20 * grain, 60 + 10 * grain], axis=-1)
        + rng.normal(0, 8, (height, width, 3)),
    }
    mixed = np.where(subject.mask[..., None], subject.rgb.astype(np.float32), surfaces[backdrop])
    return Image.fromarray(mixed.clip(0, 255).astype(np.uint8))


@pytest.mark.parametrize("backdrop", ["grey", "teal", "wood"])
@pytest.mark.parametrize(
    ("photo", "category", "colour"),
    [
        ("w/s/ws01-yellow_main.jpg", "Women/Tops/Tees", "Yellow"),
        ("m/s/msh01-blue_main.jpg", "Men/Bottoms/Shorts", "Blue"),
        ("w/p/wp01-black_main.jpg", "Women/Bottoms/Pants", "Black"),
        ("m/t/mt01-orange_main.jpg", "Men/Tops/Tees", "Orange"),
    ],
)
def test_a_customer_backdrop_does_not_change_the_colour_read(
    photos: Path, photo: str, category: str, colour: str, backdrop: str
) -> None:
    # The backdrop is estimated from the photo's border, not assumed to be studio white.
    reading = read_colour(_on_backdrop(photos / photo, backdrop), region_for_category(category))
    assert reading.name == colour


@pytest.mark.parametrize(
    ("photo", "category"),
    [
        ("m/h/mh05-white_main.jpg", "Men/Tops/Hoodies & Sweatshirts"),
        ("w/h/wh05-white_main.jpg", "Women/Tops/Hoodies & Sweatshirts"),
        ("w/t/wt05-white_main.jpg", "Women/Tops/Bras & Tanks"),
    ],
)
def test_white_garments_on_studio_white_are_read_as_white(photos: Path, photo: str, category: str) -> None:
    assert read_colour(photos / photo, region_for_category(category)).name == "White"


def test_a_pale_garment_on_a_plain_backdrop_is_kept_as_foreground() -> None:
    cutout = cut_out(garment_photo((236, 236, 232), background=(255, 255, 255)))
    garment_share = (120 * 70 + 2 * 40 * 25) / (160 * 200)
    assert cutout.foreground_share == pytest.approx(garment_share, rel=0.25)


def _trimmed_garment(body: tuple[int, int, int], trim: tuple[int, int, int], band: int = 3) -> Image.Image:
    """A flat garment of one colour edged with a thin band of another (piping, a hem) on studio white."""
    pixels = np.full((200, 160, 3), 255, dtype=np.uint8)
    pixels[40:180, 30:130] = trim
    pixels[40 + band : 180 - band, 30 + band : 130 - band] = body
    return Image.fromarray(pixels)


def _lab_of(rgb: tuple[int, int, int]) -> np.ndarray:
    return lab_pixels(np.array([[rgb]], dtype=np.uint8)).reshape(3)


def test_the_core_of_a_garment_leaves_its_trim_band_out() -> None:
    red, blue = (200, 30, 40), (30, 70, 200)
    cutout = cut_out(_trimmed_garment(red, blue))
    garment, core = garment_masks(cutout)
    assert core.sum() > 0.5 * garment.sum()
    assert np.abs(cutout.lab[core] - _lab_of(red)).max() < 2.0
    trim = np.linalg.norm(cutout.lab[garment & ~core] - _lab_of(blue), axis=1) < 5.0
    assert trim.any()


def test_a_waistband_against_the_wearers_skin_is_trim() -> None:
    # Worn shorts: a bare waist above, an orange waistband across the body, black shorts below. The band
    # borders skin, not the backdrop, and is still left out of the core.
    skin, orange, black = (224, 172, 140), (240, 140, 30), (20, 20, 22)
    pixels = np.full((240, 240, 3), 255, dtype=np.uint8)
    pixels[20:100, 40:200] = skin
    pixels[100:104, 40:200] = orange
    pixels[104:230, 40:200] = black
    cutout = cut_out(Image.fromarray(pixels))
    garment, core = garment_masks(cutout)
    assert np.abs(cutout.lab[core] - _lab_of(black)).max() < 2.0
    band = np.linalg.norm(cutout.lab[garment & ~core] - _lab_of(orange), axis=1) < 5.0
    assert band.any()


def test_the_core_features_see_only_the_body_colour() -> None:
    # Same shape and body, trimmed in blue or not trimmed: the whole garment's histograms differ, the
    # core's block (after the whole garment's) does not.
    red, blue = (200, 30, 40), (30, 70, 200)
    trimmed = features_of(cut_out(_trimmed_garment(red, blue)))
    plain = features_of(cut_out(_trimmed_garment(red, red)))
    whole, core = slice(0, histograms_length()), slice(histograms_length(), 2 * histograms_length())
    assert not np.allclose(trimmed[whole], plain[whole], atol=0.05)
    np.testing.assert_allclose(trimmed[core], plain[core], atol=1e-3)
