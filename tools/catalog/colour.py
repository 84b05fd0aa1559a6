"""Naming the dominant garment colour of a photo (background and skin removed), in CIELAB terms.

The garment's pixels are clustered and each cluster named by a hand-set CIELAB palette (`name_colour`);
a small classifier fitted on the catalog's labelled photos (tools/catalog/colour_model.py) then reads those
names together with the lightness/chroma/hue histograms of the whole garment and of its core (the garment
less its trim: the band along its outline and the wearer's skin) and makes the final call. Without the
fitted file the palette's heaviest name wins.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np
from pydantic import BaseModel

from tools.catalog.colour_features import colour_features, skin_toned
from tools.catalog.colour_model import shipped_colour_model
from tools.catalog.photos import Cutout, ImageInput, cut_out


class GarmentRegion(StrEnum):
    """Where in the subject the garment sits: tops in the upper body, bottoms in the lower body."""

    UPPER = "upper"
    LOWER = "lower"
    WHOLE = "whole"


# Share of the subject's height (from its top) each region covers: the head sits above UPPER, and the
# catalog photographs bottoms from the waist down.
REGION_ROWS = {
    GarmentRegion.UPPER: (0.18, 0.52),
    GarmentRegion.LOWER: (0.02, 0.45),
    GarmentRegion.WHOLE: (0.0, 1.0),
}
SKIN_WEIGHT = 0.25
# The garment's core lies deeper than this share of the subject's bounding box (its shorter side) from the
# subject's outline and from the wearer's skin; the band outside it holds the thin parts a colourway may be
# named after (edges, straps, piping, waistbands, cuffs): its trim.
CORE_DEPTH = 0.06
MIN_PIXELS = 50  # fewer than this and a region is too small to describe: the wider region stands in
# Upper ends of the HSV hue (degrees) of each chromatic catalog colour; red wraps around.
HUE_NAMES = (
    ("Red", 12.0),
    ("Orange", 42.0),
    ("Yellow", 70.0),
    ("Green", 170.0),
    ("Blue", 255.0),
    ("Purple", 335.0),
)


@dataclass(frozen=True)
class AchromaticCuts:
    """Where Black, Gray and White end in CIELAB: below `chroma` (or, when darker than `dark_lightness`,
    below `dark_chroma`) a colour has no hue; then lightness picks Black, Gray or White."""

    chroma: float = 11.0
    dark_lightness: float = 22.0
    dark_chroma: float = 18.0
    black_lightness: float = 26.0
    white_lightness: float = 82.0


# Hand-set cuts of the palette (the classifier's fallback and one of its inputs).
CUTS = AchromaticCuts()


class ColourReading(BaseModel):
    """A photo's dominant colour: its catalog name, how sure the reading is (0..1) and its CIELAB value."""

    name: str
    confidence: float
    lab: tuple[float, float, float]
    share: float  # share of the garment pixels in the winning colour cluster


def region_for_category(category_path: str | None) -> GarmentRegion:
    """The garment region implied by a catalog category path such as `Men/Bottoms/Pants`."""
    path = (category_path or "").lower()
    if "/bottoms" in path:
        return GarmentRegion.LOWER
    if "/tops" in path:
        return GarmentRegion.UPPER
    return GarmentRegion.WHOLE


def name_colour(lab: tuple[float, float, float] | np.ndarray, cuts: AchromaticCuts = CUTS) -> str:
    """The catalog colour name (Black, Gray, White, Red, ...) of one CIELAB colour.

    Lightness and chroma decide the achromatic names; the hue is read in HSV of the sRGB colour, whose
    hue circle separates blue from purple better than CIELAB's (saturated blues sit at h=306 in Lab).
    """
    lightness, a, b = (float(v) for v in lab)
    chroma = math.hypot(a, b)
    if chroma < cuts.chroma or (lightness < cuts.dark_lightness and chroma < cuts.dark_chroma):
        if lightness < cuts.black_lightness:
            return "Black"
        return "White" if lightness > cuts.white_lightness else "Gray"
    lab_hue = math.degrees(math.atan2(b, a)) % 360
    if _catalog_purple(lightness, chroma, lab_hue):
        return "Lavender" if lightness > 80 and chroma < 15 else "Purple"
    if 130 <= lab_hue < 190:
        return "Green"  # teal-greens; HSV puts some of them past cyan
    hue, saturation, value = _hsv(lightness, a, b)
    if 12 <= hue < 45 and value < 0.45:
        return "Brown"
    for name, end in HUE_NAMES:
        if hue < end:
            return "Lavender" if name == "Purple" and saturation < 0.3 and value > 0.8 else name
    return "Red"


