"""The customer's photo laid over the ordered variant's catalog photo, pixel by pixel.

Both crops (the subject's box, squared) are registered inside the reference's silhouette (ECC on their
softened grey levels, an affine map; ECC ignores the overall light), the photo's uneven light is fitted
away (a gain and offset that vary linearly across the item), and each pixel is compared with the
best-matching reference pixel a couple of pixels around (the registration is never exact). Only pixels on
the reference's item count: the reference's silhouette is clean (studio white), a customer's backdrop is
not, so the photo's own cut-out is used for nothing but the missing-piece check. A tear, a hole or a stain
is a blob the reference does not have; a piece broken off is reference silhouette the photo lacks.
"""

from __future__ import annotations

from typing import NamedTuple

import cv2
import numpy as np

from tools.catalog.defect_colour import carried_reference
from tools.catalog.photos import lab_pixels

SHIFT = 2  # pixels a match may move, each way, after registration
BLUR = 1.2  # both crops are softened alike (a phone photo is often a little blurred)
LEVEL = 12.0  # a residual (CIELAB units) above this counts as a difference
PIXEL_FEATURES = (
    "pixel_peak", "pixel_level", "pixel_area", "pixel_blob", "missing_blob", "registration",
    "region_peak",  # after each colour region's shift is taken away (defect_colour.py): the largest residual
    "region_blob",  # its largest blob above LEVEL, as a share of the item
    "region_contrast",  # the peak against the residual's own spread on the item (a spot, not a general change)
)


class PixelEvidence(NamedTuple):
    features: np.ndarray  # in the order of PIXEL_FEATURES
    residual: np.ndarray  # the softened residual after the photo's light is matched (reference coordinates)
    regional: np.ndarray  # the softened residual after each colour region's shift is taken away
    missing: np.ndarray  # reference silhouette the registered photo lacks (bool)
    inside: np.ndarray  # the reference's item, eroded (bool): where the residuals count


def pixel_features(
    photo: np.ndarray, photo_mask: np.ndarray, reference: np.ndarray, reference_mask: np.ndarray
) -> np.ndarray:
    """Evidence from the registered crops, in the order of PIXEL_FEATURES."""
    return pixel_evidence(photo, photo_mask, reference, reference_mask).features


