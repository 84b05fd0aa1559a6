"""Product attributes of a photo without a generative model: the retrieval layer's colour names + words."""

from __future__ import annotations

import re

from assistant.models.contracts import PhotoAttributes
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.patterns import COLOUR

CATEGORY = re.compile(
    r"\b(jacket|coat|hoodie|sweater|sweatshirt|tee|t-shirt|shirt|top|tank|bra|pants|jeans|shorts|leggings|"
    r"skirt|dress|bag|backpack|shoes|sneakers|boots|hat|cap|belt|watch)\b",
    re.I,
)
MATERIAL = re.compile(r"\b(wool|cotton|denim|leather|linen|silk|polyester|fleece|nylon|cashmere)\b", re.I)
STYLE = re.compile(r"\b(formal|casual|sporty|smart|elegant|relaxed|athletic)\b", re.I)


def read_attributes(request: DecisionRequest) -> PhotoAttributes:
    """Only what was measured or said: the photo's named colour, and categories/materials named in words."""
    text = request.text
    colours: list[str] = []
    if request.evidence and request.evidence.photo_colour:
        colours.append(request.evidence.photo_colour.lower())
    colours += [c.lower() for c in COLOUR.findall(text) if c.lower() not in colours]
    category = _first(CATEGORY, text)
    described = " ".join(part for part in (colours[0] if colours else None, category) if part)
    return PhotoAttributes(
        category=category,
        colours=colours[:4],
        material=_first(MATERIAL, text),
        pattern=None,
        style=_first(STYLE, text),
        description=f"a {described}" if described else "a product photo",
    )


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1).lower() if match else None