def _catalog_purple(lightness: float, chroma: float, lab_hue: float) -> bool:
    # Saturated sRGB blues and the catalog's purples share CIELAB hues near 300 degrees: purples sit a
    # little higher (302-312) and are less saturated; muted heather purples are light and greyish.
    if not 285 <= lab_hue < 330:
        return False
    return lab_hue >= 306 or (lab_hue >= 302.5 and chroma < 60) or (chroma < 35 and lightness > 45)


def _hsv(lightness: float, a: float, b: float) -> tuple[float, float, float]:
    lab8 = np.array([[[lightness * 255 / 100, a + 128, b + 128]]], dtype=np.float32).clip(0, 255)
    rgb = cv2.cvtColor(cv2.cvtColor(lab8.astype(np.uint8), cv2.COLOR_LAB2RGB), cv2.COLOR_RGB2HSV_FULL)
    hue, saturation, value = (float(v) for v in rgb[0, 0])
    return hue * 360 / 256, saturation / 255, value / 255


def read_colour(
    photo: ImageInput | Cutout, region: GarmentRegion = GarmentRegion.WHOLE, cuts: AchromaticCuts = CUTS
) -> ColourReading:
    """Name the dominant colour of the garment in a photo.

    The background is removed from the photo's border inwards, skin-toned pixels count for less, and the
    remaining pixels of the garment region are clustered and described; the shipped classifier names the
    colour (its probability is the confidence), else the palette name with the most cluster weight wins.
    """
    cutout = photo if isinstance(photo, Cutout) else cut_out(photo)
    centres, weights, features = _described(cutout, region, cuts)
    model = shipped_colour_model()
    if model is None:
        return dominant_colour(centres, weights, cuts)
    probabilities = model.probabilities(features)
    best = int(np.argmax(probabilities))
    return _reading(model.names[best], float(probabilities[best]), centres, weights, cuts)


def features_of(cutout: Cutout, region: GarmentRegion = GarmentRegion.WHOLE, cuts: AchromaticCuts = CUTS) -> np.ndarray:
    """The classifier's feature vector for a photo's garment (what `read_colour` feeds the model)."""
    return _described(cutout, region, cuts)[2]


def _described(
    cutout: Cutout, region: GarmentRegion, cuts: AchromaticCuts
) -> tuple[np.ndarray, list[float], np.ndarray]:
    """The garment's colour clusters (centres, weights) and the classifier's features of them: one path for
    reading a photo and for building the classifier's training samples, so the two cannot drift apart."""
    garment, core = garment_masks(cutout, region)
    centres, weights = _weighted_clusters(cutout.lab[garment])
    names = cluster_names(centres, weights, cuts)
    return centres, weights, colour_features(cutout.lab[garment], names, cutout.lab[core])


def cluster_names(centres: np.ndarray, weights: list[float], cuts: AchromaticCuts = CUTS) -> dict[str, float]:
    """Palette name -> total weight of the clusters that carry it."""
    totals: dict[str, float] = {}
    for centre, weight in zip(centres, weights, strict=True):
        name = name_colour(centre, cuts)
        totals[name] = totals.get(name, 0.0) + weight
    return totals


def garment_colours(cutout: Cutout, region: GarmentRegion) -> tuple[np.ndarray, list[float]]:
    """CIELAB centres of the garment's colour clusters and their weights (summing to 1)."""
    return _weighted_clusters(cutout.lab[_garment_mask(cutout, region)])


def _weighted_clusters(pixels: np.ndarray) -> tuple[np.ndarray, list[float]]:
    centres, weights = _clusters(pixels)
    # Skin-toned clusters (arms, legs, faces) count for less; orange and yellow garments, more saturated
    # than skin, keep their full weight.
    weights = [w * (SKIN_WEIGHT if _looks_like_skin(c) else 1.0) for c, w in zip(centres, weights, strict=True)]
    total = sum(weights) or 1.0
    return centres, [w / total for w in weights]