def pixel_evidence(
    photo: np.ndarray, photo_mask: np.ndarray, reference: np.ndarray, reference_mask: np.ndarray
) -> PixelEvidence:
    """The features and the residual maps they are read from (the maps feed the cell-level comparison)."""
    side = reference.shape[0]
    matrix, score = _register(photo, reference, reference_mask)
    flags, border = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, cv2.BORDER_REPLICATE
    moved = np.asarray(cv2.warpAffine(photo, matrix, (side, side), flags=flags, borderMode=border))
    moved_mask = np.asarray(
        cv2.warpAffine(photo_mask.astype(np.uint8), matrix, (side, side), flags=flags, borderMode=border)
    ) > 0
    inside = cv2.erode(reference_mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    ours, theirs = _lab_pair(moved, reference, inside)
    residual = _nearest_residual(ours, theirs, inside)
    smooth = cv2.GaussianBlur(residual, (0, 0), 2.0)
    regional = cv2.GaussianBlur(_nearest_residual(ours, carried_reference(ours, theirs, inside), inside), (0, 0), 2.0)
    area = float(inside.sum())
    hot = (smooth > LEVEL) & inside
    missing = cv2.morphologyEx((reference_mask & ~moved_mask).astype(np.uint8), cv2.MORPH_OPEN,
                               np.ones((5, 5), np.uint8))
    features = np.asarray(
        [
            float(smooth[inside].max()) if area else 0.0,
            float(np.percentile(smooth[inside], 90)) if area else 0.0,  # the photo's general difference
            float(hot.sum() / max(area, 1.0)),
            _largest_blob(hot) / max(area, 1.0),
            _largest_blob(missing > 0) / max(float(reference_mask.sum()), 1.0),
            score,
            *_regional_features(regional, inside),
        ],
        dtype=np.float32,
    )
    return PixelEvidence(features, smooth, regional, missing > 0, inside)


def _register(photo: np.ndarray, reference: np.ndarray, reference_mask: np.ndarray) -> tuple[np.ndarray, float]:
    """The affine map taking reference coordinates to photo coordinates, and the correlation it reaches
    (found at half size on softened grey levels, over the reference's item and a margin around it)."""
    half = (reference.shape[1] // 2, reference.shape[0] // 2)
    template = cv2.GaussianBlur(cv2.resize(_grey(reference), half), (0, 0), 1.5)
    image = cv2.GaussianBlur(cv2.resize(_grey(photo), half), (0, 0), 1.5)
    region = cv2.dilate(cv2.resize(reference_mask.astype(np.uint8), half), np.ones((5, 5), np.uint8))
    best, score = np.eye(2, 3, dtype=np.float32), 0.0
    for motion in (cv2.MOTION_TRANSLATION, cv2.MOTION_AFFINE):  # the affine starts from the shift found
        try:
            found, matrix = cv2.findTransformECC(
                template, image, best.copy(), motion,
                (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 50, 1e-4), region, 5,
            )
        except cv2.error:  # no convergence (a large defect, another colour): keep what was found
            break
        if _plausible(np.asarray(matrix), half[0]):
            best, score = np.asarray(matrix, dtype=np.float32), float(found)
    matrix = best
    matrix[:, 2] *= 2
    return matrix, float(score)


def _lab_pair(photo: np.ndarray, reference: np.ndarray, inside: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Both crops softened and in CIELAB, the photo's light (L: gain and offset linear across the crop; a, b:
    offsets) fitted to the reference's."""
    ours = lab_pixels(cv2.GaussianBlur(photo, (0, 0), BLUR))
    theirs = lab_pixels(cv2.GaussianBlur(reference, (0, 0), BLUR))
    if inside.sum() > 50:
        ours = _match_light(ours, theirs, inside)
    return ours, theirs


def _regional_features(regional: np.ndarray, inside: np.ndarray) -> list[float]:
    if not inside.any():
        return [0.0, 0.0, 0.0]
    values = regional[inside]
    peak, middle, high = float(values.max()), float(np.median(values)), float(np.percentile(values, 90))
    blob = _largest_blob((regional > LEVEL) & inside) / float(inside.sum())
    return [peak, blob, (peak - middle) / (high - middle + 2.0)]


def _nearest_residual(ours: np.ndarray, theirs: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """Per pixel, the CIELAB distance to the nearest-matching reference pixel within SHIFT."""
    side = theirs.shape[0]
    padded = np.pad(theirs, ((SHIFT, SHIFT), (SHIFT, SHIFT), (0, 0)), mode="edge")
    best = np.full((side, side), np.inf, np.float32)
    for dy in range(2 * SHIFT + 1):
        for dx in range(2 * SHIFT + 1):
            distance = np.linalg.norm(ours - padded[dy : dy + side, dx : dx + side], axis=-1)
            np.minimum(best, distance, out=best)
    return np.where(inside, best, 0.0).astype(np.float32)


def _match_light(ours: np.ndarray, theirs: np.ndarray, inside: np.ndarray) -> np.ndarray:
    side = ours.shape[0]
    ys, xs = np.mgrid[0:side, 0:side].astype(np.float32) / side
    y, x = ys[inside], xs[inside]
    light = ours[..., 0][inside]
    design = np.stack([light, light * x, light * y, np.ones_like(x), x, y], axis=1)
    keep = np.ones(len(light), bool)
    for _ in range(2):  # refit without the worst fifth: a stain or a hole must not set the light
        coef, *_ = np.linalg.lstsq(design[keep], theirs[..., 0][inside][keep], rcond=None)
        error = np.abs(design @ coef - theirs[..., 0][inside])
        keep = error <= np.percentile(error, 80)
    full = np.stack([ours[..., 0], ours[..., 0] * xs, ours[..., 0] * ys, np.ones_like(xs), xs, ys], axis=-1)
    matched = ours.copy()
    matched[..., 0] = full @ coef
    for channel in (1, 2):
        matched[..., channel] += np.median((theirs[..., channel] - ours[..., channel])[inside][keep])
    return matched


def _plausible(matrix: np.ndarray, side: int) -> bool:
    """A phone's angle moves and scales the item a little: reject maps that fold or fling it away."""
    linear = matrix[:, :2]
    return bool(np.abs(linear - np.eye(2)).max() < 0.3 and np.abs(matrix[:, 2]).max() < 0.25 * side)


def _grey(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)


def _largest_blob(mask: np.ndarray) -> float:
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    return float(stats[1:, cv2.CC_STAT_AREA].max()) if count > 1 else 0.0
