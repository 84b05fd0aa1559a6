"""The photo embedder's learned head: loaded strictly (every array, every shape), applied as specified."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tools.catalog.photo_head import HEAD_PATH, HeadError, HeadSpec, Pooling, ProjectionHead, gem, load_head, pooled


def spec(hidden: int = 0, *, input_dim: int = 6, output_dim: int = 3) -> HeadSpec:
    return HeadSpec(pooling=Pooling(use_mid=True), input_dim=input_dim, hidden_dim=hidden, output_dim=output_dim,
                    colour_weight=0.2, trained_on="test", version="1")  # fmt: skip


def arrays(head_spec: HeadSpec, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    shapes = ProjectionHead.expected_shapes(head_spec)
    return {name: rng.normal(size=shape).astype(np.float32) for name, shape in shapes.items()}


@pytest.mark.parametrize("hidden", [0, 5])
def test_a_saved_head_loads_back_and_gives_the_same_unit_vectors(tmp_path: Path, hidden: int) -> None:
    head = ProjectionHead(spec(hidden), arrays(spec(hidden)))
    head.save(tmp_path / "head.npz")
    loaded = load_head(tmp_path / "head.npz", final_channels=4, mid_channels=2)
    x = np.random.default_rng(1).normal(size=(7, 6)).astype(np.float32)
    assert loaded.spec == head.spec
    assert np.allclose(loaded(x), head(x), atol=1e-6)
    assert np.allclose(np.linalg.norm(loaded(x), axis=1), 1.0, atol=1e-5)


def test_the_linear_head_is_the_centred_projection(tmp_path: Path) -> None:
    weights = arrays(spec())
    x = np.random.default_rng(2).normal(size=(4, 6)).astype(np.float32)
    expected = (x - weights["mean"]) @ weights["w1"] + weights["b1"]
    assert np.allclose(ProjectionHead(spec(), weights)(x), expected / np.linalg.norm(expected, axis=1, keepdims=True))


def test_an_array_of_the_wrong_shape_is_refused() -> None:
    weights = arrays(spec())
    weights["w1"] = weights["w1"][:, :2]
    with pytest.raises(HeadError, match="w1 has shape"):
        ProjectionHead(spec(), weights)


@pytest.mark.parametrize("change", ["missing", "extra"])
def test_a_missing_or_extra_array_is_refused(change: str) -> None:
    weights = arrays(spec(5))
    if change == "missing":
        del weights["w2"]
    else:
        weights["w3"] = np.zeros((2, 2), np.float32)
    with pytest.raises(HeadError, match="expected"):
        ProjectionHead(spec(5), weights)


def test_non_finite_weights_are_refused() -> None:
    weights = arrays(spec())
    weights["b1"][0] = np.nan
    with pytest.raises(HeadError, match="non-finite"):
        ProjectionHead(spec(), weights)


def test_a_head_made_for_another_backbone_is_refused(tmp_path: Path) -> None:
    ProjectionHead(spec(), arrays(spec())).save(tmp_path / "head.npz")
    with pytest.raises(HeadError, match="backbone gives"):
        load_head(tmp_path / "head.npz", final_channels=1280, mid_channels=112)


def test_a_file_without_a_header_or_absent_is_refused(tmp_path: Path) -> None:
    np.savez(tmp_path / "bare.npz", **arrays(spec()))
    with pytest.raises(HeadError, match="no header"):
        load_head(tmp_path / "bare.npz")
    with pytest.raises(HeadError, match="no photo head"):
        load_head(tmp_path / "absent.npz")


def test_the_shipped_head_is_small_and_fits_efficientnet_lite() -> None:
    assert HEAD_PATH.stat().st_size < 5_000_000
    head = load_head(HEAD_PATH, final_channels=1280, mid_channels=112 if head_backbone() == "lite0" else 120)
    assert head.spec.output_dim > 0 and "train" in head.spec.trained_on


def head_backbone() -> str:
    return load_head(HEAD_PATH).spec.pooling.backbone


def test_gem_with_p_one_is_the_mean_and_pooling_averages_the_mirror_image() -> None:
    maps = np.random.default_rng(3).uniform(0, 6, size=(2, 2, 4, 3, 3)).astype(np.float32)
    assert np.allclose(gem(maps, 1.0), maps.mean(axis=(-2, -1)), atol=1e-5)
    mid = np.random.default_rng(4).uniform(0, 6, size=(2, 2, 2, 6, 6)).astype(np.float32)
    both = pooled(maps, mid, Pooling(gem_p=3.0, use_mid=True, mirror=True))
    swapped = pooled(maps[:, ::-1], mid[:, ::-1], Pooling(gem_p=3.0, use_mid=True, mirror=True))
    assert both.shape == (2, 6)
    assert np.allclose(both, swapped, atol=1e-6)  # the crop and its mirror image count alike
