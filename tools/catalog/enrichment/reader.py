"""The attribute reader: every photo of a product (each colourway's views) -> suggested attribute values,
each with a confidence in 0..1.

Product attributes (category, gender, style, pattern) pool the heads' probabilities over all the product's
photos (the mean log-probability: a view that is sure counts more than a vague one); colours are read on
each colourway's main view (COLOUR_VIEWS), a product's colourways as different colours (distinct_colours).
What applies follows the category read: a bag gets a gear
category and no gender, a top a `style_general`, a bottom a `style_bottom` and a length.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, Field
from scipy.optimize import linear_sum_assignment

from tools.catalog.colour import GarmentRegion, region_for_category
from tools.catalog.colour_model import ColourModel
from tools.catalog.efficientnet_lite import EfficientNetLite0
from tools.catalog.enrichment.colour_head import shipped_colour_head
from tools.catalog.enrichment.features import PhotoFeatures, colour_features, palette_shares, photo_features
from tools.catalog.enrichment.heads import STYLES, TYPE_HEAD, EnrichmentHeads, shipped_heads
from tools.catalog.enrichment.labels import Attribute, applies, category_type, gender_of, length_of
from tools.catalog.photos import ImageInput

# Views of a colourway whose colours are read: the catalog names a colourway after its main photo (first);
# back and detail views show other parts (trim, lining). Out of fold, the main view alone: colour accuracy
# 0.893, macro recall 0.771; the first two: 0.873 / 0.755; every view: 0.875 / 0.758 (evals/enrichment).
COLOUR_VIEWS = 1
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
    pooled = {name: dict(zip(head.classes, pooled_views(heads.probabilities(name, rows)), strict=True))
              for name, head in heads.heads.items()}
    categories = category_probabilities(heads.categories, pooled[TYPE_HEAD], pooled[Attribute.GENDER.value])
    category = max(categories, key=lambda c: categories[c])
    suggestions = [_suggest(Attribute.CATEGORY, category, categories[category])]
    if gender := gender_of(category):
        suggestions.append(_suggest(Attribute.GENDER, gender, pooled[Attribute.GENDER.value].get(gender, 0.0)))
    for style in STYLES:
        if applies(Attribute(style), category):
            weighed = style_probabilities(pooled[style], categories, heads.style_categories.get(style, {}))
            value = max(weighed, key=lambda v: weighed[v])
            suggestions.append(_suggest(Attribute(style), value, weighed[value]))
    if applies(Attribute.PATTERN, category):
        patterns = pooled[Attribute.PATTERN.value]
        value = max(patterns, key=lambda v: patterns[v])
        suggestions.append(_suggest(Attribute.PATTERN, value, patterns[value]))
    if applies(Attribute.GEAR_CATEGORY, category):
        suggestions.append(_suggest(Attribute.GEAR_CATEGORY, category.split("/", 1)[1], categories[category]))
    if applies(Attribute.LENGTH, category):
        bottom = next((s for s in suggestions if s.attribute == Attribute.STYLE_BOTTOM), None)
        if length := length_of(category, bottom.value if bottom else None):
            sure = bottom.confidence if bottom and length == "Capri" else 1.0
            suggestions.append(_suggest(Attribute.LENGTH, length, categories[category] * sure))
    region = region_for_category(category)
    model = colour_model or shipped_colour_head()
    ways = [photos for photos in colourways.values() if photos]
    readings = [colourway_probabilities(photos, region, model) for photos in ways]
    for photos, probabilities, best in zip(ways, readings, distinct_colours(readings), strict=True):
        suggestions += colourway_colours(photos, region, model, probabilities, best)
    return suggestions


def colourway_probabilities(photos: Sequence[PhotoEvidence], region: GarmentRegion, model: ColourModel) -> np.ndarray:
    """The colour reader's probabilities for one colourway, pooled over its first COLOUR_VIEWS views."""
    return pooled_views(model.probabilities(np.stack([e.colour(region) for e in photos[:COLOUR_VIEWS]])))


