"""The resolver's photo-attributes decision reads the photo with the catalog attribute reader: a photo alone
says what the item is (category, style, pattern, colours), the customer's words still win where they name it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from assistant.models.contracts import PhotoAttributes
from assistant.models.requests import DecisionRequest, ImageInput, PhotoEvidence
from assistant.models.resolver.attributes import read_attributes
from assistant.models.resolver.backend import ResolverBackend
from tools.catalog.enrichment.labels import Attribute
from tools.catalog.enrichment.reader import Suggestion

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "data" / "magento-catalog" / "images"
IMAGES = SHARED if SHARED.is_dir() else REPO / "data" / "demo-catalog" / "images"


def _jpeg() -> ImageInput:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 60), (30, 60, 200)).save(buffer, format="JPEG")
    return ImageInput(data=buffer.getvalue())


def _reader(*pairs: tuple[Attribute, str, float]):
    def read(data: bytes) -> list[Suggestion]:
        assert data.startswith(b"\xff\xd8")
        return [Suggestion(attribute=a, value=v, confidence=c) for a, v, c in pairs]

    return read


HOODIE = _reader(
    (Attribute.CATEGORY, "Women/Tops/Hoodies & Sweatshirts", 0.91), (Attribute.GENDER, "Women", 0.97),
    (Attribute.STYLE_GENERAL, "Hoodie", 0.8), (Attribute.PATTERN, "Striped", 0.7),
    (Attribute.COLOUR, "Blue", 0.9), (Attribute.SECONDARY_COLOUR, "White", 0.3),
)


def test_a_photo_alone_says_what_the_item_is() -> None:
    attributes = read_attributes(DecisionRequest(text="what is this?", image=_jpeg()), reader=HOODIE)
    assert attributes.category == "hoodie" and attributes.style == "hoodie" and attributes.pattern == "striped"
    assert attributes.colours == ["blue", "white"]
    assert attributes.description == "a blue women's hoodie"


def test_words_win_and_the_measured_colour_comes_first() -> None:
    request = DecisionRequest(text="is this casual jacket warm?", image=_jpeg(),
                              evidence=PhotoEvidence(photo_colour="Navy"))
    attributes = read_attributes(request, reader=HOODIE)
    assert attributes.category == "jacket" and attributes.style == "casual"
    assert attributes.colours == ["navy", "blue", "white"]


def test_an_unsure_reading_is_left_out_and_a_category_names_the_leaf() -> None:
    reader = _reader((Attribute.CATEGORY, "Men/Bottoms/Shorts", 0.8), (Attribute.STYLE_BOTTOM, "Compression", 0.4),
                     (Attribute.PATTERN, "Solid", 0.3), (Attribute.GENDER, "Men", 0.45))
    attributes = read_attributes(DecisionRequest(text="find me this in another colour", image=_jpeg()), reader=reader)
    assert attributes.category == "shorts" and attributes.style is None and attributes.pattern is None
    assert attributes.description == "a shorts"


def test_no_photo_or_an_unreadable_one_leaves_the_words() -> None:
    def broken(data: bytes) -> list[Suggestion]:
        raise OSError("cannot identify image file")

    assert read_attributes(DecisionRequest(text="a red bag"), reader=HOODIE).category == "bag"
    attributes = read_attributes(DecisionRequest(text="what is it?", image=_jpeg()), reader=broken)
    assert attributes.category is None and attributes.description == "a product photo"


@pytest.mark.slow
def test_the_resolver_reads_a_real_catalog_photo_with_the_shipped_reader(resolver: ResolverBackend) -> None:
    """A catalog tee photo through the resolver backend with the real network, heads and colour reader: a
    wiring check (the heads were fitted on this photo; the measured figures are evals/enrichment/REPORT.md)."""
    request = DecisionRequest(text="what is this?",
                              image=ImageInput(data=(IMAGES / "m/s/ms09-blue_main.jpg").read_bytes()))
    attributes = resolver.decide_now(PhotoAttributes, request).value
    assert attributes.category == "tee" and "blue" in attributes.colours
