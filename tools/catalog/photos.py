"""Photo loading and background removal shared by the colour reader and the weight-free descriptor."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps

ImageInput = bytes | Image.Image | Path | str
WORK_SIDE = 192  # longest side, in pixels, of the working copy every photo is reduced to
MIN_FOREGROUND = 0.02
STUDIO_BORDER = 0.5  # CIELAB spread of a border below which the backdrop is a seamless studio one


def open_photo(photo: ImageInput, side: int = WORK_SIDE) -> Image.Image:
    """An RGB copy of a photo (bytes, path or PIL image), upright and no longer than `side` pixels."""
    if isinstance(photo, Image.Image):
        image = photo
    elif isinstance(photo, bytes):
        image = Image.open(io.BytesIO(photo))
    else:
        image = Image.open(Path(photo))
    if image.format == "JPEG":
        image.draft("RGB", (side * 2, side * 2))  # decode JPEGs at a reduced scale: 5-10x faster
    image = ImageOps.exif_transpose(image) or image
    image = image.convert("RGB")
    image.thumbnail((side, side), Image.Resampling.BILINEAR)
    return image


def lab_pixels(rgb: np.ndarray) -> np.ndarray:
    """CIELAB (L in 0..100, a and b about -128..127) of an RGB uint8 array, as float32."""
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).astype(np.float32)
    lab[..., 0] *= 100.0 / 255.0
    lab[..., 1:] -= 128.0
    return lab


@dataclass(frozen=True)
class Cutout:
    """A photo with its foreground mask: `rgb` HxWx3 uint8, `lab` float32, `mask` HxW bool."""

    rgb: np.ndarray
    lab: np.ndarray
    mask: np.ndarray

    @property
    def foreground_share(self) -> float:
        return float(self.mask.mean())

    def box(self) -> tuple[int, int, int, int]:
        """(top, bottom, left, right) of the foreground, half-open."""
        rows = np.flatnonzero(self.mask.any(axis=1))
        cols = np.flatnonzero(self.mask.any(axis=0))
        return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def cut_out(photo: ImageInput, side: int = WORK_SIDE) -> Cutout:
    """Separate the subject from a plain background (studio white or a customer's table or wall).

    The background is estimated from the photo's border (its median CIELAB colour and spread), never
    assumed white; pixels close to it that connect to the border are removed. A photo whose border is the
    subject itself keeps everything.
    """
    rgb = np.asarray(open_photo(photo, side))
    smooth = cv2.GaussianBlur(rgb, (5, 5), 0)
    lab = lab_pixels(smooth)
    border = np.concatenate(
        [
            lab[:3].reshape(-1, 3),
            lab[-3:].reshape(-1, 3),
            lab[:, :3].reshape(-1, 3),
            lab[:, -3:].reshape(-1, 3),
        ]
    )
    background = np.median(border, axis=0)
    distance = np.linalg.norm(lab - background, axis=-1)
    border_spread = float(np.percentile(np.linalg.norm(border - background, axis=-1), 75))
    threshold = max(10.0, 2.5 * border_spread)
    near = distance < threshold
    studio = border_spread < STUDIO_BORDER
    if studio:
        # On a seamless studio backdrop, a garment of nearly its colour (a white tee on studio white) is
        # still outlined by faint edges: they stop the flood from the border from eating it. Customer photos
        # are never that flat, and there an edge between two backdrop tones (a sheet, a wall) must not
        # fence off part of the backdrop, so they keep the plain flood.
        edges = cv2.Canny(cv2.cvtColor(smooth, cv2.COLOR_RGB2GRAY), 10, 30)
        near &= cv2.dilate(edges, np.ones((3, 3), np.uint8)) == 0
    near_u8 = near.astype(np.uint8)
    # Enclosed background (between an arm and the body) is removed too when it is a sizeable patch; on a
    # studio backdrop only when it is that flat colour itself (a pale garment is only roughly that colour).
    max_mean = threshold / 2 if studio else threshold
    enclosed = _large_patches(near_u8, distance, min_area=int(0.002 * near.size), max_mean=max_mean)
    mask = ~(_connected_to_border(near_u8) | enclosed)
    mask = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8)).astype(bool)
    if mask.mean() < MIN_FOREGROUND:
        mask = np.ones(mask.shape, dtype=bool)
    return Cutout(rgb=rgb, lab=lab_pixels(rgb), mask=mask)


def _connected_to_border(near: np.ndarray) -> np.ndarray:
    _count, labels = cv2.connectedComponents(near, connectivity=4)
    edge_labels = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    return np.isin(labels, edge_labels[edge_labels != 0])


def _large_patches(near: np.ndarray, distance: np.ndarray, min_area: int, max_mean: float) -> np.ndarray:
    count, labels, stats, _centroids = cv2.connectedComponentsWithStats(near, connectivity=4)
    large = [
        i
        for i in range(1, count)
        if stats[i, cv2.CC_STAT_AREA] >= min_area and distance[labels == i].mean() < max_mean
    ]
    return np.isin(labels, large)


def upright(cutout: Cutout, min_degrees: float = 2.0) -> Cutout:
    """Undo a small in-plane tilt: turn the subject so its main axis is vertical (or horizontal).

    Catalog subjects stand straight; a customer's photo is often a few degrees off, which would shift
    every cell of a layout or gradient descriptor.
    """
    moments = cv2.moments(cutout.mask.astype(np.uint8), binaryImage=True)
    if moments["m00"] == 0:
        return cutout
    angle = 0.5 * np.degrees(np.arctan2(2 * moments["mu11"], moments["mu20"] - moments["mu02"]))
    tilt = (angle + 45) % 90 - 45  # deviation from the nearest axis
    if abs(tilt) < min_degrees:
        return cutout
    centre = (moments["m10"] / moments["m00"], moments["m01"] / moments["m00"])
    turn = cv2.getRotationMatrix2D(centre, tilt, 1.0)
    height, width = cutout.mask.shape
    rgb = cv2.warpAffine(
        cutout.rgb, turn, (width, height), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255)
    )
    mask = cv2.warpAffine(cutout.mask.astype(np.uint8), turn, (width, height), flags=cv2.INTER_NEAREST) > 0
    if not mask.any():
        return cutout
    return Cutout(rgb=rgb, lab=lab_pixels(rgb), mask=mask)
