"""The reference's colours carried over to the customer's light, region by region.

A phone's light and white balance, or a sibling colour of the product, shift each coloured region of the
item its own way (the shirt goes from blue to green while the skin stays skin). The reference's pixels are
grouped by colour (k-means in CIELAB) and each group is moved by the median difference between the
registered photo and the reference over its pixels: a shift that covers a whole region is light or colour,
not damage, and is taken away; a stain, a hole or a tear covers a minority of its region and stays.
"""

from __future__ import annotations

import cv2
import numpy as np

REGIONS = 6  # colour groups of the reference's item
SAMPLE = 1500  # pixels the groups are found on
MIN_PIXELS = 30  # a smaller group keeps its colour (too few pixels for a robust median)


def colour_regions(reference_lab: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """Each pixel's colour group (-1 off the item), from k-means on a fixed sample of the item's pixels."""
    labels = np.full(inside.shape, -1, np.int32)
    pixels = reference_lab[inside]
    if len(pixels) < REGIONS * MIN_PIXELS:
        labels[inside] = 0
        return labels
    step = max(1, len(pixels) // SAMPLE)
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_MAX_ITER, 10, 0.5)
    cv2.setRNGSeed(7)
    _compactness, _labels, centres = cv2.kmeans(  # type: ignore[call-overload]  # stubs: bestLabels may be None
        np.ascontiguousarray(pixels[::step], np.float32), REGIONS, None, criteria, 1, cv2.KMEANS_PP_CENTERS
    )
    distances = ((pixels[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1)
    labels[inside] = distances.argmin(axis=1)
    return labels


def carried_reference(photo_lab: np.ndarray, reference_lab: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """The reference as the photo's light and colours would show it (per colour group, the median shift)."""
    labels = colour_regions(reference_lab, inside)
    moved = reference_lab.copy()
    for region in range(labels.max() + 1):
        members = labels == region
        if members.sum() >= MIN_PIXELS:
            shift = np.median(photo_lab[members] - reference_lab[members], axis=0)
            moved[members] += shift
    return moved
