"""The enrichment reader's network features: two views of the subject (the whole crop and its top part), one
unit-length block each; the top view reads only the subject's upper part."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from tools.catalog.efficientnet_lite import FEATURES as NETWORK_FEATURES
from tools.catalog.efficientnet_lite import EfficientNetLite0, shared_network
from tools.catalog.enrichment.features import FEATURES, TOP_SHARE, VIEWS, network_features, top_box
from tools.catalog.fused import network_input, subject_crop
from tools.catalog.photos import Cutout, lab_pixels

SIDE = 320


def _figure(body: tuple[int, int, int] = (40, 90, 200), legs: tuple[int, int, int] = (30, 30, 30)) -> Cutout:
    """A standing figure on white: a narrow head (rows 20-80), a wide body (80-180) and legs (180-300)."""
    rgb = np.full((SIDE, SIDE, 3), 255, dtype=np.uint8)
    mask = np.zeros((SIDE, SIDE), dtype=bool)
    for (top, bottom, left, right), colour in (
        ((20, 80, 140, 180), (220, 180, 150)),
        ((80, 180, 90, 230), body),
        ((180, 300, 60, 260), legs),
    ):
        rgb[top:bottom, left:right] = colour
        mask[top:bottom, left:right] = True
    return Cutout(rgb=rgb, lab=lab_pixels(rgb), mask=mask)


@pytest.fixture(scope="module")
def network() -> EfficientNetLite0:
    return shared_network()


def test_the_top_box_is_the_upper_share_of_the_subject_narrowed_to_its_columns() -> None:
    top, bottom, left, right = top_box(_figure())
    assert (top, bottom) == (20, 20 + round(TOP_SHARE * 280))
    assert (left, right) == (88, 232)  # the head and the body (grown by two pixels), not the wider legs below


def test_each_view_is_a_unit_length_block_and_the_first_is_the_whole_subject(network: EfficientNetLite0) -> None:
    cutouts = [_figure(), _figure(body=(200, 40, 40))]
    features = network_features(cutouts, network)
    assert len(VIEWS) * NETWORK_FEATURES == FEATURES and features.shape == (2, FEATURES)
    blocks = features.reshape(2, len(VIEWS), NETWORK_FEATURES)
    assert np.allclose(np.linalg.norm(blocks, axis=2), 1.0, atol=1e-5)
    with torch.inference_mode():
        whole = network.features(network_input(np.stack([subject_crop(c) for c in cutouts]))).numpy()
    assert np.allclose(blocks[:, 0], whole / np.linalg.norm(whole, axis=1, keepdims=True), atol=1e-5)


def test_the_top_view_does_not_see_the_lower_part_and_the_whole_view_does(network: EfficientNetLite0) -> None:
    dark_legs, red_legs = network_features([_figure(legs=(30, 30, 30)), _figure(legs=(200, 30, 30))], network)
    whole, top = slice(0, NETWORK_FEATURES), slice(NETWORK_FEATURES, FEATURES)
    assert np.allclose(dark_legs[top], red_legs[top], atol=1e-5)
    assert not np.allclose(dark_legs[whole], red_legs[whole], atol=1e-3)


def test_the_top_view_enlarges_the_upper_part(network: EfficientNetLite0) -> None:
    figure = _figure()
    top = subject_crop(figure, box=top_box(figure))
    whole = subject_crop(figure)
    head = np.all(top == (220, 180, 150), axis=2).sum()
    assert head > 3 * np.all(whole == (220, 180, 150), axis=2).sum()