def distinct_colours(readings: Sequence[np.ndarray]) -> list[int]:
    """The colour (index) of each of a product's colourways: the jointly most probable reading in which no two
    colourways share a colour (a product's colourways are its different colours, so two read alike means one
    is misread: a black and a charcoal colourway are Black and Gray, not both Black). Each colourway's own
    most probable colour when the product has one colourway, or more colourways than colours."""
    if len(readings) < 2 or len(readings) > len(readings[0]):
        return [int(np.argmax(p)) for p in readings]
    cost = -np.log(np.clip(np.stack(readings), _FLOOR, 1.0))
    ways, colours = linear_sum_assignment(cost)
    chosen = dict(zip(ways.tolist(), colours.tolist(), strict=True))
    return [chosen[k] for k in range(len(readings))]


def colourway_colours(
    photos: Sequence[PhotoEvidence], region: GarmentRegion, model: ColourModel | None,
    probabilities: np.ndarray | None = None, best: int | None = None,
) -> list[Suggestion]:
    """The dominant colour of one colourway (`best` of its `probabilities`, by default the colour reader's
    most probable over its first COLOUR_VIEWS views) and a secondary colour where the garment's clusters show
    one over SECONDARY_SHARE of its pixels."""
    if not photos or model is None:
        return []
    if probabilities is None:
        probabilities = colourway_probabilities(photos, region, model)
    best = int(np.argmax(probabilities)) if best is None else best
    dominant = model.names[best]
    photo = photos[0].name
    found = [Suggestion(attribute=Attribute.COLOUR, value=dominant, confidence=_round(probabilities[best]),
                        photo=photo)]
    shares: dict[str, float] = {}
    for evidence in photos[:COLOUR_VIEWS]:
        for name, share in evidence.palette(region).items():
            shares[name] = shares.get(name, 0.0) + share / len(photos[:COLOUR_VIEWS])
    others = {name: share for name, share in shares.items() if name != dominant and share >= SECONDARY_SHARE}
    if others:
        name = max(others, key=lambda n: others[n])
        found.append(Suggestion(attribute=Attribute.SECONDARY_COLOUR, value=name, confidence=_round(others[name]),
                                photo=photo))
    return found


def pooled_views(probabilities: np.ndarray) -> np.ndarray:
    """One distribution from several views: the normalised geometric mean of their probabilities."""
    logs = np.log(np.clip(np.atleast_2d(probabilities), _FLOOR, 1.0)).mean(axis=0)
    p = np.exp(logs - logs.max())
    return p / p.sum()


def category_probabilities(
    categories: Sequence[str], types: Mapping[str, float], genders: Mapping[str, float]
) -> dict[str, float]:
    """Each category path's probability: its type's, times twice its gender's for apparel (gear paths have no
    gender level: factor 1, as for a gender the head is undecided about), normalised."""
    raw = {}
    for path in categories:
        gender = gender_of(path)
        factor = 2.0 * genders.get(gender, 0.0) if gender else 1.0
        raw[path] = types.get(category_type(path), 0.0) * factor
    total = sum(raw.values()) or 1.0
    return {path: p / total for path, p in raw.items()}


def style_probabilities(
    styles: Mapping[str, float], categories: Mapping[str, float], seen_with: Mapping[str, Sequence[str]]
) -> dict[str, float]:
    """A style's probability as a mixture over categories: each category's probability shared among the
    styles seen with it in training, in proportion to the style head (a category seen with one style, Tees,
    gives it all; a Hoodies & Sweatshirts reading is split by the head). The head alone where none apply."""
    mixed = dict.fromkeys(styles, 0.0)
    for category, p_category in categories.items():
        allowed = [v for v in styles if category in seen_with.get(v, ())]
        total = sum(styles[v] for v in allowed)
        for value in allowed:
            mixed[value] += p_category * (styles[value] / total if total > 0 else 1.0 / len(allowed))
    norm = sum(mixed.values())
    if norm <= 0:
        return dict(styles)
    return {v: p / norm for v, p in mixed.items()}


def _suggest(attribute: Attribute, value: str, confidence: float) -> Suggestion:
    return Suggestion(attribute=attribute, value=value, confidence=_round(confidence))


def _round(value: float) -> float:
    return round(min(max(float(value), 0.0), 1.0), 4)
