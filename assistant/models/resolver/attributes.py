"""Product attributes of a photo without a generative model: the catalog attribute reader on the photo
(category, style, pattern, colours: tools/catalog/enrichment), the retrieval layer's colour name, and what the
customer's words name (words win where they name something: "is this wool jacket warm?")."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.models.contracts import PhotoAttributes
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.patterns import COLOUR
from tools.catalog.enrichment.labels import Attribute

if TYPE_CHECKING:
    from tools.catalog.enrichment.reader import Suggestion

log = logging.getLogger(__name__)

CATEGORY = re.compile(
    r"\b(jacket|coat|hoodie|sweater|sweatshirt|tee|t-shirt|shirt|top|tank|bra|pants|jeans|shorts|leggings|"
    r"skirt|dress|bag|backpack|shoes|sneakers|boots|hat|cap|belt|watch)\b",
    re.I,
)
MATERIAL = re.compile(r"\b(wool|cotton|denim|leather|linen|silk|polyester|fleece|nylon|cashmere)\b", re.I)
STYLE = re.compile(r"\b(formal|casual|sporty|smart|elegant|relaxed|athletic)\b", re.I)
MIN_CONFIDENCE = 0.5  # a reading less sure than this is left out (the words, or nothing, stand)
# The word for a category leaf of the shop's tree where no style names the item more closely.
LEAF_WORDS = {
    "Tees": "tee", "Tanks": "tank", "Bras & Tanks": "tank", "Hoodies & Sweatshirts": "hoodie",
    "Jackets": "jacket", "Pants": "pants", "Shorts": "shorts", "Bags": "bag", "Watches": "watch",
    "Fitness Equipment": "fitness equipment",
}  # fmt: skip

PhotoReader = Callable[[bytes], "list[Suggestion]"]


def read_attributes(request: DecisionRequest, reader: PhotoReader | None = None) -> PhotoAttributes:
    """What was measured or said: the photo's reading (when there is a photo), its named colour, and
    categories/materials/styles named in words."""
    text = request.text
    seen = _confident(_reading(request, reader or _read_photo_bytes))
    colours: list[str] = []
    if request.evidence and request.evidence.photo_colour:
        colours.append(request.evidence.photo_colour.lower())
    for attribute in (Attribute.COLOUR, Attribute.SECONDARY_COLOUR):
        if attribute in seen and seen[attribute].lower() not in colours:
            colours.append(seen[attribute].lower())
    colours += [c.lower() for c in COLOUR.findall(text) if c.lower() not in colours]
    category = _first(CATEGORY, text) or _category_word(seen)
    style = _first(STYLE, text) or _style_word(seen)
    pattern = seen.get(Attribute.PATTERN)
    gender = seen.get(Attribute.GENDER)
    described = " ".join(
        part for part in (colours[0] if colours else None, f"{gender.lower()}'s" if gender else None, category)
        if part
    )
    return PhotoAttributes(
        category=category,
        colours=colours[:4],
        material=_first(MATERIAL, text),
        pattern=pattern.lower() if pattern else None,
        style=style,
        description=f"a {described}" if described else "a product photo",
    )


def _read_photo_bytes(data: bytes) -> list[Suggestion]:
    from tools.catalog.enrichment.reader import read_photo  # torch loads only when a photo is read

    return read_photo(data)


def _reading(request: DecisionRequest, reader: PhotoReader) -> list[Suggestion]:
    if request.image is None:
        return []
    try:
        return reader(request.image.data)
    except (OSError, ValueError) as error:  # an undecodable photo: the words and the evidence still stand
        log.warning("photo attribute reading failed: %s", type(error).__name__)
        return []


def _confident(suggestions: list[Suggestion]) -> dict[Attribute, str]:
    # A secondary colour's confidence is its share of the garment's pixels, already over the reader's floor.
    return {s.attribute: s.value for s in suggestions
            if s.confidence >= MIN_CONFIDENCE or s.attribute == Attribute.SECONDARY_COLOUR}


def _category_word(seen: dict[Attribute, str]) -> str | None:
    if style := seen.get(Attribute.STYLE_GENERAL):
        return style.lower()
    if category := seen.get(Attribute.CATEGORY):
        return LEAF_WORDS.get(category.rsplit("/", 1)[-1], category.rsplit("/", 1)[-1].lower())
    return None


def _style_word(seen: dict[Attribute, str]) -> str | None:
    style = seen.get(Attribute.STYLE_BOTTOM) or seen.get(Attribute.STYLE_GENERAL)
    return style.lower() if style else None


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1).lower() if match else None
