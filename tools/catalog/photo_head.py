"""The learned projection head of the photo embedder: pooled backbone features -> a product-shape vector.

The pretrained network's pooled features say "a sweatshirt", not "this sweatshirt from the back". A small
head, trained on the catalog's *train* products only (`evals/retrieval/head_train.py`), maps them to a space
where the views and phone-like copies of one product sit together. Its weights ship as an .npz file with a
JSON header; loading is strict: every array must be present with the shape the header and the backbone
imply, or it is an error (never a silently random or truncated projection).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from pydantic import BaseModel

HEAD_PATH = Path(__file__).resolve().parent / "photo_head.npz"


class HeadError(ValueError):
    """The head file is missing an array, has an extra one, or one of the wrong shape."""


class Pooling(BaseModel):
    """How the backbone's maps become one vector: GeM over the final map (and the stride-16 map)."""

    backbone: str = "lite0"
    gem_p: float = 3.0
    use_mid: bool = True
    mirror: bool = True  # average the descriptor of the crop and of its mirror image


class HeadSpec(BaseModel):
    """The JSON header of a head file: its input, its shape and how it was trained."""

    pooling: Pooling
    input_dim: int
    hidden_dim: int  # 0: a linear head
    output_dim: int
    colour_weight: float  # the colour block's weight next to the head's output
    trained_on: str
    version: str
    training: dict[str, float | int | str] = {}  # the training settings, so `train-photo-head` can redo it


def gem(maps: np.ndarray, p: float) -> np.ndarray:
    """Generalised-mean pooling of (..., C, h, w) non-negative maps over h and w."""
    x = np.clip(maps.astype(np.float32), 1e-6, None)
    return np.mean(x**p, axis=(-2, -1)) ** (1.0 / p)


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=-1, keepdims=True).clip(1e-9)


def pooled(final: np.ndarray, mid: np.ndarray, pooling: Pooling) -> np.ndarray:
    """The head's input from maps shaped (n, views, C, h, w), views = the crop (and its mirror image)."""
    parts = [_unit(gem(final, pooling.gem_p))]
    if pooling.use_mid:
        parts.append(_unit(gem(mid, pooling.gem_p)))
    vector = np.concatenate(parts, axis=-1)
    if not pooling.mirror:
        vector = vector[:, :1]
    return _unit(vector.mean(axis=1))


def input_dim(pooling: Pooling, final_channels: int, mid_channels: int) -> int:
    return final_channels + (mid_channels if pooling.use_mid else 0)


class ProjectionHead:
    """x -> unit((relu((x - mean) @ w1 + b1) @ w2 + b2)) (or one linear layer when hidden_dim is 0)."""

    def __init__(self, spec: HeadSpec, arrays: dict[str, np.ndarray]) -> None:
        expected = self.expected_shapes(spec)
        if set(arrays) != set(expected):
            raise HeadError(f"head arrays {sorted(arrays)} != expected {sorted(expected)}")
        for name, shape in expected.items():
            if arrays[name].shape != shape:
                raise HeadError(f"head array {name} has shape {arrays[name].shape}, expected {shape}")
            if not np.isfinite(arrays[name]).all():
                raise HeadError(f"head array {name} holds non-finite values")
        self.spec = spec
        self.arrays = {name: value.astype(np.float32) for name, value in arrays.items()}

    @staticmethod
    def expected_shapes(spec: HeadSpec) -> dict[str, tuple[int, ...]]:
        shapes: dict[str, tuple[int, ...]] = {"mean": (spec.input_dim,)}
        if spec.hidden_dim:
            shapes |= {
                "w1": (spec.input_dim, spec.hidden_dim),
                "b1": (spec.hidden_dim,),
                "w2": (spec.hidden_dim, spec.output_dim),
                "b2": (spec.output_dim,),
            }
        else:
            shapes |= {"w1": (spec.input_dim, spec.output_dim), "b1": (spec.output_dim,)}
        return shapes

    def __call__(self, x: np.ndarray) -> np.ndarray:
        a = self.arrays
        y: np.ndarray = (x.astype(np.float32) - a["mean"]) @ a["w1"] + a["b1"]
        if self.spec.hidden_dim:
            y = np.maximum(y, 0.0) @ a["w2"] + a["b2"]
        return _unit(y)

    def save(self, path: Path) -> None:
        header = np.frombuffer(self.spec.model_dump_json().encode(), dtype=np.uint8)
        arrays: dict[str, np.ndarray] = {"header": header, **self.arrays}
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]


def load_head(
    path: Path = HEAD_PATH, *, final_channels: int | None = None, mid_channels: int | None = None
) -> ProjectionHead:
    """The head in `path`, checked strictly (and against the backbone's channel counts when given)."""
    if not path.is_file():
        raise HeadError(f"no photo head at {path}: train one with `vitrine eval train-photo-head`")
    with np.load(path, allow_pickle=False) as saved:
        if "header" not in saved.files:
            raise HeadError(f"{path} has no header")
        spec = HeadSpec.model_validate(json.loads(saved["header"].tobytes().decode()))
        arrays = {name: saved[name] for name in saved.files if name != "header"}
    if final_channels is not None and mid_channels is not None:
        needed = input_dim(spec.pooling, final_channels, mid_channels)
        if needed != spec.input_dim:
            raise HeadError(f"head expects {spec.input_dim} inputs, the backbone gives {needed}")
    return ProjectionHead(spec, arrays)
