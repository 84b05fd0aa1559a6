"""The attribute reader: every photo of a product (each colourway's views) -> suggested attribute values,
each with a confidence in 0..1.

Product attributes (category, gender, style, pattern) pool the heads' probabilities over all the product's
photos (the mean log-probability: a view that is sure counts more than a vague one); colours pool the colour
reader's probabilities over one colourway's views. What applies follows the category read: a bag gets a gear
category and no gender, a top a `style_general`, a bottom a `style_bottom` and a length.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, Field

from tools.catalog.colour import GarmentRegion, region_for_category
from tools.catalog.colour_model import ColourModel, shipped_colour_model
from tools.catalog.efficientnet_lite import EfficientNetLite0
from tools.catalog.enrichment.features import PhotoFeatures, colour_features, palette_shares, photo_features
from tools.catalog.enrichment.heads import EnrichmentHeads, shipped_heads
from tools.catalog.enrichment.labels import Attribute, applies, gender_of, length_of
from tools.catalog.photos import ImageInput

SECONDARY_SHARE = 0.15  # a second colour must cover this share of the garment's pixels to be suggested
_FLOOR = 1e-6


class Suggestion(BaseModel):
    """One attribute value read from the photos."""

    attribute: Attribute
    value: str
    confidence: float = Field(ge=0.0, le=1.0)
    photo: str | None = None  # for colours, the colourway's first photo (its colour belongs to that view)


@dataclass(frozen=True)
class PhotoEvidence:
    """What the reader needs of one photo: network features and, per garment region, colour features and the
    palette's pixel shares (computed on demand: only the region the category implies is read)."""

    name: str | None
    network: np.ndarray
    colour: Callable[[GarmentRegion], np.ndarray]
    palette: Callable[[GarmentRegion], dict[str, float]]


def evidence_of(features: PhotoFeatures, name: str | None = None) -> PhotoEvidence:
    return PhotoEvidence(
        name=name,
        network=features.network,
        colour=lambda region: colour_features(features, region),
        palette=lambda region: palette_shares(features, region),
    )


def read_product(
    colourways: Mapping[str, Sequence[tuple[str, ImageInput]]],
    *,
    heads: EnrichmentHeads | None = None,
    colour_model: ColourModel | None = None,
    network: EfficientNetLite0 | None = None,
) -> list[Suggestion]:
    """Suggestions for one product from its photos: colourway -> [(photo name, photo)]."""
    evidence = {
        key: [evidence_of(f, name) for f, (name, _) in zip(photo_features([p for _, p in photos], network), photos,
                                                            strict=True)]
        for key, photos in colourways.items()
    }
    return read_evidence(evidence, heads=heads, colour_model=colour_model)


def read_photo(photo: ImageInput, *, network: EfficientNetLite0 | None = None) -> list[Suggestion]:
    """Suggestions from a single photo (a customer's): what it is and its colours."""
    return read_product({"photo": [("photo", photo)]}, network=network)


def read_evidence(
    colourways: Mapping[str, Sequence[PhotoEvidence]],
    *,
    heads: EnrichmentHeads | None = None,
    colour_model: ColourModel | None = None,
) -> list[Suggestion]:
    """Suggestions from the evidence of a product's photos, grouped by colourway."""
    heads = heads or shipped_heads()
    everything = [e for photos in colourways.values() for e in photos]
    if not everything:
        return []
    rows = np.stack([e.network for e in everything])
    pooled = {attribute: _pooled(heads.probabilities(attribute, rows)) for attribute in heads.heads}
    named = {attribute: heads.heads[attribute].classes for attribute in heads.heads}
    category, category_confidence = _category(pooled, named)
    suggestions = [Suggestion(attribute=Attribute.CATEGORY, value=category, confidence=category_confidence)]
    for attribute in (Attribute.GENDER, Attribute.STYLE_GENERAL, Attribute.STYLE_BOTTOM, Attribute.PATTERN):
        if applies(attribute, category) and attribute in pooled:
            suggestions.append(_best(attribute, named[attribute], pooled[attribute]))
    if gender := gender_of(category):
        suggestions = [s for s in suggestions if s.attribute != Attribute.GENDER]
        gender_confidence = _gender_confidence(pooled, named, gender)
        suggestions.insert(1, Suggestion(attribute=Attribute.GENDER, value=gender, confidence=gender_confidence))
    if applies(Attribute.GEAR_CATEGORY, category):
        suggestions.append(
            Suggestion(attribute=Attribute.GEAR_CATEGORY, value=category.split("/", 1)[1],
                       confidence=category_confidence)
        )
    if applies(Attribute.LENGTH, category):
        bottom = next((s for s in suggestions if s.attribute == Attribute.STYLE_BOTTOM), None)
        length = length_of(category, bottom.value if bottom else None)
        if length:
            confidence = category_confidence * (bottom.confidence if bottom and length == "Capri" else 1.0)
            suggestions.append(Suggestion(attribute=Attribute.LENGTH, value=length, confidence=round(confidence, 4)))
    region = region_for_category(category)
    model = colour_model or shipped_colour_model()
    for photos in colourways.values():
        suggestions += colourway_colours(photos, region, model)
    return suggestions


