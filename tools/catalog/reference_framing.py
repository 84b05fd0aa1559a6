"""The ordered variant's catalog view laid over the customer's photo: which view the photo shows, and that view
moved into the photo's frame (turned, scaled, shifted), before the damage reader compares the two.

The damage reader compares cell by cell within a small window. A phone photo of an undamaged item is turned a
few degrees, cropped or zoomed, or shows the back while the reference is the front: every cell then differs a
little from the reference, which reads as damage (a 4-degree tilt alone scored 0.78-0.98 on demo catalog
photos, above the defect cut). Matching local features (SIFT) between the photo and each catalog view of the
ordered colour finds the view the photo shows and a similarity transform (turn, one scale, shift: never a
squeeze, so a crushed item is not straightened) that lays it over the photo; what the view does not cover (a
tilted photo's corners, more of the backdrop) is taken from the photo itself, so only the item is compared. A
local defect is a small part of the item: the transform is fitted on the rest (RANSAC), and the defect stays a
difference. Another product, a drawing or a crushed item matches too few features: no framing, and the
reader compares with the main view as it is.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import cv2
import numpy as np
from PIL import Image

from tools.catalog.defect_colour import carried_reference
from tools.catalog.photos import ImageInput, lab_pixels, open_photo

SIDE = 400  # long side the features are found at (a small catalog view is scaled up to it)
MIN_INLIERS = 10  # matches the transform must explain
MIN_INLIER_SHARE = 0.25  # of the matches that passed the ratio test
SCALE_RANGE = (0.4, 2.5)  # the photo's item against the view's, plausible for a phone photo
MAX_TURN = 35.0  # degrees
BEND = 0.30  # a perspective may move the photo's corners this share of its side away from the similarity
RATIO = 0.8  # Lowe's ratio test
# The photo's own margin is kept as it is in the laid-over view: a tilted shot's corners (the backdrop), a
# perspective's reflected edge or the frame cutting the item differ from any view there and are not damage.
MARGIN = 0.10
SOFTEN = 2.5  # Gaussian sigma (pixels at SIDE) of the second, softened try
STUDIO_WHITE = 25  # a catalog view's item: darker than its studio white by more than this
RESIDUAL_SIDE = 256  # long side the residual is read at
RESIDUAL_LEVEL = 14.0  # CIELAB distance that counts as a difference
SHIFT = 2  # pixels a match may move each way
RESIDUAL_BLUR = 1.2  # Gaussian sigma (pixels at RESIDUAL_SIDE) both are softened by
# framed_peaks: the same residual at a finer scale too, and a level only a hole or a dark spot reaches
FINE_SIDE = 512  # long side (at most the photo's own)
FINE_BLUR = 0.8
FINE_SHIFT = 3
STRONG_LEVEL = 30.0
PEAK_FLOOR = 1e-4
SPOT_SIGMA = 1.5  # pixels the residual is softened over before its most differing spot is read
PEAK_FEATURES = ("blob", "blob_strong", "fine_blob", "fine_blob_strong", "fine_peak", "spot", "fine_spot")
LEVEL_BIN = 8  # reference grey levels per step of the tone curve
LIGHT_SIGMA = 0.15  # the light's gain field varies over this share of the photo's side, no faster
_LOCK = threading.Lock()


class Framing(NamedTuple):
    """The view laid over the photo (the photo's size, in the photo's light) and how well it matched."""

    reference: Image.Image
    item: np.ndarray  # bool, the photo's size: the view's item where it was laid (outside the photo's margin)
    view: int  # index of the view in the list given
    inliers: int
    scale: float
    turn: float  # degrees


class _Features(NamedTuple):
    points: np.ndarray  # (n, 2) at SIDE
    descriptors: np.ndarray | None
    factor: float  # SIDE-scale coordinates x factor = the image's own pixels


@functools.cache
def _sift() -> cv2.SIFT:
    return cv2.SIFT_create(nfeatures=600)  # type: ignore[attr-defined]  # (missing from OpenCV's stubs)


def _features(image: Image.Image, soften: float = 0.0) -> _Features:
    # at SIDE whatever the photo's size: a small catalog view scaled up gives SIFT enough keypoints to match
    factor = SIDE / max(image.size)
    small = image.resize((max(1, round(image.width * factor)), max(1, round(image.height * factor))),
                         Image.Resampling.BICUBIC if factor > 1 else Image.Resampling.BILINEAR)
    grey = cv2.cvtColor(np.asarray(small), cv2.COLOR_RGB2GRAY)
    if soften:
        grey = cv2.GaussianBlur(grey, (0, 0), soften)
    with _LOCK:  # OpenCV's SIFT object is shared between threads
        keypoints, descriptors = _sift().detectAndCompute(grey, None)
    points = np.asarray([k.pt for k in keypoints], dtype=np.float32).reshape(-1, 2)
    return _Features(points, descriptors, image.width / small.width)


@functools.lru_cache(maxsize=256)
def _view_features(path: str, soften: float = 0.0) -> tuple[Image.Image, _Features]:
    """A catalog view and its features, kept: the same ordered variant comes back in many complaints."""
    image = open_photo(Path(path), 1 << 30)
    return image, _features(image, soften)


def frame_reference(photo: ImageInput, views: Sequence[ImageInput]) -> Framing | None:
    """The view among `views` (catalog photos of the ordered colour) the photo shows, laid over the photo; None
    when no view matches it plausibly. A blurred photo (out of focus, shaken) that matches no view is tried
    again against the views softened (SOFTEN) as the photo is: its fine keypoints are gone, the coarser match."""
    image = open_photo(photo, 1 << 30)
    mine = _features(image)
    if mine.descriptors is None or len(mine.points) < MIN_INLIERS:
        return None
    best = _best_view(mine, views, 0.0) or _best_view(mine, views, SOFTEN)
    if best is None:
        return None
    inliers, number, matrix, reference = best
    scale = float(np.hypot(matrix[0, 0], matrix[1, 0]))
    turn = float(np.degrees(np.arctan2(matrix[1, 0], matrix[0, 0])))
    laid, item = _laid_over(reference, image, matrix)
    return Framing(laid, item, number, inliers, scale, turn)


def _best_view(mine: _Features, views: Sequence[ImageInput], soften: float
               ) -> tuple[int, int, np.ndarray, Image.Image] | None:
    """(inliers, view number, the map from it to the photo, the view) of the view matching most features."""
    best: tuple[int, int, np.ndarray, Image.Image] | None = None
    for number, view in enumerate(views):
        reference, theirs = _view_features(str(view), soften) if isinstance(view, str | Path) else _loaded(view, soften)
        fitted = _similarity(theirs, mine)
        if fitted is not None and (best is None or fitted[0] > best[0]):
            best = (fitted[0], number, fitted[1], reference)
    return best


def _loaded(view: ImageInput, soften: float) -> tuple[Image.Image, _Features]:
    image = open_photo(view, 1 << 30)
    return image, _features(image, soften)


def _similarity(view: _Features, photo: _Features) -> tuple[int, np.ndarray] | None:
    """(inliers, the 3x3 map from the view's pixels to the photo's) when plausible: a similarity (turn, one
    scale, shift) found by RANSAC, then refined to a perspective (the phone held at an angle) that stays within
    BEND of it at the photo's corners, never a squeeze."""
    if view.descriptors is None or photo.descriptors is None or len(view.points) < 2:
        return None
    pairs = cv2.BFMatcher(cv2.NORM_L2).knnMatch(view.descriptors, photo.descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
    if len(good) < MIN_INLIERS:
        return None
    source = view.points[[m.queryIdx for m in good]] * view.factor
    target = photo.points[[m.trainIdx for m in good]] * photo.factor
    threshold = 0.02 * SIDE * photo.factor  # 2 % of the photo's long side
    matrix, mask = cv2.estimateAffinePartial2D(source, target, method=cv2.RANSAC,
                                               ransacReprojThreshold=threshold, maxIters=2000, confidence=0.99)
    if matrix is None or mask is None:
        return None
    inliers = int(mask.sum())
    scale = float(np.hypot(matrix[0, 0], matrix[1, 0]))
    turn = abs(float(np.degrees(np.arctan2(matrix[1, 0], matrix[0, 0]))))
    if not (inliers >= MIN_INLIERS and inliers >= MIN_INLIER_SHARE * len(good)
            and SCALE_RANGE[0] <= scale <= SCALE_RANGE[1] and turn <= MAX_TURN):
        return None
    similar = np.vstack([matrix, [0.0, 0.0, 1.0]])
    return inliers, _bent(source, target, similar, threshold, photo.factor * SIDE)


def _bent(source: np.ndarray, target: np.ndarray, similar: np.ndarray, threshold: float, side: float) -> np.ndarray:
    """The perspective refinement of `similar` when it explains the matches and bends the frame only a little."""
    if len(source) < 8:
        return similar
    bent, mask = cv2.findHomography(source, target, cv2.RANSAC, threshold)
    if bent is None or mask is None or int(mask.sum()) < MIN_INLIERS:
        return similar
    corners = np.asarray([[0, 0], [side, 0], [side, side], [0, side]], dtype=np.float32).reshape(-1, 1, 2)
    inverse = np.linalg.inv(similar)
    back = cv2.perspectiveTransform(corners, inverse)  # where the photo's corners are on the view
    moved = cv2.perspectiveTransform(back, bent) - corners
    return bent if float(np.abs(moved).max()) <= BEND * side else similar


def _laid_over(reference: Image.Image, photo: Image.Image, matrix: np.ndarray) -> tuple[Image.Image, np.ndarray]:
    """The reference moved into the photo's frame and light, where it does not reach the photo's own pixels; and
    the view's item there (not studio white)."""
    size = (photo.width, photo.height)
    view = np.asarray(reference)
    moved = cv2.warpPerspective(view, matrix, size, flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    studio = ((255 - view.min(axis=2)) > STUDIO_WHITE).astype(np.uint8) * 255
    laid_item = cv2.warpPerspective(studio, matrix, size, flags=cv2.INTER_NEAREST,
                                    borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    frame = cv2.warpPerspective(np.full((reference.height, reference.width), 255, np.uint8), matrix, size,
                                flags=cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    reach: np.ndarray = cv2.erode(frame, np.ones((3, 3), np.uint8)) > 0
    band_y, band_x = int(MARGIN * photo.height), int(MARGIN * photo.width)
    reach[:band_y], reach[photo.height - band_y:], reach[:, :band_x], reach[:, photo.width - band_x:] = (False,) * 4
    mine = np.asarray(photo)
    item: np.ndarray = (laid_item > 0) & reach
    out = np.where(reach[..., None], _lit_like(moved, mine, item), mine)
    return Image.fromarray(np.ascontiguousarray(out)), item


def _lit_like(moved: np.ndarray, photo: np.ndarray, reach: np.ndarray) -> np.ndarray:
    """The laid-over view in the photo's light: each channel's tone curve read from the pixel pairs (median
    photo level per reference level: exposure, gamma, a colour cast), then the photo's smooth light fall-off
    (vignette, side light) as a gain field far wider than any defect. Both are read from the whole item, so a
    tear or a stain, a small share of its pixels, moves neither."""
    if reach.sum() < 500:
        return moved
    out = np.empty(moved.shape, np.float32)
    for channel in range(3):
        ours, theirs = moved[..., channel][reach].astype(np.int32), photo[..., channel][reach].astype(np.float32)
        bins = ours // LEVEL_BIN
        levels, curve = [], []
        for level in np.unique(bins):
            chosen = bins == level
            if chosen.sum() >= 20:
                levels.append(float(ours[chosen].mean()))
                curve.append(float(np.median(theirs[chosen])))
        if len(levels) < 2:
            out[..., channel] = moved[..., channel]
            continue
        out[..., channel] = np.interp(moved[..., channel].astype(np.float32), levels, curve)
    sigma = LIGHT_SIGMA * max(photo.shape[:2])
    weight = cv2.GaussianBlur(reach.astype(np.float32), (0, 0), sigma) + 1e-3
    level_photo = cv2.GaussianBlur(photo.astype(np.float32).mean(axis=2) * reach, (0, 0), sigma) / weight
    level_view = cv2.GaussianBlur(out.mean(axis=2) * reach, (0, 0), sigma) / weight
    gain = np.clip((level_photo + 10.0) / (level_view + 10.0), 0.6, 1.6)
    return np.clip(out * gain[..., None], 0, 255).astype(np.uint8)


def framed_residual(photo: ImageInput, framing: Framing, left_out: np.ndarray | None = None) -> FramedEvidence:
    """How the photo differs from the laid-over view on the view's item: per pixel the CIELAB distance to the
    nearest view pixel a couple of pixels around (the laying is never exact, a perspective bends it a little),
    both softened alike (a phone's blur), each colour region of the view moved to the photo's (a sibling colour,
    the light: defect_colour.carried_reference); the share of the item above RESIDUAL_LEVEL, and its largest blob.
    `left_out` (bool, the photo's size): what redaction covered on the photo (a face), never compared."""
    residual, item = _residual_map(np.asarray(open_photo(photo, 1 << 30)), framing, left_out, RESIDUAL_SIDE,
                                   RESIDUAL_BLUR, SHIFT)
    area = float(item.sum())
    if area < 200:
        return FramedEvidence(0.0, 0.0, area)
    hot = _hot(residual, item, RESIDUAL_LEVEL)
    return FramedEvidence(float(hot.sum()) / area, _largest(hot) / area, area)


def framed_peaks(photo: ImageInput, framing: Framing, left_out: np.ndarray | None = None) -> np.ndarray:
    """The laid-over evidence at two scales (PEAK_FEATURES): the largest differing blob at RESIDUAL_SIDE (what
    `framed_residual` reads) and at FINE_SIDE, where a pin hole or a thin slit of a few pixels still stands out
    of the softening, each at RESIDUAL_LEVEL and at STRONG_LEVEL (a hole shows what is behind the item: far
    from any view pixel), as log shares of the item; the item's highest residuals (its 99.5th percentile
    against its median, at FINE_SIDE); and its most differing spot at each scale (`_spot`). A laying error
    leaves weak differences along edges at every scale; a small defect leaves a strong one in one spot."""
    image = np.asarray(open_photo(photo, 1 << 30))
    fine_side = min(FINE_SIDE, max(RESIDUAL_SIDE, *image.shape[:2]))  # never finer than the photo itself
    values: list[float] = []
    spots: list[float] = []
    fine_residual = fine_item = None
    for side, blur, shift in ((RESIDUAL_SIDE, RESIDUAL_BLUR, SHIFT), (fine_side, FINE_BLUR, FINE_SHIFT)):
        residual, item = _residual_map(image, framing, left_out, side, blur, shift)
        area = float(item.sum())
        if area < 200:
            return np.asarray([np.log(PEAK_FLOOR)] * 4 + [0.0] * 3)
        for level in (RESIDUAL_LEVEL, STRONG_LEVEL):
            values.append(np.log(_largest(_hot(residual, item, level)) / area + PEAK_FLOOR))
        spots.append(_spot(residual, item))
        fine_residual, fine_item = residual, item
    assert fine_residual is not None and fine_item is not None
    on = fine_residual[fine_item & np.isfinite(fine_residual)]
    spread = float(np.percentile(on, 99.5) - np.median(on)) if on.size >= 200 else 0.0
    return np.asarray([*values, np.log(spread + 1.0), *spots], dtype=np.float64)


def _spot(residual: np.ndarray, item: np.ndarray) -> float:
    """The item's most differing spot against its median, the residual softened over SPOT_SIGMA pixels first:
    a laying error's thin line along an edge fades under the softening, a hole or a burn a few pixels across
    keeps its level (log of 1 + the difference)."""
    values = np.where(item & np.isfinite(residual), residual, 0.0).astype(np.float32)
    soft = cv2.GaussianBlur(values, (0, 0), SPOT_SIGMA) / (
        cv2.GaussianBlur(item.astype(np.float32), (0, 0), SPOT_SIGMA) + 1e-3)
    inner = cv2.erode(item.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    if inner.sum() < 50:
        return 0.0
    return float(np.log(1.0 + max(0.0, float(soft[inner].max()) - float(np.median(values[item])))))


def _residual_map(image: np.ndarray, framing: Framing, left_out: np.ndarray | None, long_side: int, blur: float,
                  shift: int) -> tuple[np.ndarray, np.ndarray]:
    """(per pixel CIELAB distance to the nearest laid-over view pixel within `shift`, the item eroded once), at
    `long_side` (never above the photo's own size), both softened by `blur`."""
    side = long_side / max(image.shape[:2])
    size = (max(1, round(image.shape[1] * side)), max(1, round(image.shape[0] * side)))
    ours = lab_pixels(cv2.GaussianBlur(cv2.resize(image, size, interpolation=cv2.INTER_AREA), (0, 0), blur))
    theirs = lab_pixels(cv2.GaussianBlur(cv2.resize(np.asarray(framing.reference), size,
                                                    interpolation=cv2.INTER_AREA), (0, 0), blur))
    item = framing.item if left_out is None or left_out.shape != framing.item.shape else framing.item & ~left_out
    item = cv2.resize(item.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST) > 0
    item = cv2.erode(item.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    residual = np.full(item.shape, np.inf, np.float32)
    if item.sum() < 200:
        return residual, item
    theirs = carried_reference(ours, theirs, item)  # another colour of the product is no damage, a spot is
    # channel planes: the squared distance summed channel by channel, in the order np.linalg.norm sums them
    padded = np.ascontiguousarray(np.pad(theirs, ((shift, shift), (shift, shift), (0, 0)), mode="edge")
                                  .transpose(2, 0, 1))
    planes = np.ascontiguousarray(ours.transpose(2, 0, 1))
    height, width = item.shape
    difference, squared = np.empty((height, width), np.float32), np.empty((height, width), np.float32)
    for dy in range(2 * shift + 1):
        for dx in range(2 * shift + 1):
            for channel in range(3):
                np.subtract(planes[channel], padded[channel, dy:dy + height, dx:dx + width], out=difference)
                if channel == 0:
                    np.multiply(difference, difference, out=squared)
                else:
                    squared += difference * difference
            np.minimum(residual, squared, out=residual)
    return np.sqrt(residual), item  # the square root of the least squared distance: the least distance


def _hot(residual: np.ndarray, item: np.ndarray, level: float) -> np.ndarray:
    return cv2.morphologyEx(((residual > level) & item).astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))


def _largest(hot: np.ndarray) -> float:
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(hot, connectivity=8)
    return float(stats[1:, cv2.CC_STAT_AREA].max()) if count > 1 else 0.0


class FramedEvidence(NamedTuple):
    hot_share: float  # of the item, differing after the laying
    blob_share: float  # the largest connected part of it
    item_pixels: float