def dominant_colour(centres: np.ndarray, weights: list[float], cuts: AchromaticCuts = CUTS) -> ColourReading:
    """The colour name carrying the most cluster weight, with its heaviest cluster as the CIELAB value."""
    totals = cluster_names(centres, weights, cuts)
    winner = max(totals, key=lambda n: totals[n])
    return _reading(winner, totals[winner], centres, weights, cuts)


def _reading(
    name: str, confidence: float, centres: np.ndarray, weights: list[float], cuts: AchromaticCuts
) -> ColourReading:
    # The CIELAB value is the heaviest cluster the palette also calls `name`; when the classifier names a
    # colour no cluster carries (a trim colour), the heaviest cluster overall.
    named = [i for i, c in enumerate(centres) if name_colour(c, cuts) == name]
    best = max(named or range(len(centres)), key=lambda i: weights[i])
    centre = centres[best]
    return ColourReading(
        name=name,
        confidence=round(confidence, 3),
        lab=(round(float(centre[0]), 1), round(float(centre[1]), 1), round(float(centre[2]), 1)),
        share=round(float(weights[best]), 3),
    )


def _garment_mask(cutout: Cutout, region: GarmentRegion) -> np.ndarray:
    # Eroding drops the anti-aliased rim where garment and background blend.
    mask = cv2.erode(cutout.mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    if mask.sum() < MIN_PIXELS:
        mask = cutout.mask
    top, bottom, _left, _right = cutout.box()
    start, stop = REGION_ROWS[region]
    height = bottom - top
    band = np.zeros_like(mask)
    band[top + int(start * height) : top + max(1, int(stop * height))] = True
    garment = mask & band
    if garment.sum() < MIN_PIXELS:
        garment = mask
    return garment


def garment_masks(cutout: Cutout, region: GarmentRegion = GarmentRegion.WHOLE) -> tuple[np.ndarray, np.ndarray]:
    """The garment region's mask and its core's: the region less the band along the subject's outline and
    the wearer's skin, so the classifier sees the body's colour apart from the trim's (a colourway may be
    named after either)."""
    garment = _garment_mask(cutout, region)
    return garment, _core_mask(cutout, garment)


def _core_mask(cutout: Cutout, garment: np.ndarray) -> np.ndarray:
    # A worn garment's trim borders the wearer's skin (a waistband at the waist, cuffs and collars at arms
    # and neck) as much as the backdrop, so both are outlines. Where a region cuts across the subject (a
    # top's lower edge at the waist) is none, nor is the photo's frame (a cropped garment goes on).
    top, bottom, left, right = cutout.box()
    depth = max(2.0, CORE_DEPTH * min(bottom - top, right - left))
    clothed = cutout.mask & ~_skin_mask(cutout.lab)
    inside = cv2.distanceTransform(clothed.astype(np.uint8), cv2.DIST_L2, 5) > depth
    core = garment & inside
    return core if core.sum() >= MIN_PIXELS else garment


def _skin_mask(lab: np.ndarray) -> np.ndarray:
    # Opening drops isolated skin-toned pixels (a garment's shading) and keeps arms, legs, waists and necks.
    skin = skin_toned(lab).astype(np.uint8)
    return cv2.morphologyEx(skin, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8)).astype(bool)


def _looks_like_skin(lab: np.ndarray) -> bool:
    return bool(skin_toned(np.asarray(lab, dtype=np.float64)))


def _clusters(pixels: np.ndarray, k: int = 4) -> tuple[np.ndarray, list[float]]:
    data = pixels.astype(np.float32)
    k = max(1, min(k, len(data)))
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.5)
    cv2.setRNGSeed(7)  # k-means starts are seeded so a photo always reads the same
    _compactness, labels, centres = cv2.kmeans(
        data,
        k,
        None,
        criteria,
        2,
        cv2.KMEANS_PP_CENTERS,  # type: ignore[call-overload]
    )
    counts = np.bincount(labels.ravel(), minlength=k).astype(float)
    return centres, list(counts / counts.sum())