def colourway_colours(
    photos: Sequence[PhotoEvidence], region: GarmentRegion, model: ColourModel | None
) -> list[Suggestion]:
    """The dominant colour of one colourway (the colour reader's probabilities pooled over its views) and a
    secondary colour where the garment's clusters show one over SECONDARY_SHARE of its pixels."""
    if not photos or model is None:
        return []
    probabilities = _pooled(model.probabilities(np.stack([e.colour(region) for e in photos])))
    best = int(np.argmax(probabilities))
    dominant = model.names[best]
    photo = photos[0].name
    found = [Suggestion(attribute=Attribute.COLOUR, value=dominant, confidence=_round(probabilities[best]),
                        photo=photo)]
    shares: dict[str, float] = {}
    for evidence in photos:
        for name, share in evidence.palette(region).items():
            shares[name] = shares.get(name, 0.0) + share / len(photos)
    others = {name: share for name, share in shares.items() if name != dominant and share >= SECONDARY_SHARE}
    if others:
        name = max(others, key=lambda n: others[n])
        found.append(Suggestion(attribute=Attribute.SECONDARY_COLOUR, value=name, confidence=_round(others[name]),
                                photo=photo))
    return found


def _pooled(probabilities: np.ndarray) -> np.ndarray:
    """One distribution from several views: the normalised geometric mean of their probabilities."""
    logs = np.log(np.clip(np.atleast_2d(probabilities), _FLOOR, 1.0)).mean(axis=0)
    p = np.exp(logs - logs.max())
    return p / p.sum()


def _category(pooled: Mapping[Attribute, np.ndarray], named: Mapping[Attribute, list[str]]) -> tuple[str, float]:
    """The category path, its gender level agreeing with the gender head: the category head's probability of
    an apparel path times twice the gender head's for its gender (1 where the gender head is undecided)."""
    classes = named[Attribute.CATEGORY]
    probabilities = pooled[Attribute.CATEGORY].copy()
    genders = dict(zip(named[Attribute.GENDER], pooled[Attribute.GENDER], strict=True))
    for i, path in enumerate(classes):
        if (gender := gender_of(path)) in genders:
            probabilities[i] *= 2.0 * genders[gender]
    probabilities /= probabilities.sum()
    best = int(np.argmax(probabilities))
    return classes[best], _round(probabilities[best])


def _gender_confidence(
    pooled: Mapping[Attribute, np.ndarray], named: Mapping[Attribute, list[str]], gender: str
) -> float:
    genders = dict(zip(named[Attribute.GENDER], pooled[Attribute.GENDER], strict=True))
    return _round(genders.get(gender, 0.0))


def _best(attribute: Attribute, classes: list[str], probabilities: np.ndarray) -> Suggestion:
    best = int(np.argmax(probabilities))
    return Suggestion(attribute=attribute, value=classes[best], confidence=_round(probabilities[best]))


def _round(value: float) -> float:
    return round(min(max(float(value), 0.0), 1.0), 4)
