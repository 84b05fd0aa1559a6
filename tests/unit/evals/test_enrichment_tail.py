"""The tail fine-tune screen (evals/enrichment/tail.py): the pretrained tail reproduces the reader's features
from the cached block-13 maps, and its trained linear heads read the same in the shipped heads format."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from evals.enrichment import tail
from tests.unit.evals.test_enrichment_fit import _table
from tools.catalog.efficientnet_lite import shared_network
from tools.catalog.enrichment.heads import TRAINED


@pytest.fixture(scope="module")
def network():  # type: ignore[no-untyped-def]
    torch.set_num_threads(1)
    return shared_network("lite0")


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_pretrained_tail_gives_the_networks_pooled_features(network, depth: int) -> None:  # type: ignore[no-untyped-def]
    x = torch.randn(2, 3, 224, 224)
    with torch.inference_mode():
        expected = torch.nn.functional.normalize(network.features(x), dim=1).numpy()
        maps = torch.nn.functional.relu6(network._bn0(network._conv_stem(x)))
        for block in network._blocks[: tail.CACHED_AFTER + 1]:
            maps = block(maps)
    inputs = tail._frozen_prefix(network, maps, depth)
    with torch.inference_mode():
        got = tail.Tail(network, depth)(inputs).numpy()
    np.testing.assert_allclose(got, expected, atol=1e-4)


def test_trained_heads_read_alike_in_the_shipped_format() -> None:
    table = _table(products=8, views=1)
    rows = list(range(len(table.photos)))
    rng = torch.Generator().manual_seed(0)
    heads = {name: torch.nn.Linear(2560, 2) for name in TRAINED}
    for head in heads.values():
        torch.nn.init.normal_(head.weight, generator=rng)
    classes = {name: ["a", "b"] for name in TRAINED}
    shipped = tail.as_enrichment_heads(table, rows, heads, classes, "test")
    x = np.random.default_rng(0).normal(size=(3, 2560)).astype(np.float32)
    with torch.no_grad():
        expected = torch.softmax(heads["gender"](tail.SCALE * torch.from_numpy(x)), dim=1).numpy()
    np.testing.assert_allclose(shipped.probabilities("gender", x), expected, atol=1e-4)
