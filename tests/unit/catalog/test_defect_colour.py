"""A colour shift over a whole region of the item (another colour of the product, the phone's white balance)
is no damage; a spot on it is. Synthetic crops: a two-region item (a shirt over trousers) on studio white."""

from __future__ import annotations

import cv2
import numpy as np

from tools.catalog.defect_pixels import LEVEL, PIXEL_FEATURES, pixel_features

SIDE = 128


def _item() -> tuple[np.ndarray, np.ndarray]:
    rgb = np.full((SIDE, SIDE, 3), 255, np.uint8)
    mask = np.zeros((SIDE, SIDE), bool)
    mask[10:118, 30:98] = True
    rgb[10:64, 30:98] = (40, 70, 160)  # shirt
    rgb[64:118, 30:98] = (60, 60, 60)  # trousers
    rng = np.random.default_rng(3)
    weave = rng.normal(0, 4, (SIDE, SIDE, 1))
    rgb = np.where(mask[..., None], (rgb + weave).clip(0, 255), rgb).astype(np.uint8)
    return rgb, mask


def _features(photo: np.ndarray, reference: np.ndarray, mask: np.ndarray) -> dict[str, float]:
    return dict(zip(PIXEL_FEATURES, pixel_features(photo, mask, reference, mask).tolist(), strict=True))


def test_a_region_in_another_colour_leaves_no_regional_residual() -> None:
    reference, mask = _item()
    recoloured = reference.copy()
    shirt = np.zeros(mask.shape, bool)
    shirt[10:64, 30:98] = True
    recoloured[shirt] = (recoloured[shirt].astype(np.int16) + (60, 20, -90)).clip(0, 255).astype(np.uint8)
    features = _features(recoloured, reference, mask)
    assert features["pixel_peak"] > LEVEL  # compared as it is, the whole shirt differs
    assert features["region_blob"] < 0.02  # each region's shift taken away, nothing is left


def test_a_stain_stands_out_of_its_region_after_the_shift() -> None:
    reference, mask = _item()
    stained = reference.copy()
    cv2.ellipse(stained, (60, 36), (9, 6), 0, 0, 360, (110, 75, 35), -1)
    recoloured_and_stained = stained.copy()
    recoloured_and_stained[mask] = (recoloured_and_stained[mask] * 0.85).astype(np.uint8)  # dimmer light
    for photo in (stained, recoloured_and_stained):
        features = _features(photo, reference, mask)
        assert features["region_peak"] > 2 * LEVEL
        assert features["region_blob"] > 0.005
        assert features["region_contrast"] > 3.0


def test_the_clean_item_under_other_light_has_no_spot() -> None:
    reference, mask = _item()
    dim = reference.copy()
    dim[mask] = (dim[mask] * 0.8 + 10).astype(np.uint8)
    features = _features(dim, reference, mask)
    assert features["region_peak"] < LEVEL
    assert features["region_blob"] == 0.0
